/*
 * Response helpers shared by the API routes: JSON errors that say what was
 * wrong, and caching headers that let a CDN or proxy serve repeat requests.
 */

export const CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Answers 304 when the client already holds this version, otherwise the body
 * with its ETag. The tag is derived from the data version and the request, so
 * it changes exactly when the bytes would.
 */
export function cachedResponse(
  request: Request,
  etag: string,
  body: () => BodyInit,
  headers: Record<string, string>,
): Response {
  const quoted = `"${etag}"`;
  const common = { ETag: quoted, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (
    ifNoneMatch !== null &&
    ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === quoted || tag.trim() === "*")
  ) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(body(), { status: 200, headers: { ...common, ...headers } });
}
