import type { ChartSeries, PointStatus } from "./chart/trend-model";
import { getT } from "./i18n";
import { isLocale, LOCALES, localizePath, splitLocalePath, type Locale } from "./i18n/locales";
import type { RawSearchParams } from "./trade/params";

/*
 * Which views of the site can be embedded, the address of each one's embed
 * page, and the HTML a reader pastes into their own page. Pure functions over
 * URLs and strings: the share menu, the embed pages and the oEmbed endpoint
 * all use them, so a view has one embed address wherever it is asked for.
 */

export type EmbedKind = "trade" | "mirror" | "financing";

/** Pixel size an embed is drawn at by default: as wide as a newspaper's text column allows, and tall enough to need no scrolling. */
export const EMBED_SIZES: Readonly<Record<EmbedKind, { width: number; height: number }>> = {
  trade: { width: 800, height: 820 },
  mirror: { width: 800, height: 720 },
  financing: { width: 800, height: 1600 },
};

/** Parameters of the trade explorer that change what its chart draws; table and comparison state stay on /trade. */
export const TRADE_EMBED_PARAMS = ["from", "to", "flow", "reporter", "layer", "series", "scale", "mode"] as const;
/** The mirror embed draws both countries' count of one direction of trade. */
export const MIRROR_DIRECTIONS = ["exports", "imports"] as const;
export type MirrorDirection = (typeof MIRROR_DIRECTIONS)[number];
const MIRROR_PARAMS = ["direction", "from", "to", "scale", "mode"] as const;

function keep(params: URLSearchParams, names: readonly string[]): string {
  const kept = new URLSearchParams();
  for (const name of names) for (const value of params.getAll(name)) kept.append(name, value);
  const query = kept.toString().replaceAll("%2C", ",");
  return query === "" ? "" : `?${query}`;
}

/** The embed page of a trade explorer query ("?from=2003&flow=exports" or ""). */
export function tradeEmbedPath(query: string): string {
  return `/embed/trade${keep(new URLSearchParams(query), TRADE_EMBED_PARAMS)}`;
}

export function financingEmbedPath(project?: string): string {
  return project === undefined ? "/embed/financing" : `/embed/financing?${new URLSearchParams({ project })}`;
}

/** The full view an embed links back to. */
export function fullViewPath(kind: EmbedKind, query: string): string {
  const params = new URLSearchParams(query);
  if (kind === "financing") {
    const project = params.get("project");
    return project === null || project === "" ? "/financing" : `/financing#${encodeURIComponent(project)}`;
  }
  if (kind === "mirror") {
    const trade = new URLSearchParams(keep(params, ["from", "to"]));
    trade.set("flow", mirrorDirection(params.get("direction") ?? undefined).direction);
    trade.set("reporter", "both");
    for (const name of ["scale", "mode"]) {
      const value = params.get(name);
      if (value !== null) trade.set(name, value);
    }
    return `/trade?${trade.toString()}`;
  }
  return `/trade${keep(params, TRADE_EMBED_PARAMS)}`;
}

/** The direction asked for, or exports with a notice in the reader's language. */
export function mirrorDirection(
  value: string | undefined,
  locale: Locale = "en",
): { direction: MirrorDirection; notice?: string } {
  if (value === undefined || value === "") return { direction: "exports" };
  if ((MIRROR_DIRECTIONS as readonly string[]).includes(value)) return { direction: value as MirrorDirection };
  return { direction: "exports", notice: getT(locale)("embed.badDirection", { value: value.slice(0, 40) }) };
}

/**
 * The trade explorer's address state for the mirror embed: both countries'
 * count of Pakistan's exports (or imports), in the years and dollars asked for.
 */
export function mirrorTradeParams(
  raw: RawSearchParams,
  locale: Locale = "en",
): { params: RawSearchParams; notice?: string } {
  const value = raw.direction;
  const { direction, notice } = mirrorDirection(Array.isArray(value) ? value[0] : value, locale);
  const params: RawSearchParams = { flow: direction, reporter: "both" };
  for (const name of MIRROR_PARAMS) if (name !== "direction" && raw[name] !== undefined) params[name] = raw[name];
  return { params, notice };
}

/** Characters that would end an attribute value or start markup, written as entities. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character] ?? character,
  );
}

/**
 * The `<iframe>` a reader pastes: full width of the column up to the size the
 * chart is drawn for, a fixed height that needs no scrolling, loaded lazily,
 * with a title for screen readers.
 */
export function embedCode(input: { src: string; title: string; width: number; height: number }): string {
  return `<iframe src="${escapeHtml(input.src)}" title="${escapeHtml(input.title)}" width="${input.width}" height="${input.height}" loading="lazy" style="width:100%;max-width:${input.width}px;border:0"></iframe>`;
}

/** An embed page: what it draws, its address (in its language) and the language it speaks. */
export type EmbedTarget = { kind: EmbedKind; path: string; locale: Locale };

export type EmbedLookup = { ok: true; target: EmbedTarget } | { ok: false; status: 400 | 404; error: string };

/**
 * The embed page for a URL of this site, if it has one. A URL that is not
 * absolute http(s), or belongs to another site, is a bad request (400); a page
 * of this site without a chart to embed is not found (404). `/` embeds the
 * trade chart's default view, `/financing#<project>` one project. A page of
 * the Urdu or Russian edition (`/ur/financing`) embeds in its language, or in
 * the language `lang` asks for.
 */
