import { ImportFailure, failAt } from "./errors";
import { type ImportOptions, importCsv, sanitizeFileName, toFailureOutcome } from "./index";
import { IMPORT_LIMITS, formatBytes, type ImportLimits } from "./limits";
import { boundaryFrom, findFilePart } from "./multipart";
import { type ImportErrorBody, type ImportOutcome, type ImportResult } from "./types";

const FILE_FIELD = "file";

function json(status: number, body: ImportResult | ImportErrorBody): Response {
  return Response.json(body, {
    status,
    // An answer describes one person's upload: never cache or share it.
    headers: { "Cache-Control": "no-store" },
  });
}

function respond(outcome: ImportOutcome): Response {
  return outcome.ok ? json(200, outcome.result) : json(outcome.status, outcome.body);
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
): AsyncGenerator<Uint8Array> {
  const deadline = Date.now() + limits.maxRequestMs;
  let received = 0;
  for (;;) {
    const { done, value } = await readBefore(reader, deadline, limits);
    if (done) return;
    received += value.byteLength;
    if (received > limits.maxRequestBytes) throw tooLarge(limits);
    yield value;
  }
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

async function answer(request: Request, limits: ImportLimits, reader: ReadableStreamDefaultReader<Uint8Array>) {
  const body = countedBody(reader, limits);
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
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  try {
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limits.maxRequestBytes)
      return respond(toFailureOutcome(tooLarge(limits)));
    if (!request.body) {
      throw failAt(
        null,
        null,
        `The request has no body: send the CSV file as multipart/form-data (field "${FILE_FIELD}") or as a text/csv body.`,
      );
    }
    reader = request.body.getReader();
    return respond(await answer(request, limits, reader));
  } catch (error) {
    return respond(toFailureOutcome(error));
  } finally {
    // Stop receiving an upload that was answered early (too large, binary, malformed).
    if (reader) reader.cancel().catch(() => undefined);
  }
}
