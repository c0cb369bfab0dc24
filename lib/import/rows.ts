import { Readable } from "node:stream";
import Papa from "papaparse";
import { type ParseBudget } from "./budget";
import { failAt } from "./errors";
import { formatCount, type ImportLimits } from "./limits";
import { type ImportIssue } from "./types";

export type Newline = "\n" | "\r\n" | "\r";

export interface RowStreamOptions {
  delimiter: string;
  newline: Newline;
  limits: Pick<ImportLimits, "maxRows" | "maxColumns" | "maxRowChars">;
  budget: ParseBudget;
}

/** Receives every row in file order with the line it starts on (1-based). May throw ImportFailure to stop. */
export type RowHandler = (fields: string[], line: number) => void;

/** Receives papaparse's quote errors, already placed on a line. */
export type QuoteProblemHandler = (issue: ImportIssue) => void;

function countOccurrences(text: string, character: string): number {
  let count = 0;
  let index = text.indexOf(character);
  while (index !== -1) {
    count++;
    index = text.indexOf(character, index + 1);
  }
  return count;
}

function embeddedNewlines(fields: readonly string[], character: string): number {
  let count = 0;
  for (const field of fields) {
    if (field.length > 0 && field.indexOf(character) !== -1) count += countOccurrences(field, character);
  }
  return count;
}

function describeQuoteError(error: Papa.ParseError, line: number, fieldCount: number): ImportIssue {
  if (error.code === "MissingQuotes") {
    return {
      line,
      column: fieldCount,
      message: `line ${line}, column ${fieldCount}: a quoted field starts here but its closing quote is missing, so the rest of the file would be read as one cell.`,
    };
  }
  return {
    line,
    column: null,
    message: `line ${line}: a quote inside a quoted field is not doubled (write "" for a quote within quotes), so the row's fields cannot be told apart.`,
  };
}

/**
 * Streams rows out of text chunks with papaparse, without holding the file: papaparse reads
 * a Node stream of strings chunk by chunk and hands back the complete rows of each chunk.
 * Papaparse reports character offsets, not lines, so lines are counted here: every row ends
 * with one line break, plus any line breaks inside its quoted fields.
 */
export function streamRows(
  text: AsyncIterable<string>,
  options: RowStreamOptions,
  onRow: RowHandler,
  onQuoteProblem: QuoteProblemHandler,
): Promise<{ rows: number }> {
  const { limits, budget } = options;
  const newlineCharacter = options.newline === "\r" ? "\r" : "\n";
  const input = Readable.from(text);

  // Text handed to papaparse but not yet returned as complete rows, and its offset in the file.
  let pending = "";
  let pendingStart = 0;
  let nextLine = 1;
  let rowCount = 0;
  let chunkStartedAt = 0;

  // Registered before papaparse's own listener, so it runs first for every chunk.
  input.on("data", (chunk: string) => {
    pending += chunk;
    chunkStartedAt = budget.mark();
  });

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      input.destroy();
      reject(error);
    };

    const handleChunk = (results: Papa.ParseResult<string[]>) => {
      const rows = results.data;
      const consumed = results.meta.cursor - pendingStart;
      const consumedText = pending.slice(0, consumed);
      pending = pending.slice(consumed);
      pendingStart = results.meta.cursor;
      const newlines = countOccurrences(consumedText, newlineCharacter);

      // The usual case: no line breaks inside fields, so row i starts on line nextLine + i.
      // Only the file's last row may lack its closing line break.
      const terminatedRows = consumedText.endsWith(newlineCharacter) ? rows.length : rows.length - 1;
      const simple = newlines === terminatedRows;
      let line = nextLine;
      const lines = simple
        ? null
        : rows.map((fields) => {
            const start = line;
            line += 1 + embeddedNewlines(fields, newlineCharacter);
            return start;
          });
      const lineOf = (index: number) => (lines ? (lines[index] ?? nextLine) : nextLine + index);

      for (const error of results.errors) {
        const index = error.row ?? -1;
        // An error in the unfinished last row is reported again when that row is complete.
        if (index < 0 || index >= rows.length) continue;
        onQuoteProblem(describeQuoteError(error, lineOf(index), rows[index]?.length ?? 0));
      }

      for (let index = 0; index < rows.length; index++) {
        const fields = rows[index] ?? [];
        const rowLine = lineOf(index);
        rowCount++;
        if (rowCount > limits.maxRows) {
          throw failAt(
            rowLine,
            null,
            `The file has more than ${formatCount(limits.maxRows)} rows, the most the importer reads (line ${rowLine} is beyond it). Download fewer years, reporters or products.`,
          );
        }
        if (fields.length > limits.maxColumns) {
          throw failAt(
            rowLine,
            null,
            `line ${rowLine} has ${formatCount(fields.length)} fields; the importer reads at most ${formatCount(limits.maxColumns)} columns.`,
          );
        }
        onRow(fields, rowLine);
      }
      nextLine += newlines;

      if (pending.length > limits.maxRowChars) {
        throw failAt(
          nextLine,
          null,
          `line ${nextLine} starts a row longer than ${formatCount(limits.maxRowChars)} characters; most likely a quoted field is missing its closing quote.`,
        );
      }
      budget.spend(chunkStartedAt);
      budget.check();
    };

    Papa.parse<string[]>(input, {
      delimiter: options.delimiter,
      newline: options.newline,
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      chunk: (results, parser) => {
        if (settled) return;
        try {
          handleChunk(results);
        } catch (error) {
          parser.abort();
          fail(error);
        }
      },
      complete: () => {
        if (settled) return;
        settled = true;
        resolve({ rows: rowCount });
      },
      error: (error: Error) => fail(error),
    });
  });
}
