/**
 * Limits of the CSV importer. One uploaded file may use at most this much of a server
 * instance, so a single request cannot starve the others. Each limit is enforced where
 * the file is read, and each breach is answered with a message that states the limit:
 * size with 413, every other limit with 422.
 */
export interface ImportLimits {
  /** Size of the uploaded file itself, in bytes. */
  maxFileBytes: number;
  /** Size of the whole request body: the file plus the multipart envelope around it. */
  maxRequestBytes: number;
  /** Rows of the file, counting the header, preamble and blank rows. */
  maxRows: number;
  /** Fields in any one row. */
  maxColumns: number;
  /** Characters in one row; a longer row almost always means a closing quote is missing. */
  maxRowChars: number;
  /** Series in the answer; more than this cannot be chosen from in a page anyway. */
  maxSeries: number;
  /** Time spent decoding and parsing, excluding time spent waiting for the upload to arrive. */
  maxParseMs: number;
  /** Wall-clock time for the whole request, so a trickling upload cannot hold a connection forever. */
  maxRequestMs: number;
  /** Errors listed in a 422 answer; reading stops once this many are found. */
  maxErrors: number;
  /** Warnings listed in a 200 answer; repeated warnings of one kind are summarised. */
  maxWarnings: number;
  /** Files in an .xlsx archive (a workbook has a few dozen). */
  maxArchiveEntries: number;
  /** Bytes inflated from an .xlsx archive, all parts together: checked while inflating. */
  maxInflatedBytes: number;
  /** Inflated bytes per stored byte of one part, once it passes `ratioCheckFromBytes`: a zip bomb's is in the thousands. */
  maxInflateRatio: number;
  ratioCheckFromBytes: number;
  /** Cell elements in a workbook, filled or not. */
  maxCells: number;
  /** Empty rows or cells one after another in a sheet (a sheet padded to a million rows). */
  maxEmptyRun: number;
  /** Different texts in a workbook's shared strings. */
  maxSharedStrings: number;
}

const MEGABYTE = 1024 * 1024;

export const IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 50 * MEGABYTE,
  // The multipart envelope (boundaries, part headers, other small fields) needs a little room.
  maxRequestBytes: 50 * MEGABYTE + 64 * 1024,
  maxRows: 2_000_000,
  maxColumns: 2_000,
  maxRowChars: 1_000_000,
  maxSeries: 20_000,
  maxParseMs: 20_000,
  maxRequestMs: 120_000,
  maxErrors: 50,
  maxWarnings: 50,
  maxArchiveEntries: 10_000,
  maxInflatedBytes: 1024 * MEGABYTE,
  maxInflateRatio: 250,
  ratioCheckFromBytes: 16 * MEGABYTE,
  maxCells: 40_000_000,
  maxEmptyRun: 500_000,
  maxSharedStrings: 2_000_000,
};

/** Formats a byte count for messages, e.g. 52428800 → "50 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= MEGABYTE && bytes % MEGABYTE === 0) return `${bytes / MEGABYTE} MB`;
  if (bytes >= MEGABYTE) return `${(bytes / MEGABYTE).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Formats a count with thousands separators, e.g. 2000000 → "2,000,000". */
export function formatCount(count: number): string {
  // A regular expression rather than toLocaleString, whose first call loads locale data.
  const [whole = "", fraction] = String(count).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
