import { type ImportIssue, type ImportStatus } from "./types";

/**
 * Raised anywhere in the importer when the file cannot be read; `importCsv` turns it into a
 * 413 or 422 answer. It is an Error subclass so stack traces survive in development.
 */
export class ImportFailure extends Error {
  readonly status: ImportStatus;
  readonly issues: ImportIssue[];

  constructor(status: ImportStatus, message: string, issues: ImportIssue[] = []) {
    super(message);
    this.name = "ImportFailure";
    this.status = status;
    this.issues = issues;
  }
}

export function createIssue(line: number | null, column: number | null, message: string): ImportIssue {
  return { line, column, message };
}

/** A 422 failure with a single issue whose message is also the summary. */
export function failAt(line: number | null, column: number | null, message: string): ImportFailure {
  return new ImportFailure(422, message, [createIssue(line, column, message)]);
}

/**
 * Quotes a cell for a message, shortened so a huge cell cannot bloat the answer, e.g.
 * `quoteCell("20O8")` → `"20O8"`.
 */
export function quoteCell(raw: string, maxLength = 40): string {
  const shown = raw.length > maxLength ? `${raw.slice(0, maxLength)}…` : raw;
  return JSON.stringify(shown);
}

/** Prefixes a message with its place in the file, e.g. "line 4, column 2: …". */
export function describePlace(line: number | null, column: number | null): string {
  if (line === null) return "";
  return column === null ? `line ${line}: ` : `line ${line}, column ${column}: `;
}
