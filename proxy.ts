import { NextResponse, type NextRequest } from "next/server";
import { timelineViewKey, VIEW_HEADER, viewSegment } from "@/lib/cached-views";
import { getEvents, getOfficial, getTrade, getTradeSeries } from "@/lib/data";
import { decadeCounts } from "@/lib/timeline";
import { paramContext } from "@/lib/trade/explorer";
import { tradeViewKey } from "@/lib/trade/params";
import { splitLocalePath } from "@/lib/i18n/locales";

/*
 * /trade and /timeline keep their state in the query string, so Next would
 * render them on every request. Here each address is turned into the key of
 * the view it asks for (its canonical query), and the request is rewritten to
 * an internal route with that key as its path segment, which Next caches like
 * a prerendered page. The address in the browser, its query and the page's
 * HTML without JavaScript stay exactly what they were.
 *
 * The proxy only names the view, in a request header; the rewrite itself is
 * the one in next.config.ts. A rewrite returned from here would be taken for
 * one to another server (and forwarded over HTTP, at twice the cost) whenever
 * `next start -H <host>` names a host other than "localhost", because the URL
 * the proxy is given always says "localhost".
 *
 * An address whose page quotes the reader's own words (a notice about a value
 * it could not use) has no key and is rendered for that address, as before.
 * The internal routes render only canonical keys (anything else is a 404), so
 * no one can add a cached copy under a made-up segment.
 *
 * Proxy runs in the Node.js runtime of the same server and reads the same
 * data, parsed once per process, as the pages it routes to.
 */

/**
 * What a CDN may do with a page rendered per request: keep it, as it keeps the
 * prerendered ones (Next sends those with `s-maxage=31536000`), since the page
 * depends only on its address and on data that change only with a new build.
 * A day rather than a year, because this header is set before the page is
 * rendered and would also be sent with an error page.
 */
const RENDERED_PER_REQUEST_CACHE_CONTROL = "s-maxage=86400";

/*
 * What the keys are checked against: the trade view's context (its years and
 * series) and the timeline's decades. Both follow from the data alone, which
 * is parsed once per process, so they are worked out once, not per request.
 */
let tradeContext: ReturnType<typeof paramContext> | undefined;
let timelineDecades: number[] | undefined;

function viewKey(pathname: string, query: URLSearchParams): string | undefined {
  // As Next hands search parameters to a page: one value as a string, a repeated name as a list.
  const raw = Object.fromEntries(
    [...new Set(query.keys())].map((name) => {
      const values = query.getAll(name);
      return [name, values.length === 1 ? values[0] : values];
    }),
  );
  // The same views in every language: "/ur/trade?flow=balance" has the key of "/trade?flow=balance".
  const { path } = splitLocalePath(pathname);
  if (path === "/trade") {
    tradeContext ??= paramContext({ trade: getTrade(), series: getTradeSeries(), official: getOfficial() });
    return tradeViewKey(raw, tradeContext);
  }
  if (path === "/timeline") {
    timelineDecades ??= decadeCounts(getEvents()).map(({ decade }) => decade);
    return timelineViewKey(raw, timelineDecades);
  }
  return undefined;
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const key = viewKey(pathname, searchParams);
  // The header is the proxy's alone: one a client sent is dropped before the rewrite can see it.
  const headers = new Headers(request.headers);
  headers.delete(VIEW_HEADER);
  if (key !== undefined) headers.set(VIEW_HEADER, viewSegment(key));
  const response = NextResponse.next({ request: { headers } });
  if (key === undefined) response.headers.set("Cache-Control", RENDERED_PER_REQUEST_CACHE_CONTROL);
  return response;
}

export const config = {
  matcher: ["/trade", "/timeline", "/:lang(ur|ru)/trade", "/:lang(ur|ru)/timeline"],
};