export function resolveEmbed(
  url: string | null,
  allowedOrigins: readonly string[],
  projects: readonly string[],
  lang?: string | null,
): EmbedLookup {
  if (lang !== undefined && lang !== null && lang !== "" && !isLocale(lang)) {
    return { ok: false, status: 400, error: `“lang” is one of ${LOCALES.join(", ")}; got “${lang.slice(0, 20)}”` };
  }
  if (url === null || url.trim() === "")
    return { ok: false, status: 400, error: "“url” is required: the address of a page of this site" };
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, status: 400, error: `“url” is not an absolute URL: “${url.slice(0, 80)}”` };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { ok: false, status: 400, error: "“url” must be an http or https address of this site" };
  }
  if (!allowedOrigins.includes(parsed.origin)) {
    return { ok: false, status: 400, error: `“url” must be an address of this site (${allowedOrigins.join(" or ")})` };
  }
  const split = splitLocalePath(parsed.pathname.replace(/\/+$/, "") || "/");
  const path = split.path;
  const locale = isLocale(lang) ? lang : split.locale;
  const target = (kind: EmbedKind, embedPath: string): EmbedLookup => ({
    ok: true,
    target: { kind, path: localizePath(locale, embedPath), locale },
  });
  const query = parsed.search;
  switch (path) {
    case "/":
      return target("trade", "/embed/trade");
    case "/trade":
    case "/embed/trade":
      return target("trade", tradeEmbedPath(query));
    case "/embed/mirror":
      return target("mirror", `/embed/mirror${keep(parsed.searchParams, MIRROR_PARAMS)}`);
    case "/financing":
    case "/embed/financing": {
      const asked = parsed.searchParams.get("project") ?? decodeURIComponent(parsed.hash.slice(1));
      const project = projects.includes(asked) ? asked : undefined;
      return target("financing", financingEmbedPath(project));
    }
    default:
      return {
        ok: false,
        status: 404,
        error: `${path.slice(0, 80)} has no chart to embed; embeddable pages are /, /trade and /financing`,
      };
  }
}

export type OembedRich = {
  type: "rich";
  version: "1.0";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
};

/** An optional positive whole number of pixels, as oEmbed's maxwidth and maxheight are. */
export function parsePixels(name: string, value: string | null): number | undefined | { error: string } {
  if (value === null || value === "") return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) {
    return { error: `“${name}” must be a whole number of pixels; got “${value.slice(0, 40)}”` };
  }
  return Number(value);
}

/** The rich oEmbed answer for an embed page, within the consumer's maximum size when it gives one. */
export function oembedResponse(input: {
  origin: string;
  providerName: string;
  target: EmbedTarget;
  title: string;
  maxWidth?: number;
  maxHeight?: number;
  cacheAge: number;
}): OembedRich {
  const size = EMBED_SIZES[input.target.kind];
  const width = Math.min(size.width, input.maxWidth ?? size.width);
  const height = Math.min(size.height, input.maxHeight ?? size.height);
  return {
    type: "rich",
    version: "1.0",
    title: input.title,
    provider_name: input.providerName,
    provider_url: `${input.origin}/`,
    html: embedCode({ src: `${input.origin}${input.target.path}`, title: input.title, width, height }),
    width,
    height,
    cache_age: input.cacheAge,
  };
}

/**
 * The origins a request may have come in through: the configured site URL,
 * and the request's own origin when its host is a plain host name or address
 * with an optional port (a forwarded header that is anything else is ignored).
 */
export function requestOrigins(
  configured: string,
  headers: { host?: string | null; forwardedHost?: string | null; forwardedProto?: string | null },
): string[] {
  const origins = [new URL(configured).origin];
  const host = (headers.forwardedHost ?? headers.host ?? "").split(",")[0]?.trim() ?? "";
  const proto = (headers.forwardedProto ?? "http").split(",")[0]?.trim().toLowerCase();
  if (
    /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/i.test(host) &&
    (proto === "http" || proto === "https")
  ) {
    const origin = new URL(`${proto}://${host}`).origin;
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}

/** "42 figures: 40 reported, 2 unverified. Years without a figure are left blank.", in the reader's language. */
export function trendStatusNote(series: readonly ChartSeries[], locale: Locale = "en"): string {
  const t = getT(locale);
  const points = series.flatMap((entry) => entry.points);
  if (points.length === 0) return t("embed.trendEmpty");
  const counts = new Map<PointStatus, number>();
  for (const point of points) counts.set(point.status, (counts.get(point.status) ?? 0) + 1);
  const parts = [...counts.entries()].map(([status, count]) =>
    t("embed.statusCount", { count, status: t(`embed.pointStatus.${status}`) }),
  );
  return t("embed.trendNote", { count: points.length, parts: parts.join(t("share.citation.listSeparator")) });
}

/** The address a consumer asks for a view's oEmbed answer, as the discovery link gives it. */
export function oembedDiscoveryHref(siteUrl: string, viewUrl: string): string {
  return `${siteUrl}/api/oembed?${new URLSearchParams({ url: viewUrl, format: "json" }).toString()}`;
}
