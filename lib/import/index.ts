import { ParseBudget } from "./budget";
import { type DecodeState, createDecodeState, decodeBytes } from "./decode";
import { ImportFailure, failAt } from "./errors";
import { detectFormat } from "./formats";
import { type FormatContext } from "./formats/types";
import { IssueLog } from "./issues";
import { IMPORT_LIMITS, formatBytes, formatCount, type ImportLimits } from "./limits";
import { detectNumberStyle } from "./numbers";
import { streamRows } from "./rows";
import { DEFAULT_DIMENSION_LABELS, buildChoices, buildSeries, preselectSeries } from "./series";
import { ImportSink } from "./sink";
import { sniffTable } from "./sniff";
import { TableWalker } from "./table";
import { type ImportIssue, type ImportOutcome, type ImportResult } from "./types";
import { readWorkbook } from "./xlsx";

export { IMPORT_LIMITS, type ImportLimits } from "./limits";
export * from "./types";

/** The file as text, as one byte array, or as a stream of byte chunks (an upload). */
export type ImportInput = string | Uint8Array | AsyncIterable<Uint8Array>;

export interface ImportOptions {
  /** Overrides of the documented limits, for tests and the benchmark. */
  limits?: Partial<ImportLimits>;
}

// The sample must hold the preamble, the header and enough rows to judge the columns.
const SAMPLE_MIN_CHARS = 64 * 1024;
const SAMPLE_MIN_LINES = 60;
const SAMPLE_MAX_CHARS = 512 * 1024;
const STRING_CHUNK_CHARS = 64 * 1024;
// Enough cells to tell a decimal comma from a decimal point.
const NUMBER_STYLE_ROWS = 100;

const DEFAULT_FILE_NAME = "upload.csv";

/** Keeps the last path segment of a client-supplied name, without control characters, at most 200 characters. */
export function sanitizeFileName(name: string | null | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return cleaned || DEFAULT_FILE_NAME;
}

async function* bytesOnce(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function* stringChunks(text: string, state: DecodeState, maxFileBytes: number): AsyncGenerator<string> {
  state.encoding = "text";
  state.bytesRead = Buffer.byteLength(text, "utf8");
  if (state.bytesRead > maxFileBytes) {
    throw new ImportFailure(
      413,
      `The file is larger than ${formatBytes(maxFileBytes)}, the most the importer accepts. Upload a smaller extract (fewer years, reporters or products).`,
    );
  }
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    throw failAt(
      null,
      null,
      `The file contains a NUL character (at character ${nul + 1}), so it is binary data, not a CSV text file.`,
    );
  }
  for (let offset = 0; offset < text.length; offset += STRING_CHUNK_CHARS) {
    yield text.slice(offset, offset + STRING_CHUNK_CHARS);
  }
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count++;
  if (count === 0) for (let index = text.indexOf("\r"); index !== -1; index = text.indexOf("\r", index + 1)) count++;
  return count;
}

async function readSample(
  chunks: AsyncIterator<string>,
  maxRowChars: number,
): Promise<{ sample: string; complete: boolean }> {
  let sample = "";
  let lineBreaks = 0;
  for (;;) {
    const next = await chunks.next();
    if (next.done) return { sample, complete: true };
    sample += next.value;
    lineBreaks += countLineBreaks(next.value);
    if (sample.length >= SAMPLE_MIN_CHARS && lineBreaks >= SAMPLE_MIN_LINES) break;
    if (sample.length >= SAMPLE_MAX_CHARS && lineBreaks >= 2) break;
    if (sample.length > maxRowChars && lineBreaks === 0) {
      throw failAt(
        1,
        null,
        `line 1 is longer than ${formatCount(maxRowChars)} characters without a line break; this does not look like a CSV table.`,
      );
    }
  }
  return { sample, complete: false };
}

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (first) yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

