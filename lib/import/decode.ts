import { isAscii } from "node:buffer";
import { StringDecoder } from "node:string_decoder";
import { type ParseBudget } from "./budget";
import { ImportFailure, failAt } from "./errors";
import { formatBytes } from "./limits";

/** What the decoder learnt about the bytes; filled in as the stream is read. */
export interface DecodeState {
  encoding: string;
  bytesRead: number;
  /** Characters that were not valid in the encoding and became U+FFFD. */
  replacedCharacters: number;
}

export function createDecodeState(): DecodeState {
  return { encoding: "unknown", bytesRead: 0, replacedCharacters: 0 };
}

interface Signature {
  bytes: readonly number[];
  what: string;
}

// Files people upload by mistake instead of a CSV. Naming them makes the error actionable.
const BINARY_SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "an Excel workbook (.xlsx) or another ZIP archive" },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: "an old Excel workbook (.xls) or another Office file",
  },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
];

const MIN_SNIFF_BYTES = 8;
const TEXT_CHUNK_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Names the kind of binary file the bytes start with, or null when they do not look like one. */
export function detectBinarySignature(bytes: Uint8Array): string | null {
  const match = BINARY_SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  return match ? match.what : null;
}

interface EncodingChoice {
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  label: string;
}

/**
 * UTF-16 without a byte order mark shows up as a zero byte beside almost every ASCII
 * character; which side it is on tells the byte order. Spreadsheet exports normally write
 * the mark, but some tools do not.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): EncodingChoice | null {
  const length = Math.min(bytes.length, 1024) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return { encoding: "utf-16le", label: "UTF-16LE" };
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return { encoding: "utf-16be", label: "UTF-16BE" };
  return null;
}

function isValidUtf8Start(bytes: Uint8Array): boolean {
  try {
    // `stream: true` lets a multi-byte character cut at the end of the sample pass.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Chooses the encoding from the first bytes: a byte order mark, UTF-16 without one, UTF-8, else Windows-1252. */
export function chooseEncoding(first: Uint8Array): EncodingChoice {
  if (startsWith(first, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", label: "UTF-8 with BOM" };
  if (startsWith(first, [0xff, 0xfe])) return { encoding: "utf-16le", label: "UTF-16LE with BOM" };
  if (startsWith(first, [0xfe, 0xff])) return { encoding: "utf-16be", label: "UTF-16BE with BOM" };
  const utf16 = guessUtf16WithoutBom(first);
  if (utf16) return utf16;
  // Excel on Windows saves "CSV" in the ANSI code page; Windows-1252 is the usual one for the
  // Latin-script portals' files, and every byte sequence is valid in it.
  if (!isValidUtf8Start(first)) return { encoding: "windows-1252", label: "Windows-1252" };
  return { encoding: "utf-8", label: "UTF-8" };
}

function binaryFailure(what: string): ImportFailure {
  return failAt(
    null,
    null,
    `The file is ${what}, not a CSV text file. Save or export the table as CSV and upload that.`,
  );
}

function nulFailure(byteOffset: number): ImportFailure {
  return failAt(
    null,
    null,
    `The file contains a NUL byte (at byte ${byteOffset + 1}), so it is binary data, not a CSV text file. Save or export the table as CSV and upload that.`,
  );
}

function countReplacements(text: string): number {
  let count = 0;
  let index = text.indexOf("\uFFFD");
  while (index !== -1) {
    count++;
    index = text.indexOf("\uFFFD", index + 1);
  }
  return count;
}

interface ChunkDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

/**
 * Node's StringDecoder for UTF-8 and UTF-16LE, which is several times faster than
 * TextDecoder on large ASCII chunks; TextDecoder for the encodings it lacks. Both carry a
 * character cut between two chunks over to the next. Neither drops a byte order mark, so
 * `decodeBytes` removes it from the start of the text.
 */
function createChunkDecoder(encoding: EncodingChoice["encoding"]): ChunkDecoder {
  if (encoding === "utf-8" || encoding === "utf-16le") {
    const decoder = new StringDecoder(encoding === "utf-8" ? "utf8" : "utf16le");
    return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() };
  }
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Splits large byte arrays so that text reaches the parser in pieces of a steady size
 * whatever the source (a whole Uint8Array in tests, 16–64 KB network chunks in production).
 */
async function* evenChunks(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    if (chunk.byteLength <= TEXT_CHUNK_BYTES * 2) {
      yield chunk;
      continue;
    }
    for (let offset = 0; offset < chunk.byteLength; offset += TEXT_CHUNK_BYTES) {
      yield chunk.subarray(offset, Math.min(offset + TEXT_CHUNK_BYTES, chunk.byteLength));
    }
  }
}

/**
 * Turns the uploaded bytes into text, chunk by chunk, without ever holding the whole file.
 * It enforces the size limit (413), rejects binary files (422) and records the encoding in
 * `state` once the first bytes are seen.
 */
export async function* decodeBytes(
  source: AsyncIterable<Uint8Array>,
  state: DecodeState,
  maxFileBytes: number,
  budget: ParseBudget,
): AsyncGenerator<string> {
  let decoder: ChunkDecoder | null = null;
  let singleByteUnits = true;
  let atStart = true;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;

  const decodeChunk = (chunk: Uint8Array, offset: number): string => {
    if (!decoder) {
      const choice = chooseEncoding(chunk);
      const binary = detectBinarySignature(chunk);
      if (binary) throw binaryFailure(binary);
      state.encoding = choice.label;
      decoder = createChunkDecoder(choice.encoding);
      singleByteUnits = choice.encoding === "utf-8" || choice.encoding === "windows-1252";
    }
    const bytes = asBuffer(chunk);
    if (singleByteUnits) {
      const nul = bytes.indexOf(0);
      if (nul !== -1) throw nulFailure(offset + nul);
    }
    let text = decoder.write(bytes);
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!singleByteUnits) {
      const nul = text.indexOf("\u0000");
      if (nul !== -1) throw nulFailure(offset + nul * 2);
    }
    // ASCII cannot hold an invalid sequence, and most chunks of a portal download are ASCII.
    if (!singleByteUnits || !isAscii(bytes)) state.replacedCharacters += countReplacements(text);
    return text;
  };

  for await (const chunk of evenChunks(source)) {
    const started = budget.mark();
    const offset = state.bytesRead;
    state.bytesRead += chunk.byteLength;
    if (state.bytesRead > maxFileBytes) {
      throw new ImportFailure(
        413,
        `The file is larger than ${formatBytes(maxFileBytes)}, the most the importer accepts. Upload a smaller extract (fewer years, reporters or products).`,
      );
    }
    let text: string;
    if (!decoder) {
      // The encoding and the binary signatures are judged on at least a few bytes.
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (pendingBytes < MIN_SNIFF_BYTES) {
        budget.spend(started);
        continue;
      }
      text = decodeChunk(Buffer.concat(pending), offset + chunk.byteLength - pendingBytes);
      pending = [];
      pendingBytes = 0;
    } else {
      text = decodeChunk(chunk, offset);
    }
    budget.spend(started);
    budget.check();
    if (text) yield text;
  }

  const started = budget.mark();
  let tail = "";
  if (pendingBytes > 0) tail += decodeChunk(Buffer.concat(pending), state.bytesRead - pendingBytes);
  if (decoder) {
    const flushed = (decoder as ChunkDecoder).end();
    state.replacedCharacters += countReplacements(flushed);
    tail += flushed;
  }
  budget.spend(started);
  if (tail) yield tail;
}
