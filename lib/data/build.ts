import { type z } from "zod";
import { parseCsv } from "./csv";
import { DataValidationError, type DataIssue } from "./errors";
import { DATA_FILES, columnRules, type DataFileId } from "./schemas";
import { reshapeDataset, type ParsedFiles } from "./reshape";
import { checkReferences } from "./references";
import { checkOfficial } from "./official-checks";
import type { Dataset } from "../definitions";

export type DataTexts = Record<DataFileId, string>;

export type Located<T> = { line: number; row: T };

function parseFile<S extends z.ZodObject>(
  text: string,
  file: string,
  schema: S,
  issues: DataIssue[],
): Located<z.output<S>>[] {
  const parsed = parseCsv(text, file, columnRules(schema));
  if (parsed.table === undefined) {
    issues.push(...parsed.issues);
    return [];
  }
  const rows: Located<z.output<S>>[] = [];
  for (const record of parsed.table.records) {
    const result = schema.safeParse(record.cells);
    if (result.success) {
      rows.push({ line: record.line, row: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      issues.push({ file, line: record.line, column: String(issue.path[0] ?? ""), message: issue.message });
    }
  }
  return rows;
}

/**
 * Parses and checks every data file, then joins them into the app's shapes.
 * Pure: it takes the files' text, so tests can feed it broken files directly.
 * Throws DataValidationError listing every problem found.
 */
export function buildDataset(texts: DataTexts): Dataset {
  const issues: DataIssue[] = [];
  const files: ParsedFiles = {
    sources: parseFile(texts.sources, DATA_FILES.sources.file, DATA_FILES.sources.schema, issues),
    trade: parseFile(texts.trade, DATA_FILES.trade.file, DATA_FILES.trade.schema, issues),
    financing: parseFile(texts.financing, DATA_FILES.financing.file, DATA_FILES.financing.schema, issues),
    events: parseFile(texts.events, DATA_FILES.events.file, DATA_FILES.events.schema, issues),
    claims: parseFile(texts.claims, DATA_FILES.claims.file, DATA_FILES.claims.schema, issues),
    official: parseFile(texts.official, DATA_FILES.official.file, DATA_FILES.official.schema, issues),
    pakistanPartners: parseFile(
      texts.pakistanPartners,
      DATA_FILES.pakistanPartners.file,
      DATA_FILES.pakistanPartners.schema,
      issues,
    ),
    usCpi: parseFile(texts.usCpi, DATA_FILES.usCpi.file, DATA_FILES.usCpi.schema, issues),
  };
  // References are checked only once every row parses: a row that failed to
  // parse is missing from `files`, and each link to it would be reported again
  // as a second, misleading problem.
  if (issues.length === 0) issues.push(...checkReferences(files), ...checkOfficial(files));
  if (issues.length > 0) throw new DataValidationError(issues);
  return reshapeDataset(files);
}