function decodeWarnings(state: DecodeState): ImportIssue[] {
  const warnings: ImportIssue[] = [];
  if (state.encoding === "Windows-1252") {
    warnings.push({
      line: null,
      column: null,
      message:
        "The file is not UTF-8, so it was read as Windows-1252 (Western European). If names look wrong, save the file as UTF-8 and upload it again.",
    });
  }
  if (state.replacedCharacters > 0) {
    warnings.push({
      line: null,
      column: null,
      message: `${formatCount(state.replacedCharacters)} characters were not valid ${state.encoding} and were replaced by �.`,
    });
  }
  return warnings;
}

function noFormatFailure(context: FormatContext): ImportFailure {
  const shown = context.header.slice(0, 8).join(", ");
  const more = context.header.length > 8 ? ", …" : "";
  return failAt(
    context.headerLine,
    null,
    `line ${context.headerLine}: no year column (such as Year, Period or Date) and no years as column names (1990, 1991, …) were found, so the values cannot be placed in time. The header reads: ${shown}${more}`,
  );
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SIGNATURE_BYTES = 8;

type Container = "text" | "zip" | "cfb";

function startsWithBytes(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** What the first bytes say the file is: an .xlsx (ZIP), an OLE compound file, or anything else (read as text). */
export function detectContainer(first: Uint8Array): Container {
  if (startsWithBytes(first, ZIP_SIGNATURE) || startsWithBytes(first, EMPTY_ZIP_SIGNATURE)) return "zip";
  if (startsWithBytes(first, CFB_SIGNATURE)) return "cfb";
  return "text";
}

/** Reads the first chunks until the signature can be judged; returns them and the rest of the stream. */
async function peek(
  source: AsyncIterable<Uint8Array>,
): Promise<{ head: Uint8Array[]; first: Uint8Array; rest: AsyncIterator<Uint8Array> }> {
  const rest = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  while (length < SIGNATURE_BYTES) {
    const next = await rest.next();
    if (next.done) break;
    head.push(next.value);
    length += next.value.byteLength;
  }
  return { head, first: Buffer.concat(head).subarray(0, SIGNATURE_BYTES), rest };
}

async function* replay(head: readonly Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Holds a workbook's bytes: a ZIP is read from its directory at the end, so the whole file
 * is needed, and it is at most the file size limit (413 beyond it, as it arrives).
 */
async function collectBytes(source: AsyncIterable<Uint8Array>, limits: ImportLimits): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.byteLength;
    if (total > limits.maxFileBytes) {
      throw new ImportFailure(
        413,
        `The file is larger than ${formatBytes(limits.maxFileBytes)}, the most the importer accepts. Save a smaller extract (fewer years, reporters or products).`,
      );
    }
    chunks.push(chunk);
  }
  return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total);
}

const UTF16_ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** An OLE compound file is either a password-protected .xlsx (its package encrypted inside) or an old .xls. */
function compoundFileFailure(bytes: Uint8Array): ImportFailure {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(UTF16_ENCRYPTED_PACKAGE)) {
    return failAt(
      null,
      null,
      "The workbook is protected with a password, so its sheets are encrypted and cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear it), save it and upload it again.",
    );
  }
  return failAt(
    null,
    null,
    "The file is an old Excel workbook (.xls) or another Office file, which the importer does not read. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV.",
  );
}

