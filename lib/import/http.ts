import { ImportFailure, failAt } from "./errors";
import { type ImportOptions, importCsv, sanitizeFileName, toFailureOutcome } from "./index";
import { IMPORT_LIMITS, formatBytes, type ImportLimits } from "./limits";
import { boundaryFrom, findFilePart } from "./multipart";
import { type ImportErrorBody, type ImportOutcome, type ImportResult } from "./types";

const FILE_FIELD = "file";

function json(status: number, body: ImportResult | ImportErrorBody, close: boolean): Response {
  // An answer describes one person's upload: never cache or share it.
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  // The rest of the body will not be read (see `releaseBody`): the client must not send another request on it.
  if (close) headers.Connection = "close";
  return Response.json(body, { status, headers });
}

function respond(outcome: ImportOutcome, close = false): Response {
  return outcome.ok ? json(200, outcome.result, close) : json(outcome.status, outcome.body, close);
}

/** How much of the request body has been read, shared by the reader and the drain after the answer. */
interface BodyCount {
  received: number;
}

function tooLarge(limits: ImportLimits): ImportFailure {
  return new ImportFailure(
    413,
    `The upload is larger than ${formatBytes(limits.maxFileBytes)}, the most the importer accepts. Upload a smaller extract (fewer years, reporters or products).`,
  );
}

/**
 * Yields the request body's chunks while counting them, and stops with 413 as soon as the
 * count passes the limit; a Content-Length header can be absent or wrong, the count cannot.
 */
async function* countedBody(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limits: ImportLimits,
  count: BodyCount,
  deadline: number,
): AsyncGenerator<Uint8Array> {
  for (;;) {
    const { done, value } = await readBefore(reader, deadline, limits);
    if (done) return;
    count.received += value.byteLength;
    if (count.received > limits.maxRequestBytes) throw tooLarge(limits);
    yield value;
  }
}

/**
 * After the answer: reads and discards what is left of the body, up to the size limit and
 * the request deadline, so the connection is left at the start of the next request. An
 * answer given before the body is read (a 422 for a binary file, a 413 for a large one)
 * would otherwise leave unread bytes behind, and stopping the body stream destroys the
 * socket: a client that reuses connections (keep-alive) then gets ECONNRESET on its next
 * request. Past the limit the stream is stopped; such answers say `Connection: close`.
 */
async function releaseBody(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limits: ImportLimits,
  count: BodyCount,
  deadline: number,
): Promise<void> {
  try {
    while (count.received <= limits.maxRequestBytes) {
      const { done, value } = await readBefore(reader, deadline, limits);
      if (done) return;
      count.received += value.byteLength;
    }
  } catch {
    // The deadline passed or the client went away: stop below.
  }
  await reader.cancel().catch(() => undefined);
}

/**
 * Reads the next chunk, or fails with 422 once the wall-clock limit passes: an upload that
 * stalls would otherwise hold the request (and its memory) open indefinitely.
 */
async function readBefore(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  deadline: number,
  limits: ImportLimits,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          failAt(
            null,
            null,
            `The upload took longer than ${limits.maxRequestMs / 1000} s, the most the importer waits for one file. Try again on a faster connection or with a smaller file.`,
          ),
        ),
      Math.max(0, deadline - Date.now()),
    );
  });
  try {
    return await Promise.race([reader.read(), expired]);
  } finally {
    clearTimeout(timer);
  }
}

function rawFileName(request: Request): string | null {
  const fromQuery = new URL(request.url).searchParams.get("fileName");
  if (fromQuery) return fromQuery;
  const header = request.headers.get("x-file-name");
  if (!header) return null;
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}

async function answer(request: Request, limits: ImportLimits, body: AsyncIterable<Uint8Array>) {
  const contentType = request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(contentType)) {
    const boundary = boundaryFrom(contentType);
    if (!boundary)
      throw failAt(null, null, "The multipart/form-data request has no boundary in its Content-Type header.");
    const part = await findFilePart(body, boundary, FILE_FIELD);
    if (!part) {
      throw failAt(
        null,
        null,
        `The form has no field named "${FILE_FIELD}": send the CSV file in a field called "${FILE_FIELD}".`,
      );
    }
    return importCsv(part.bytes, sanitizeFileName(part.fileName), { limits });
  }
  // Any other body is the file itself (text/csv, text/plain, application/octet-stream…);
  // the importer judges the bytes, not the declared type.
  return importCsv(body, sanitizeFileName(rawFileName(request)), { limits });
}

/**
 * Answers `POST /api/import`: the CSV as multipart/form-data (field "file") or as the raw
 * body → 200 with the series, 413 when too large, 422 with line-precise errors otherwise.
 * Every failure, expected or not, is answered in JSON; nothing is kept between requests.
 */
export async function handleImportRequest(request: Request, options: ImportOptions = {}): Promise<Response> {
  const limits: ImportLimits = { ...IMPORT_LIMITS, ...options.limits };
  const deadline = Date.now() + limits.maxRequestMs;
  const count: BodyCount = { received: 0 };
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  // Only a body of known length within the limit can always be read to its end after an early answer.
  const close = !(Number.isFinite(declared) && declared <= limits.maxRequestBytes);
  try {
    if (Number.isFinite(declared) && declared > limits.maxRequestBytes)
      return respond(toFailureOutcome(tooLarge(limits)), true);
    if (!request.body) {
      throw failAt(
        null,
        null,
        `The request has no body: send the CSV file as multipart/form-data (field "${FILE_FIELD}") or as a text/csv body.`,
      );
    }
    reader = request.body.getReader();
    return respond(await answer(request, limits, countedBody(reader, limits, count, deadline)), close);
  } catch (error) {
    return respond(toFailureOutcome(error), close);
  } finally {
    // Not awaited: the answer goes out at once while the rest of the upload is read and dropped.
    if (reader) void releaseBody(reader, limits, count, deadline);
  }
}
