import { failAt } from "./errors";

/**
 * A minimal streaming reader for multipart/form-data that finds one file field and streams
 * its bytes. The platform's `request.formData()` would buffer the whole upload (twice: the
 * body and the File) before the size limit could be checked; this reads it once, as it
 * arrives.
 */

export interface MultipartFile {
  fileName: string | null;
  bytes: AsyncIterable<Uint8Array>;
}

const MAX_PART_HEADER_BYTES = 16 * 1024;
const MAX_PREAMBLE_BYTES = 16 * 1024;
const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

/** The boundary parameter of a multipart Content-Type, quoted or not; null when absent. */
export function boundaryFrom(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2] ?? null;
  return boundary && boundary.length <= 200 ? boundary : null;
}

function malformed(message: string): Error {
  return failAt(null, null, `The multipart/form-data body is malformed: ${message}`);
}

/** Buffers just enough of a byte stream to find delimiters in it. */
class ByteReader {
  buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  private readonly iterator: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Appends the next chunk; false once the stream has ended. */
  async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    return true;
  }

  /** Waits until `needle` is in the buffer and returns its index, or -1 if the stream ends first or `limit` bytes pass. */
  async find(needle: Buffer, limit: number): Promise<number> {
    for (;;) {
      const index = this.buffer.indexOf(needle);
      if (index !== -1) return index;
      if (this.buffer.length > limit) return -1;
      if (!(await this.fill())) return -1;
    }
  }

  async ensure(length: number): Promise<boolean> {
    while (this.buffer.length < length) if (!(await this.fill())) return false;
    return true;
  }

  skip(length: number): void {
    this.buffer = this.buffer.subarray(length);
  }
}

interface PartHeaders {
  name: string | null;
  fileName: string | null;
}

function parameter(disposition: string, key: string): string | null {
  // RFC 5987 form first (filename*=UTF-8''na%C3%AFve.csv), then the plain quoted form.
  const extended = new RegExp(`;\\s*${key}\\*=(?:UTF-8|utf-8)''([^;]+)`).exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      return extended[1].trim();
    }
  }
  const quoted = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(disposition);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/\\(.)/g, "$1");
  const bare = new RegExp(`;\\s*${key}=([^;\\s]+)`, "i").exec(disposition);
  return bare?.[1] ?? null;
}

function parseHeaders(block: string): PartHeaders {
  const disposition = block.split("\r\n").find((line) => /^content-disposition\s*:/i.test(line)) ?? "";
  return { name: parameter(disposition, "name"), fileName: parameter(disposition, "filename") };
}

/** Streams the part's body up to the next boundary, leaving the reader just after the body. */
async function* partBody(reader: ByteReader, closing: Buffer): AsyncGenerator<Uint8Array> {
  for (;;) {
    const index = reader.buffer.indexOf(closing);
    if (index !== -1) {
      if (index > 0) yield reader.buffer.subarray(0, index);
      reader.skip(index + CRLF.length);
      return;
    }
    // Keep a tail that may be the start of the boundary; hand over the rest.
    const safe = reader.buffer.length - (closing.length - 1);
    if (safe > 0) {
      const chunk = reader.buffer.subarray(0, safe);
      reader.skip(safe);
      yield chunk;
    }
    if (!(await reader.fill())) throw malformed("it ends inside a part, before the closing boundary.");
  }
}

/**
 * Finds the form field `fieldName` and returns its file name and a stream of its bytes;
 * null when the form has no such field. Other fields before it are read and discarded.
 */
export async function findFilePart(
  source: AsyncIterable<Uint8Array>,
  boundary: string,
  fieldName: string,
): Promise<MultipartFile | null> {
  const reader = new ByteReader(source);
  const delimiter = Buffer.from(`--${boundary}`);
  const closing = Buffer.from(`\r\n--${boundary}`);

  const first = await reader.find(delimiter, MAX_PREAMBLE_BYTES);
  if (first === -1) throw malformed(`the boundary given in Content-Type does not occur in the body.`);
  reader.skip(first + delimiter.length);

  for (;;) {
    // After a boundary: "--" ends the form, a line break starts the next part.
    if (!(await reader.ensure(2))) throw malformed("it ends right after a boundary.");
    if (reader.buffer[0] === 0x2d && reader.buffer[1] === 0x2d) return null;
    const headerEnd = await reader.find(HEADER_END, MAX_PART_HEADER_BYTES);
    if (headerEnd === -1) throw malformed("a part's headers do not end with an empty line.");
    const headers = parseHeaders(reader.buffer.subarray(0, headerEnd).toString("utf8"));
    reader.skip(headerEnd + HEADER_END.length);

    if (headers.name === fieldName) return { fileName: headers.fileName, bytes: partBody(reader, closing) };
    const discarded = partBody(reader, closing);
    while (!(await discarded.next()).done) {
      // Another field's content: read past it.
    }
    // partBody stops after "\r\n"; skip the rest of the boundary line's delimiter.
    if (!(await reader.ensure(delimiter.length))) throw malformed("it ends inside a boundary.");
    reader.skip(delimiter.length);
  }
}
