import { Inflate } from "fflate";
import { ImportFailure, failAt } from "../errors";
import { formatBytes, formatCount } from "../limits";

/**
 * The ZIP container of an .xlsx workbook, read from the central directory at its end so
 * that entries can be taken in the order the workbook needs them (the shared strings
 * usually come after the sheets that use them). Only the entries the workbook points to
 * are inflated, each as a stream of chunks whose inflated size is counted as it grows:
 * a small file that would inflate to gigabytes is stopped at the limit, not after.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  flags: number;
  compressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Entries in the central directory; a workbook has a few dozen. */
  maxArchiveEntries: number;
  /** Bytes inflated from all entries read, together. */
  maxInflatedBytes: number;
  /** Inflated bytes per compressed byte of one entry, checked once the entry passes `ratioCheckFromBytes`. */
  maxInflateRatio: number;
  ratioCheckFromBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// The end record is 22 bytes plus a comment of at most 65,535.
const MAX_END_SEARCH = 22 + 0xffff;
// A compressed slice inflates to at most about 1,032 times its size: pushing 16 KB at a time
// bounds what one step can produce (about 16 MB) before the count is checked.
const SLICE_BYTES = 16 * 1024;

export const NOT_A_WORKBOOK_HINT = "Open it in Excel (or LibreOffice) and save it again as an Excel workbook (.xlsx).";

function corrupt(detail: string): ImportFailure {
  return failAt(
    null,
    null,
    `The file starts like an Excel workbook (a ZIP archive) but it is damaged or cut short: ${detail} ${NOT_A_WORKBOOK_HINT}`,
  );
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - MAX_END_SEARCH);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

/** Lists the archive's entries by name; throws 422 for a truncated or damaged archive. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw corrupt("it is too short to hold a ZIP directory.");
  const end = findEndOfDirectory(view);
  if (end === -1) throw corrupt("the ZIP directory at its end is missing, as when a download stops early.");
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    throw corrupt("it is a ZIP64 archive, which workbooks of at most 50 MB never need.");
  }
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count > limits.maxArchiveEntries) {
    throw failAt(
      null,
      null,
      `The archive holds ${formatCount(count)} files; a workbook holds a few dozen, and the importer opens archives of at most ${formatCount(limits.maxArchiveEntries)}.`,
    );
  }
  if (start + size > end) throw corrupt("the ZIP directory points outside the file.");

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder("utf-8");
  let offset = start;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      throw corrupt(`entry ${index + 1} of the ZIP directory is not where the directory says.`);
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (!entries.has(name)) entries.set(name, { name, method, flags, compressedSize, localHeaderOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Counts what every entry of one archive inflates to, against the limits. */
export class InflateBudget {
  private total = 0;
  private readonly limits: ZipLimits;

  constructor(limits: ZipLimits) {
    this.limits = limits;
  }

  get inflatedBytes(): number {
    return this.total;
  }

  /** Counts `bytes` more of `entry`, which has now inflated `entryBytes` from `consumed` stored bytes. */
  add(entry: ZipEntry, entryBytes: number, bytes: number, consumed: number): void {
    this.total += bytes;
    if (this.total > this.limits.maxInflatedBytes) {
      throw new ImportFailure(
        413,
        `The workbook inflates to more than ${formatBytes(this.limits.maxInflatedBytes)} of data (stopped while reading ${entry.name}), the most the importer unpacks. Save a smaller extract, or save the sheet as CSV.`,
      );
    }
    const ratio = entryBytes / Math.max(1, consumed);
    if (entryBytes > this.limits.ratioCheckFromBytes && ratio > this.limits.maxInflateRatio) {
      throw new ImportFailure(
        413,
        `${entry.name} in the workbook inflates more than ${formatCount(this.limits.maxInflateRatio)} times its stored size (stopped at ${formatBytes(entryBytes)}), which no real sheet does: the file looks built to exhaust the server (a "zip bomb").`,
      );
    }
  }
}

/**
 * Inflates one entry chunk by chunk. Each chunk is counted before it is handed on, so the
 * caller never sees more than the budget allows.
 */
export function* inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Generator<Uint8Array> {
  if (entry.flags & 0x1) {
    throw failAt(
      null,
      null,
      `${entry.name} in the archive is encrypted. Remove the password in Excel (File › Info › Protect Workbook) and save it again.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) {
    throw corrupt(`${entry.name} is not where the ZIP directory says.`);
  }
  const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.byteLength) throw corrupt(`${entry.name} runs past the end of the file.`);
  const data = bytes.subarray(dataStart, dataEnd);

  if (entry.method === 0) {
    for (let offset = 0, seen = 0; offset < data.byteLength; offset += SLICE_BYTES) {
      const slice = data.subarray(offset, offset + SLICE_BYTES);
      seen += slice.byteLength;
      budget.add(entry, seen, slice.byteLength, seen);
      yield slice;
    }
    return;
  }
  if (entry.method !== 8) {
    throw corrupt(`${entry.name} is compressed with method ${entry.method}, which Excel never uses.`);
  }

  const out: Uint8Array[] = [];
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    out.push(chunk);
    if (final) finished = true;
  });
  let entryBytes = 0;
  for (let offset = 0; offset < data.byteLength || offset === 0; offset += SLICE_BYTES) {
    const last = offset + SLICE_BYTES >= data.byteLength;
    try {
      inflater.push(data.subarray(offset, offset + SLICE_BYTES), last);
    } catch {
      throw corrupt(`${entry.name} cannot be inflated (its compressed data is broken).`);
    }
    for (const chunk of out) {
      entryBytes += chunk.byteLength;
      budget.add(entry, entryBytes, chunk.byteLength, Math.min(data.byteLength, offset + SLICE_BYTES));
      yield chunk;
    }
    out.length = 0;
    if (last) break;
  }
  if (!finished) throw corrupt(`${entry.name} ends before its compressed data does.`);
}
