import { EVENT_THEMES } from "./definitions";
import { parseTimelineQuery, timelineHref, type SearchParams, type TimelineFilter } from "./timeline";

/*
 * Pages whose state is in the query string (/trade, /timeline) are cached per
 * view: proxy.ts turns the query into a key (the view's canonical query) and
 * rewrites the request to an internal route that has the key as its one path
 * segment, so Next caches the rendered page like any prerendered one. This
 * module holds the pure half of that: keys, their path segments and back.
 */

export { VIEW_HEADER } from "./view-header";

/** The segment of the default view, whose key is "": a path segment cannot be empty. */
export const DEFAULT_VIEW_SEGMENT = "default";

/**
 * The path segment that stands for a key: the key in base64url, which has no
 * character that a router, a proxy or a file system would decode, escape or
 * refuse ("&" and "%" in a segment are each treated differently by some of them).
 */
export function viewSegment(key: string): string {
  return key === "" ? DEFAULT_VIEW_SEGMENT : Buffer.from(key, "utf8").toString("base64url");
}

/** The key a segment stands for, or undefined when `viewSegment` would not have written it so. */
export function viewKeyOfSegment(segment: string): string | undefined {
  if (segment === DEFAULT_VIEW_SEGMENT) return "";
  const key = Buffer.from(segment, "base64url").toString("utf8");
  return key !== "" && viewSegment(key) === segment ? key : undefined;
}

/** A key read back into the search parameters a page expects; a repeated name becomes a list. */
export function searchParamsOfKey(key: string): SearchParams {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(key)) {
    const previous = params[name];
    params[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return params;
}

/**
 * The cache key of a timeline address, or undefined when its page is rendered
 * for the address as given: when a notice quotes what the reader wrote, or the
 * decade is one no event touches (any "1230" is a valid decade, and caching
 * each would let a crawler fill the cache with empty lists). The keys are
 * therefore the few of `timelineViewKeys`, which are all prerendered.
 */
export function timelineViewKey(raw: SearchParams, decades: readonly number[]): string | undefined {
  const { filter, notices } = parseTimelineQuery(raw);
  if (notices.length > 0) return undefined;
  if (filter.decade !== undefined && !decades.includes(filter.decade)) return undefined;
  const key = timelineHref(filter).replace(/^\/timeline\??/, "");
  // As for the trade explorer: a filter its address does not give back is never served from another's copy.
  const again = parseTimelineQuery(searchParamsOfKey(key));
  const same = again.notices.length === 0 && JSON.stringify(again.filter) === JSON.stringify(filter);
  return same ? key : undefined;
}

/** Every cacheable timeline view: each theme or none, by each decade that has events or none. */
export function timelineViewKeys(decades: readonly number[]): string[] {
  const themes = [undefined, ...EVENT_THEMES];
  const filters: TimelineFilter[] = themes.flatMap((theme) =>
    [undefined, ...decades].map((decade) => ({ theme, decade })),
  );
  return filters.map((filter) => timelineHref(filter).replace(/^\/timeline\??/, ""));
}
