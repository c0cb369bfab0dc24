import { type DataIssue } from "./errors";
import { DATA_FILES } from "./schemas";
import type { ParsedFiles } from "./reshape";

/*
 * Checks of the extracted official files that no single cell can show: each
 * row's source exists, no observation is written twice, the valuation is the
 * one that goes with the flow (the IMF values exports FOB and imports CIF),
 * and the partner file holds Pakistan's figures only.
 */

const VALUATION_OF_FLOW = { exports: "FOB", imports: "CIF" } as const;

export function checkOfficial(files: ParsedFiles): DataIssue[] {
  const issues: DataIssue[] = [];
  const sourceIds = new Set(files.sources.map(({ row }) => row.id));

  for (const id of ["official", "pakistanPartners", "usCpi"] as const) {
    const file = DATA_FILES[id].file;
    for (const { line, row } of files[id]) {
      if (!sourceIds.has(row.source_id)) {
        issues.push({ file, line, column: "source_id", message: `"${row.source_id}" is not an id in sources.csv` });
      }
    }
  }

  for (const id of ["official", "pakistanPartners"] as const) {
    const file = DATA_FILES[id].file;
    const seen = new Map<string, number>();
    for (const { line, row } of files[id]) {
      const key = `${row.reporter}|${row.partner}|${row.flow}|${row.year}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else {
        issues.push({
          file,
          line,
          column: "year",
          message: `${row.reporter}'s ${row.flow} with ${row.partner} in ${row.year} is already on line ${first}`,
        });
      }
      if (row.valuation !== VALUATION_OF_FLOW[row.flow]) {
        issues.push({
          file,
          line,
          column: "valuation",
          message: `"${row.valuation}" does not go with ${row.flow}; expected ${VALUATION_OF_FLOW[row.flow]}`,
        });
      }
      if (id === "pakistanPartners" && row.reporter !== "Pakistan") {
        issues.push({ file, line, column: "reporter", message: `"${row.reporter}" is not allowed; expected Pakistan` });
      }
    }
  }

  const cpiFile = DATA_FILES.usCpi.file;
  const cpiYears = new Map<number, number>();
  for (const { line, row } of files.usCpi) {
    const first = cpiYears.get(row.year);
    if (first !== undefined) {
      issues.push({ file: cpiFile, line, column: "year", message: `${row.year} is already on line ${first}` });
    }
    cpiYears.set(row.year, line);
  }
  return issues;
}
