/**
 * The key under which the static baseline stores a saved response: the path
 * and query, plus "|rsc" or "|rsc:<segment>" for the router's payload requests,
 * whose `_rsc` cache-busting parameter is left out.
 */
export function snapshotKey(url, headers) {
  const parsed = new URL(url, "http://localhost");
  if (headers.rsc === "1") {
    parsed.searchParams.delete("_rsc");
    const segment = headers["next-router-segment-prefetch"];
    return `${parsed.pathname}${parsed.search}|rsc${segment ? `:${segment}` : ""}`;
  }
  return `${parsed.pathname}${parsed.search}`;
}
