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

function countOccurrences(text: string, character: string, from = 0): number {
  let count = 0;
  let index = text.indexOf(character, from);
  while (index !== -1) {
    count++;
    index = text.indexOf(character, index + 1);
  }
  return count;
}

/**
 * Counts the line breaks in the text handed to papaparse, chunk by chunk, so that the breaks
 * inside each parsed stretch are known without copying the text: breaks up to the cursor are
 * all the breaks handed over minus those in the unparsed tail, which is usually a part row.
 */
class LineBreakCounter {
  private chunks: Array<{ text: string; start: number; breaks: number }> = [];
  private handedOver = 0;
  private handedBreaks = 0;
  private breaksBeforeCursor = 0;
  private readonly character: string;

  constructor(character: string) {
    this.character = character;
  }

  add(chunk: string): void {
    const breaks = countOccurrences(chunk, this.character);
    this.chunks.push({ text: chunk, start: this.handedOver, breaks });
    this.handedOver += chunk.length;
    this.handedBreaks += breaks;
  }

  /** Characters handed over but not yet returned as rows. */
  unparsed(cursor: number): number {
    return this.handedOver - cursor;
  }

  /** Line breaks between the previous cursor and this one, and whether the text before the cursor ends with one. */
  advance(cursor: number): { breaks: number; endsWithBreak: boolean } {
    // Chunks that end before the character at cursor - 1 are no longer needed.
    while (this.chunks.length > 1 && (this.chunks[0]?.start ?? 0) + (this.chunks[0]?.text.length ?? 0) < cursor) {
      this.chunks.shift();
    }
    let tailBreaks = 0;
    let endsWithBreak = false;
    for (const chunk of this.chunks) {
      const from = cursor - chunk.start;
      if (from >= 1 && from <= chunk.text.length) endsWithBreak = chunk.text[from - 1] === this.character;
      if (from <= 0) tailBreaks += chunk.breaks;
      else if (from < chunk.text.length) tailBreaks += countOccurrences(chunk.text, this.character, from);
    }
    const before = this.handedBreaks - tailBreaks;
    const breaks = before - this.breaksBeforeCursor;
    this.breaksBeforeCursor = before;
    return { breaks, endsWithBreak };
  }
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

  const lineBreaks = new LineBreakCounter(newlineCharacter);
  let nextLine = 1;
  let rowCount = 0;
  let chunkStartedAt = 0;

  // Registered before papaparse's own listener, so it runs first for every chunk.
  input.on("data", (chunk: string) => {
    chunkStartedAt = budget.mark();
    lineBreaks.add(chunk);
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
      const { breaks: newlines, endsWithBreak } = lineBreaks.advance(results.meta.cursor);

      // The usual case: no line breaks inside fields, so row i starts on line nextLine + i.
      // Only the file's last row may lack its closing line break.
      const terminatedRows = endsWithBreak ? rows.length : rows.length - 1;
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

      // The limits are checked once per chunk, and per row only when a chunk passes one.
      const tooManyRows = rowCount + rows.length > limits.maxRows;
      const maxColumns = limits.maxColumns;
      for (let index = 0; index < rows.length; index++) {
        const fields = rows[index] ?? [];
        const rowLine = lines ? (lines[index] ?? nextLine) : nextLine + index;
        rowCount++;
        if (tooManyRows && rowCount > limits.maxRows) {
          throw failAt(
            rowLine,
            null,
            `The file has more than ${formatCount(limits.maxRows)} rows, the most the importer reads (line ${rowLine} is beyond it). Download fewer years, reporters or products.`,
          );
        }
        if (fields.length > maxColumns) {
          throw failAt(
            rowLine,
            null,
            `line ${rowLine} has ${formatCount(fields.length)} fields; the importer reads at most ${formatCount(limits.maxColumns)} columns.`,
          );
        }
        onRow(fields, rowLine);
      }
      nextLine += newlines;

      if (lineBreaks.unparsed(results.meta.cursor) > limits.maxRowChars) {
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
          // Settle first: aborting makes papaparse call `complete` at once.
          fail(error);
          parser.abort();
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
