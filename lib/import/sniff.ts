import Papa from "papaparse";
import { failAt } from "./errors";
import { formatCount, type ImportLimits } from "./limits";
import { type Newline } from "./rows";

/** What the start of the file says about the whole: how it is split and where the table begins. */
export interface TableShape {
  delimiter: string;
  newline: Newline;
  /** Index of the header among all rows, counting preamble and blank rows, as the row stream counts them. */
  headerRowIndex: number;
  headerLine: number;
  /** Header names, trimmed, without the empty names a trailing delimiter leaves. */
  header: string[];
  /** Complete, non-blank data rows that follow the header in the sample. */
  sampleRows: string[][];
  /** Non-blank rows before the header (titles, the reporter, the unit), trimmed. */
  preamble: string[][];
}

const DELIMITER_CANDIDATES = [",", ";", "\t", "|"] as const;
/** Rows among which the header is looked for, and data rows kept after it to judge the columns. */
export const SNIFF_ROWS = 100;
export const SAMPLE_DATA_ROWS = 500;

/** Picks the line break papaparse should split on: CRLF, LF or (old Mac) CR. */
export function detectNewline(sample: string): Newline {
  const crlf = countOf(sample, "\r\n");
  const lf = countOf(sample, "\n");
  const cr = countOf(sample, "\r");
  if (lf === 0 && cr > 0) return "\r";
  if (crlf > 0 && crlf >= lf / 2) return "\r\n";
  return "\n";
}

function countOf(text: string, needle: string): number {
  let count = 0;
  let index = text.indexOf(needle);
  while (index !== -1) {
    count++;
    index = text.indexOf(needle, index + needle.length);
  }
  return count;
}

function parseSample(
  sample: string,
  delimiter: string,
  newline: Newline,
  complete: boolean,
  preview: number,
): string[][] {
  const parsed = Papa.parse<string[]>(sample, { delimiter, newline, quoteChar: '"', preview, skipEmptyLines: false });
  const rows = parsed.data;
  // Without the end of the file, the last row of the sample may be cut short.
  if (!complete && rows.length > 1 && rows.length < preview) rows.pop();
  return rows;
}

export function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === "");
}

function nonEmptyCount(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) if (field.trim() !== "") count++;
  return count;
}

/**
 * Scores a delimiter by how consistently it splits rows into several fields: the share of
 * rows with the most common field count, times the number of extra fields. A comma inside
 * "Population, total" splits a semicolon file's rows in two, consistently, but the
 * semicolon splits them into 67.
 */
function scoreDelimiter(rows: readonly string[][]): number {
  const counts = new Map<number, number>();
  let considered = 0;
  for (const fields of rows) {
    if (isBlank(fields)) continue;
    considered++;
    counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
  }
  let best = 0;
  for (const [fieldCount, rowsWithCount] of counts) {
    if (fieldCount < 2) continue;
    best = Math.max(best, (rowsWithCount / considered) * (fieldCount - 1));
  }
  return best;
}

const SEP_HINT = /^sep=(.)\s*(?:\r\n|\n|\r)/i;

export function detectDelimiter(sample: string, newline: Newline, complete: boolean): string {
  // Excel honours a first line "sep=;" and so does this importer.
  const hint = SEP_HINT.exec(sample);
  if (hint?.[1]) return hint[1];
  let best: string = DELIMITER_CANDIDATES[0];
  let bestScore = 0;
  for (const delimiter of DELIMITER_CANDIDATES) {
    const score = scoreDelimiter(parseSample(sample, delimiter, newline, complete, SNIFF_ROWS));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function linesSpanned(fields: readonly string[], newline: Newline): number {
  const character = newline === "\r" ? "\r" : "\n";
  let lines = 1;
  for (const field of fields) lines += countOf(field, character);
  return lines;
}

/** The most common field count among non-blank rows; a tie goes to the larger count, the table's. */
function modalFieldCount(rows: readonly string[][]): number {
  const counts = new Map<number, number>();
  for (const fields of rows) if (!isBlank(fields)) counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
  let best = 0;
  let bestRows = 0;
  for (const [fieldCount, rowsWithCount] of counts) {
    if (rowsWithCount > bestRows || (rowsWithCount === bestRows && fieldCount > best)) {
      best = fieldCount;
      bestRows = rowsWithCount;
    }
  }
  return best;
}

/**
 * Finds the header: the first row as wide as the table (the most common field count, give or
 * take a trailing delimiter) that names at least half as many columns as the fullest such
 * row. Portal preambles ("Data Source","World Development Indicators") name two things at
 * most, so they are passed over, even when padded with delimiters to the table's width; and
 * one overlong data row cannot pass for the header.
 */
export function findHeaderIndex(rows: readonly string[][]): number {
  const window = rows.slice(0, SNIFF_ROWS);
  const width = modalFieldCount(window);
  const tableWide = (fields: readonly string[]) => Math.abs(fields.length - width) <= 1;
  const fullest = Math.max(0, ...window.filter(tableWide).map(nonEmptyCount));
  const needed = fullest <= 1 ? 1 : Math.max(2, Math.ceil(fullest / 2));
  const index = window.findIndex((fields) => tableWide(fields) && nonEmptyCount(fields) >= needed);
  return index !== -1 ? index : window.findIndex((fields) => !isBlank(fields));
}

/** The non-blank rows before the header, each cell trimmed. */
export function preambleOf(rows: readonly string[][], headerRowIndex: number): string[][] {
  return rows
    .slice(0, headerRowIndex)
    .filter((fields) => !isBlank(fields))
    .map((fields) => fields.map((field) => field.trim()));
}

/** Reads the start of the file; `complete` says whether the sample is the whole file. */
export function sniffTable(rawSample: string, complete: boolean, limits: Pick<ImportLimits, "maxColumns">): TableShape {
  const sample = rawSample.replace(/^\uFEFF/, "");
  if (sample.length === 0) throw failAt(null, null, "The file is empty.");
  if (sample.trim().length === 0) throw failAt(null, null, "The file has no rows: it contains only blank lines.");

  const newline = detectNewline(sample);
  const delimiter = detectDelimiter(sample, newline, complete);
  const rows = parseSample(sample, delimiter, newline, complete, SNIFF_ROWS + SAMPLE_DATA_ROWS);
  const headerRowIndex = findHeaderIndex(rows);
  const headerFields = rows[headerRowIndex];
  if (headerRowIndex === -1 || !headerFields) {
    throw failAt(null, null, "The file has no rows: it contains only blank lines.");
  }

  let headerLine = 1;
  for (let index = 0; index < headerRowIndex; index++) headerLine += linesSpanned(rows[index] ?? [], newline);

  if (headerFields.length > limits.maxColumns) {
    throw failAt(
      headerLine,
      null,
      `line ${headerLine} (the header) has ${formatCount(headerFields.length)} columns; the importer reads at most ${formatCount(limits.maxColumns)} columns.`,
    );
  }

  const names = headerFields.map((name) => name.replace(/^\uFEFF/, "").trim());
  let width = names.length;
  while (width > 0 && names[width - 1] === "") width--;

  return {
    delimiter,
    newline,
    headerRowIndex,
    headerLine,
    header: names.slice(0, width),
    sampleRows: rows.slice(headerRowIndex + 1).filter((fields) => !isBlank(fields)),
    preamble: preambleOf(rows, headerRowIndex),
  };
}
