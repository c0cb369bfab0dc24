import { failAt, quoteCell } from "../errors";
import { rowIssue } from "../sink";
import { type DimensionValue } from "../types";
import { classifyColumn } from "./classify";
import { createWideReader, firstPeriodColumn, readPeriodColumns } from "./table-readers";
import { type FormatContext, type FormatDefinition } from "./types";

// "Exports, FOB to Partner Countries" / "Imports, CIF from Partner Countries".
const TITLE = /^(exports|imports)\s*,?\s*(fob|cif)\s+(to|from)\s+partner\s+countries\b/i;
const UNIT = /\b(dollars?|US\$|USD)\b/i;

interface DotsTitle {
  row: number;
  flow: DimensionValue;
  phrase: string;
}

function findTitle(preamble: readonly string[][]): DotsTitle | null {
  for (let row = 0; row < preamble.length; row++) {
    for (const cell of preamble[row] ?? []) {
      const match = TITLE.exec(cell);
      if (!match) continue;
      const exports = (match[1] ?? "").toLowerCase() === "exports";
      const valuation = (match[2] ?? "").toUpperCase();
      return {
        row,
        flow: exports ? { id: "X", label: `Exports (${valuation})` } : { id: "M", label: `Imports (${valuation})` },
        phrase: exports ? `exports (${valuation}) to` : `imports (${valuation}) from`,
      };
    }
  }
  return null;
}

function firstCell(fields: readonly string[]): string {
  return fields.find((field) => field !== "") ?? "";
}

/** The partner names' column: the last text column before the years. */
function partnerColumn(context: FormatContext, firstYear: number): number {
  for (let column = firstYear - 1; column >= 0; column--) {
    if (classifyColumn(context.sampleRows, column, context.numberStyle) === "text") {
      if (context.sampleRows.some((fields) => (fields[column] ?? "").trim() !== "")) return column;
    }
  }
  return -1;
}

/**
 * IMF Direction of Trade Statistics country table, as the IMF's portal exports it to
 * Excel: a title (B2, merged), the reporter (B4), the unit (B5), years as text in row 7 from
 * column C, then one partner per row with its name in column B; one sheet per flow. Every
 * partner row is a series named by reporter, flow, valuation and partner, e.g. "Pakistan:
 * exports (FOB) to Russian Federation". Rows are found by their labels, not positions, so
 * the same table saved as CSV reads the same way.
 */
export const imfDotsTableFormat: FormatDefinition = {
  format: { id: "imf-dots-table", label: "IMF DOTS country table (exports or imports by partner)" },
  // Country tables name countries only, never by code.
  countrySystems: [],
  detect(header, context) {
    return findTitle(context.preamble) !== null && firstPeriodColumn(header) !== -1;
  },
  createReader(context, sink) {
    const title = findTitle(context.preamble);
    if (!title) throw failAt(context.headerLine, null, "the table's title row is missing.");
    const after = context.preamble
      .slice(title.row + 1)
      .map(firstCell)
      .filter(Boolean);
    const reporterLabel = after.find((cell) => !UNIT.test(cell) && !TITLE.test(cell));
    const unitText = after.find((cell) => UNIT.test(cell));
    if (!reporterLabel || !unitText) {
      throw failAt(
        context.headerLine,
        null,
        `above line ${context.headerLine}: the table has its title but not ${!reporterLabel ? "the reporting country" : "the unit (e.g. US Dollars, Millions)"} below it, as IMF DOTS country tables do.`,
      );
    }
    const start = firstPeriodColumn(context.header);
    const { periods } = readPeriodColumns(context.header, start, context.headerLine);
    const partner = partnerColumn(context, start);
    if (partner === -1) {
      throw failAt(
        context.headerLine,
        null,
        `line ${context.headerLine}: no column of partner names before the years.`,
      );
    }
    const reporter: DimensionValue = { id: reporterLabel, label: reporterLabel };
    const reader = createWideReader(
      {
        dimensions: [
          { key: "reporter", label: -1, codes: [], derive: () => reporter },
          { key: "partner", label: partner, codes: [] },
          { key: "flow", label: -1, codes: [], derive: () => title.flow },
        ],
        unitHints: [unitText],
        periodColumns: periods,
        name: (dimensions) => `${reporter.label}: ${title.phrase} ${dimensions.partner?.label ?? "partner"}`,
      },
      sink,
      context.numberStyle,
    );

    // The IMF's tables list some partners twice (Australia, first among the totals and
    // again among the advanced economies) with the same figures: read once, say so.
    const seen = new Map<string, { line: number; values: string }>();
    return {
      readRow(fields, line) {
        const name = (fields[partner] ?? "").trim();
        const values = periods.map((period) => (fields[period.column] ?? "").trim()).join("\u0001");
        const earlier = seen.get(name);
        if (earlier) {
          const same = earlier.values === values;
          sink.warnings.add(
            "repeated partner",
            rowIssue(
              line,
              `${quoteCell(name)} appears again (first on line ${earlier.line})${same ? " with the same figures; it was read once" : " with other figures; the first row is kept"}.`,
            ),
            "partners listed twice",
          );
          return null;
        }
        if (name !== "") seen.set(name, { line, values });
        return reader.readRow(fields, line);
      },
    };
  },
};
