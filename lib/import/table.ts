import { ImportFailure } from "./errors";
import { type RowReader } from "./formats/types";
import { type IssueLog } from "./issues";
import { formatCount } from "./limits";
import { rowIssue } from "./sink";
import { type ImportIssue } from "./types";

const MAX_DEFERRED_NOTES = 200;
const LETTER = /[A-Za-z\u00C0-\u024F]/;

export interface TableWalkerOptions {
  headerRowIndex: number;
  headerLine: number;
  /** Number of columns the header names. */
  width: number;
  delimiter: string;
  reader: RowReader;
  errors: IssueLog;
  warnings: IssueLog;
  maxErrors: number;
}

function isBlank(fields: readonly string[]): boolean {
  // Most rows start with a non-empty cell, which settles it without scanning the row.
  if ((fields[0] ?? "").trim() !== "") return false;
  return fields.every((field) => field.trim() === "");
}

function describeDelimiter(delimiter: string): string {
  return delimiter === "\t" ? "a tab" : `"${delimiter}"`;
}

/**
 * Walks the rows of the file after its header: skips the preamble and blank rows, fits each
 * row to the header's width (a trailing delimiter's empty field is fine, data beyond the
 * header is not), and hands data rows to the format's reader.
 *
 * Rows that look like notes (text in the first cell, at most one other cell filled) are held
 * back: if data follows, they were data and are read in order; if the file ends first, they
 * were footnotes such as "Data from database: World Development Indicators" and become a
 * warning instead of an error.
 */
export class TableWalker {
  dataRows = 0;
  private rowIndex = -1;
  private deferred: Array<{ fields: string[]; line: number }> = [];
  private readonly options: TableWalkerOptions;

  constructor(options: TableWalkerOptions) {
    this.options = options;
  }

  readonly handleRow = (fields: string[], line: number): void => {
    this.rowIndex++;
    if (this.rowIndex <= this.options.headerRowIndex) return;
    if (isBlank(fields)) return;
    if (this.looksLikeNote(fields) && this.deferred.length < MAX_DEFERRED_NOTES) {
      this.deferred.push({ fields, line });
      return;
    }
    if (this.deferred.length > 0) {
      const held = this.deferred;
      this.deferred = [];
      for (const row of held) this.readDataRow(row.fields, row.line);
    }
    this.readDataRow(fields, line);
  };

  readonly addError = (issue: ImportIssue): void => {
    const { errors, maxErrors } = this.options;
    errors.add("error", issue);
    if (errors.count >= maxErrors) {
      throw new ImportFailure(
        422,
        `The file could not be read: reading stopped after ${formatCount(maxErrors)} problems. The first: ${errors.toArray()[0]?.message ?? issue.message}`,
        errors.toArray(),
      );
    }
  };

  /** Ends the walk: rows still held back followed the last data row, so they are notes. */
  finish(): void {
    for (const row of this.deferred) {
      const text = row.fields
        .map((field) => field.trim())
        .filter(Boolean)
        .join(" ");
      this.options.warnings.add(
        "note",
        rowIssue(
          row.line,
          `${JSON.stringify(text.slice(0, 80))} follows the data and is not a data row; it was read as a note and skipped.`,
        ),
        "notes after the data, skipped",
      );
    }
    this.deferred = [];
  }

  private looksLikeNote(fields: readonly string[]): boolean {
    // A full-width row with its second and third cells filled is data; most rows stop here.
    if (fields.length >= this.options.width && fields[1] && fields[2]) return false;
    if (!LETTER.test(fields[0] ?? "")) return false;
    let filled = 0;
    for (const field of fields) {
      if (field.trim() !== "" && ++filled > 2) return false;
    }
    return filled === 1 || fields.length < this.options.width;
  }

  private readDataRow(fields: string[], line: number): void {
    const fitted = this.fitWidth(fields, line);
    if (!fitted) return;
    this.dataRows++;
    const problems = this.options.reader.readRow(fitted, line);
    if (problems) for (const problem of problems) this.addError(problem);
  }

  private fitWidth(fields: string[], line: number): string[] | null {
    const { width, headerLine } = this.options;
    if (fields.length === width) return fields;
    if (fields.length > width) {
      let used = fields.length;
      while (used > width && (fields[used - 1] ?? "").trim() === "") used--;
      // Readers look up columns by position, so trailing empty fields can stay.
      if (used === width) return fields;
      const repaired = this.options.reader.repairRow?.(fields, line);
      if (repaired) {
        this.options.warnings.add("repaired", { line, column: null, message: repaired.note }, "rows repaired");
        return this.fitWidth(repaired.fields, line);
      }
      this.addError(
        rowIssue(
          line,
          `${formatCount(used)} fields, but the header (line ${headerLine}) names ${formatCount(width)} columns; a value may contain ${describeDelimiter(this.options.delimiter)} without quotes around it.`,
        ),
      );
      return null;
    }
    this.addError(
      rowIssue(
        line,
        `${formatCount(fields.length)} fields, but the header (line ${headerLine}) names ${formatCount(width)} columns.`,
      ),
    );
    return null;
  }
}