async function readImport(input: ImportInput, fileName: string, limits: ImportLimits): Promise<ImportResult> {
  const budget = new ParseBudget(limits);
  const decodeState = createDecodeState();
  let bytes: AsyncIterable<Uint8Array> | null = null;
  if (typeof input !== "string") {
    const { head, first, rest } = await peek(input instanceof Uint8Array ? bytesOnce(input) : input);
    const container = detectContainer(first);
    if (container !== "text") {
      const whole = await collectBytes(replay(head, rest), limits);
      if (container === "cfb") throw compoundFileFailure(whole);
      return readWorkbook(whole, fileName, limits, budget);
    }
    bytes = replay(head, rest);
  }
  const text = bytes
    ? decodeBytes(bytes, decodeState, limits.maxFileBytes, budget)
    : stringChunks(typeof input === "string" ? input : "", decodeState, limits.maxFileBytes);
  const chunks = text[Symbol.asyncIterator]();

  const { sample: rawSample, complete } = await readSample(chunks, limits.maxRowChars);
  const sample = rawSample.replace(/^\uFEFF/, "");
  const shape = sniffTable(sample, complete, limits);
  const context: FormatContext = {
    header: shape.header,
    headerLine: shape.headerLine,
    sampleRows: shape.sampleRows,
    numberStyle: detectNumberStyle(shape.sampleRows.slice(0, NUMBER_STYLE_ROWS).flat(), shape.delimiter),
    delimiter: shape.delimiter,
    preamble: shape.preamble,
  };
  const definition = detectFormat(context);
  if (!definition) throw noFormatFailure(context);

  const sink = new ImportSink(limits);
  const reader = definition.createReader(context, sink);
  const errors = new IssueLog(limits.maxErrors, limits.maxErrors);
  const walker = new TableWalker({
    headerRowIndex: shape.headerRowIndex,
    headerLine: shape.headerLine,
    width: shape.header.length,
    delimiter: shape.delimiter,
    reader,
    errors,
    warnings: sink.warnings,
    maxErrors: limits.maxErrors,
  });
  await streamRows(
    prepend(sample, chunks),
    { delimiter: shape.delimiter, newline: shape.newline, limits, budget },
    walker.handleRow,
    walker.addError,
  );
  walker.finish();

  if (errors.count > 0) {
    const listed = errors.toArray();
    const count = `${formatCount(errors.count)} problem${errors.count === 1 ? "" : "s"}`;
    throw new ImportFailure(
      422,
      `The file could not be read: ${count}. The first: ${listed[0]?.message ?? ""}`,
      listed,
    );
  }
  if (walker.dataRows === 0) {
    throw failAt(shape.headerLine, null, `line ${shape.headerLine}: the file has a header but no data rows.`);
  }

  const series = preselectSeries(buildSeries(sink.entries.values(), sink.warnings), definition.countrySystems);
  return {
    format: definition.format,
    fileName,
    series,
    choices: buildChoices(series, { ...DEFAULT_DIMENSION_LABELS, ...definition.dimensionLabels }),
    warnings: [...decodeWarnings(decodeState), ...sink.fileWarnings(), ...sink.warnings.toArray()],
    reading: {
      encoding: decodeState.encoding,
      delimiter: shape.delimiter,
      decimalSeparator: context.numberStyle.decimalSeparator,
      headerLine: shape.headerLine,
      dataRows: walker.dataRows,
    },
  };
}

/** Turns any failure into an answer; an unexpected one becomes a 422 too, never a 500. */
export function toFailureOutcome(error: unknown): ImportOutcome {
  if (error instanceof ImportFailure) {
    return { ok: false, status: error.status, body: { error: error.message, errors: error.issues } };
  }
  return {
    ok: false,
    status: 422,
    body: {
      error:
        "The file could not be read because of an unexpected problem while reading it. Check that it is a CSV table or an Excel workbook (.xlsx), or save it again as CSV (UTF-8) and retry.",
      errors: [],
    },
  };
}

/**
 * Reads an uploaded CSV into series by year. Never throws: the outcome is either the result
 * or the 413/422 answer with line-precise errors. The input is read once, as a stream; the
 * file is never held whole, written anywhere, or logged.
 */
export async function importCsv(
  input: ImportInput,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const limits: ImportLimits = { ...IMPORT_LIMITS, ...options.limits };
  try {
    return { ok: true, result: await readImport(input, sanitizeFileName(fileName), limits) };
  } catch (error) {
    return toFailureOutcome(error);
  }
}
