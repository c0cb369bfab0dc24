import { type DataIssue } from "./errors";
import { type YearMonth } from "./fields";
import { DATA_FILES } from "./schemas";
import type { ParsedFiles } from "./reshape";

const EARLIEST_YEAR = 1947;

function monthIndex(value: YearMonth): number {
  return value.year * 12 + (value.month - 1);
}

function dateOrder(iso: string): string {
  // YYYY, YYYY-MM and YYYY-MM-DD compare correctly as strings once padded.
  return (iso + "-00-00").slice(0, 10);
}

/**
 * Checks that need more than one cell: unique ids, references to sources and
 * between rows, and rules that tie columns together (a fiscal year must run
 * July to June, a range must not end before it starts).
 */
export function checkReferences(files: ParsedFiles, today: Date = new Date()): DataIssue[] {
  const issues: DataIssue[] = [];
  const latestYear = today.getUTCFullYear() + 1;

  const idsOf = (id: "sources" | "trade" | "financing" | "events" | "claims") => {
    const file = DATA_FILES[id].file;
    const seen = new Map<string, number>();
    for (const { line, row } of files[id]) {
      const first = seen.get(row.id);
      if (first !== undefined) {
        issues.push({
          file,
          line,
          column: "id",
          message: `"${row.id}" is already used on line ${first}; ids must be unique`,
        });
      } else {
        seen.set(row.id, line);
      }
    }
    return seen;
  };
  const sourceIds = idsOf("sources");
  const rowIds: Record<"trade" | "financing" | "events" | "claims", Map<string, number>> = {
    trade: idsOf("trade"),
    financing: idsOf("financing"),
    events: idsOf("events"),
    claims: idsOf("claims"),
  };

  for (const id of ["trade", "financing", "events", "claims"] as const) {
    const file = DATA_FILES[id].file;
    for (const { line, row } of files[id]) {
      for (const sourceId of row.source_ids) {
        if (!sourceIds.has(sourceId)) {
          issues.push({ file, line, column: "source_ids", message: `"${sourceId}" is not an id in sources.csv` });
        }
      }
    }
  }

  for (const id of ["trade", "financing"] as const) {
    const file = DATA_FILES[id].file;
    const links = new Map(files[id].map(({ row }) => [row.id, row.conflicts_with]));
    for (const { line, row } of files[id]) {
      for (const other of row.conflicts_with) {
        const back = links.get(other);
        if (other === row.id) {
          issues.push({ file, line, column: "conflicts_with", message: "a row cannot conflict with itself" });
        } else if (back === undefined) {
          issues.push({ file, line, column: "conflicts_with", message: `"${other}" is not an id in ${file}` });
        } else if (!back.includes(row.id)) {
          issues.push({
            file,
            line,
            column: "conflicts_with",
            message: `"${other}" does not list "${row.id}" back; record a conflict on both rows`,
          });
        }
      }
    }
  }

  const tradeFile = DATA_FILES.trade.file;
  for (const { line, row } of files.trade) {
    const start = monthIndex(row.start);
    const end = monthIndex(row.end);
    const span = end - start + 1;
    if (row.start.year < EARLIEST_YEAR || row.end.year > latestYear) {
      issues.push({
        file: tradeFile,
        line,
        column: "start",
        message: `period must lie within ${EARLIEST_YEAR}–${latestYear}`,
      });
    }
    if (end < start) {
      issues.push({ file: tradeFile, line, column: "end", message: "ends before it starts" });
    } else if (row.basis === "calendar" && (row.start.month !== 1 || span !== 12)) {
      issues.push({
        file: tradeFile,
        line,
        column: "basis",
        message: "a calendar row must run from January to December of one year",
      });
    } else if (row.basis === "fiscal" && (row.start.month !== 7 || span !== 12)) {
      issues.push({
        file: tradeFile,
        line,
        column: "basis",
        message: "a fiscal row must run from July to the next June",
      });
    } else if (row.basis === "partial" && span >= 12) {
      issues.push({
        file: tradeFile,
        line,
        column: "basis",
        message: `a partial row must cover less than 12 months; this one covers ${span}`,
      });
    }
    const { pk_exports_usd_m: exports, pk_imports_usd_m: imports, total_usd_m: total } = row;
    if (exports !== undefined && imports !== undefined) {
      const tolerance = Math.max(1, total * 0.005);
      if (Math.abs(exports + imports - total) > tolerance) {
        issues.push({
          file: tradeFile,
          line,
          column: "total_usd_m",
          message: `${total} is not exports + imports (${exports} + ${imports} = ${exports + imports})`,
        });
      }
    }
  }

  const financingFile = DATA_FILES.financing.file;
  const financingRows = new Map(files.financing.map(({ row }) => [row.id, row]));
  for (const { line, row } of files.financing) {
    if (row.part_of !== undefined) {
      const whole = financingRows.get(row.part_of);
      if (row.part_of === row.id) {
        issues.push({ file: financingFile, line, column: "part_of", message: "a row cannot be part of itself" });
      } else if (whole === undefined) {
        issues.push({
          file: financingFile,
          line,
          column: "part_of",
          message: `"${row.part_of}" is not an id in ${financingFile}`,
        });
      } else if (whole.part_of !== undefined) {
        issues.push({
          file: financingFile,
          line,
          column: "part_of",
          message: `"${row.part_of}" is itself part of "${whole.part_of}"; point to the outermost total`,
        });
      } else if (
        row.amount_usd_m !== undefined &&
        whole.amount_usd_m !== undefined &&
        row.amount_usd_m > (whole.amount_max_usd_m ?? whole.amount_usd_m)
      ) {
        issues.push({
          file: financingFile,
          line,
          column: "part_of",
          message: `${row.amount_usd_m} is more than the total it is part of ("${row.part_of}", ${whole.amount_max_usd_m ?? whole.amount_usd_m})`,
        });
      }
    }
    if (row.amount_max_usd_m !== undefined && row.amount_usd_m === undefined) {
      issues.push({
        file: financingFile,
        line,
        column: "amount_max_usd_m",
        message: "an upper end needs amount_usd_m as the lower end",
      });
    }
    if (
      row.amount_max_usd_m !== undefined &&
      row.amount_usd_m !== undefined &&
      row.amount_max_usd_m < row.amount_usd_m
    ) {
      issues.push({ file: financingFile, line, column: "amount_max_usd_m", message: "is below amount_usd_m" });
    }
    if (row.end_date !== undefined && dateOrder(row.end_date.iso) < dateOrder(row.date.iso)) {
      issues.push({ file: financingFile, line, column: "end_date", message: "is before date" });
    }
  }

  const eventsFile = DATA_FILES.events.file;
  for (const { line, row } of files.events) {
    if (row.date.precision !== row.precision) {
      issues.push({
        file: eventsFile,
        line,
        column: "precision",
        message: `says "${row.precision}" but the date "${row.date.iso}" is given to the ${row.date.precision}`,
      });
    }
    if (row.end_date !== undefined && dateOrder(row.end_date.iso) < dateOrder(row.date.iso)) {
      issues.push({ file: eventsFile, line, column: "end_date", message: "is before date" });
    }
  }

  const claimsFile = DATA_FILES.claims.file;
  for (const { line, row } of files.claims) {
    if (row.status === "corrected" && row.corrected_value === undefined) {
      issues.push({
        file: claimsFile,
        line,
        column: "corrected_value",
        message: "is required when status is corrected",
      });
    }
    for (const reference of row.related_ids) {
      const [dataset, id] = reference.split(":");
      const target =
        dataset === "trade" || dataset === "financing" || dataset === "events" ? rowIds[dataset] : undefined;
      if (target === undefined || id === undefined) {
        issues.push({
          file: claimsFile,
          line,
          column: "related_ids",
          message: `"${reference}" is not a reference; expected trade:<id>, financing:<id> or events:<id>`,
        });
      } else if (!target.has(id)) {
        issues.push({
          file: claimsFile,
          line,
          column: "related_ids",
          message: `"${id}" is not an id in ${dataset}.csv`,
        });
      }
    }
  }

  return issues;
}
