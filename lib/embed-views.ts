import "server-only";
import type { ChartSeries, ScaleKind, ValueMode } from "./chart/trend-model";
import { getDataVersion } from "./data";
import type { Dataset, FinancingItem, Source, SourceRef } from "./definitions";
import {
  EMBED_SIZES,
  financingEmbedPath,
  fullViewPath,
  mirrorTradeParams,
  tradeEmbedPath,
  trendStatusNote,
  type EmbedKind,
  type EmbedTarget,
} from "./embed";
import { groupIntoSections, type FinancingSection } from "./financing";
import { labelsOf, projectLabel } from "./format";
import { getT } from "./i18n";
import { datasetFor } from "./i18n/dataset";
import { localizePath, type Locale } from "./i18n/locales";
import { messagesOf } from "./i18n/messages";
import { SITE } from "./site";
import { buildTradeExplorer, explorerData, type TradeExplorer } from "./trade/explorer";
import type { TradeNotice } from "./trade/notices";
import type { RawSearchParams } from "./trade/params";
import { citedSources } from "./views";
import { creditLine, creditWording, type CitationInput, type CitationWords } from "./citation";

/*
 * What each embed page and the oEmbed endpoint show, worked out from the data
 * and the address: the chart's inputs, its title, the sources it credits, the
 * status note, and the addresses of the embed and of the full view, in the
 * reader's language. The pages only lay these out.
 */

/**
 * A notice above an embed's chart: a sentence already in the embed's language,
 * or one of the trade explorer's notices, which the embed words itself.
 */
export type EmbedNotice = string | TradeNotice;

type EmbedCommon = {
  kind: EmbedKind;
  locale: Locale;
  title: string;
  /** What the embed says, above the chart, about address values that could not be used. */
  notices: EmbedNotice[];
  sources: Source[];
  /** "Source: …; … dashboard" in the embed's language. */
  credit: string;
  statusNote: string;
  /** Site-relative addresses of this view's embed page and full view, in the embed's language. */
  embedPath: string;
  fullPath: string;
};

export type TrendEmbedView = EmbedCommon & {
  kind: "trade" | "mirror";
  chart: {
    series: ChartSeries[];
    breaks: { x: number; label: string }[];
    yLabel: string;
    from: number;
    to: number;
    scale: ScaleKind;
    mode: ValueMode;
  };
};

export type FinancingEmbedView = EmbedCommon & { kind: "financing"; sections: FinancingSection[] };

function explorerFor(raw: RawSearchParams, data: Dataset, locale: Locale): TradeExplorer {
  return buildTradeExplorer(raw, explorerData(data), locale);
}

/** The full entries of the sources rows cite, in the order first cited. */
function fullSources(rows: readonly { sources: readonly SourceRef[] }[], data: Dataset): Source[] {
  const byId = new Map(data.sources.map((source) => [source.id, source]));
  return citedSources(rows).flatMap((ref) => {
    const source = byId.get(ref.id);
    return source === undefined ? [] : [source];
  });
}

/*
 * An embed's points lead nowhere: the pages they would open (a claim check)
 * refuse to be framed, and the embed links to its full view instead.
 */
function withoutLinks(series: readonly ChartSeries[]): ChartSeries[] {
  return series.map((entry) => ({ ...entry, points: entry.points.map((point) => ({ ...point, href: undefined })) }));
}

/** The site's name in a language: the author of every citation and the credit line's dashboard. */
function siteName(locale: Locale): string {
  return locale === "en" ? SITE.name : getT(locale)("common.site.name");
}

/** A credit line in the reader's language. */
export function localCreditLine(sources: CitationInput["sources"], locale: Locale): string {
  return creditLine(siteName(locale), sources, creditWording(getT(locale)));
}

function trendView(
  kind: "trade" | "mirror",
  explorer: TradeExplorer,
  data: Dataset,
  notices: EmbedNotice[],
  locale: Locale,
) {
  const { view } = explorer;
  const series = withoutLinks(explorer.chart.series);
  const rows = [...explorer.officialSeries.flatMap((entry) => entry.observations), ...explorer.pressPoints];
  const sources = fullSources(rows, data);
  return {
    kind,
    locale,
    title: explorer.chart.title,
    notices: [...notices, ...explorer.notices],
    sources,
    credit: localCreditLine(sources, locale),
    statusNote: trendStatusNote(series, locale),
    chart: {
      series,
      breaks: explorer.chart.breaks,
      yLabel: explorer.chart.yLabel,
      from: view.from,
      to: view.to,
      scale: view.scale,
      mode: view.mode,
    },
  };
}

export function tradeEmbedView(
  raw: RawSearchParams,
  locale: Locale = "en",
  data: Dataset = datasetFor(locale),
): TrendEmbedView {
  const explorer = explorerFor(raw, data, locale);
  return {
    ...trendView("trade", explorer, data, [], locale),
    embedPath: localizePath(locale, tradeEmbedPath(explorer.query)),
    fullPath: localizePath(locale, fullViewPath("trade", explorer.query)),
  };
}

/** Query of a mirror embed, from the parameters it was given that it reads. */
function mirrorQuery(explorer: TradeExplorer): string {
  const { view, context } = explorer;
  const params = new URLSearchParams({ direction: view.flow === "imports" ? "imports" : "exports" });
  if (view.from !== context.defaultFrom) params.set("from", String(view.from));
  if (view.to !== context.maxYear) params.set("to", String(view.to));
  if (view.scale !== "linear") params.set("scale", view.scale);
  if (view.mode !== "absolute") params.set("mode", view.mode);
  return `?${params.toString()}`;
}

export function mirrorEmbedView(
  raw: RawSearchParams,
  locale: Locale = "en",
  data: Dataset = datasetFor(locale),
): TrendEmbedView {
  const { params, notice } = mirrorTradeParams(raw, locale);
  // Only the official series count each direction, so the default range ends with their last year.
  const lastOfficialYear = Math.max(...data.official.map((observation) => observation.year));
  if (params.to === undefined && Number.isFinite(lastOfficialYear)) params.to = String(lastOfficialYear);
  const explorer = explorerFor(params, data, locale);
  const query = mirrorQuery(explorer);
  return {
    ...trendView("mirror", explorer, data, notice === undefined ? [] : [notice], locale),
    embedPath: localizePath(locale, `/embed/mirror${query}`),
    fullPath: localizePath(locale, fullViewPath("mirror", query)),
  };
}

export function financingProjects(data: Dataset = datasetFor("en")): string[] {
  return [...new Set(data.financing.map((item) => item.project))];
}

/** "12 items: 5 announced, 4 approved, 3 implemented. Offers are never added to money paid.", in the reader's language. */
export function financingStatusNote(items: readonly FinancingItem[], locale: Locale = "en"): string {
  const t = getT(locale);
  const labels = labelsOf(locale).financingStatus;
  const counts = new Map<FinancingItem["status"], number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  const parts = [...counts.entries()].map(([status, count]) =>
    t("embed.statusCount", { count, status: labels[status].toLocaleLowerCase(locale) }),
  );
  return t("embed.financingNote", { count: items.length, parts: parts.join(t("share.citation.listSeparator")) });
}

/** The financing chart's title: every project, or one. */
export function financingChartTitle(locale: Locale = "en", project?: string): string {
  const t = getT(locale);
  return project === undefined
    ? t("financing.chart.title")
    : t("financing.chart.projectTitle", { project: projectLabel(project, locale) });
}

export function financingEmbedView(
  raw: RawSearchParams,
  locale: Locale = "en",
  data: Dataset = datasetFor(locale),
): FinancingEmbedView {
  const value = raw.project;
  const asked = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  const known = financingProjects(data);
  const project = known.includes(asked) ? asked : undefined;
  const notices =
    asked !== "" && project === undefined ? [getT(locale)("embed.noProject", { project: asked.slice(0, 40) })] : [];
  const items = data.financing.filter((item) => project === undefined || item.project === project);
  const sources = fullSources(items, data);
  return {
    kind: "financing",
    locale,
    title: financingChartTitle(locale, project),
    notices,
    sources,
    credit: localCreditLine(sources, locale),
    statusNote: financingStatusNote(items, locale),
    sections: groupIntoSections(items, undefined, locale),
    embedPath: localizePath(locale, financingEmbedPath(project)),
    fullPath: localizePath(
      locale,
      fullViewPath("financing", project === undefined ? "" : `?project=${encodeURIComponent(project)}`),
    ),
  };
}

/** The view behind an embed address, for the oEmbed endpoint's title. */
export function embedViewFor(target: EmbedTarget): TrendEmbedView | FinancingEmbedView {
  const query = Object.fromEntries(new URL(target.path, "http://localhost").searchParams);
  if (target.kind === "financing") return financingEmbedView(query, target.locale);
  return target.kind === "mirror" ? mirrorEmbedView(query, target.locale) : tradeEmbedView(query, target.locale);
}

/** The citation templates of a language, for the share menu's client panel. */
export function citationWords(locale: Locale): CitationWords {
  const { apa, chicago, howPublished, note } = messagesOf(locale).share.citation;
  return { locale, apa, chicago, howPublished, note };
}

/** Everything a citation of a view needs but the day it is read. */
export function citationBasis(
  view: Pick<EmbedCommon, "title" | "sources">,
  path: string,
  locale: Locale = "en",
): Omit<CitationInput, "accessed"> {
  const sources = view.sources.map((source) => ({
    title: source.title,
    publisher: source.publisher,
    kind: source.kind,
  }));
  return {
    siteName: siteName(locale),
    title: view.title,
    url: `${SITE.url}${localizePath(locale, path)}`,
    dataVersion: getDataVersion().id,
    sources,
    credit: localCreditLine(sources, locale),
    words: citationWords(locale),
  };
}

/** What a chart's share menu offers, but the chart's id and years. */
export type ShareDetails = {
  viewPath: string;
  embed: { path: string; title: string; width: number; height: number };
  data: { label: string; href: string }[];
  citation: Omit<CitationInput, "accessed">;
};

const csv = (id: string, params: Record<string, string> = {}) =>
  `/api/datasets/${id}?${new URLSearchParams({ format: "csv", ...params }).toString().replaceAll("%2C", ",")}`;

/** The trade explorer's chart: its view, its embed, the official and published figures in range, cited. */
export function tradeShareDetails(
  explorer: TradeExplorer,
  locale: Locale = "en",
  data: Dataset = datasetFor(locale),
): ShareDetails {
  const t = getT(locale);
  const embed = tradeEmbedView(Object.fromEntries(new URLSearchParams(explorer.query)), locale, data);
  const { view } = explorer;
  const range = { from: String(view.from), to: String(view.to) };
  const series = explorer.download.series;
  return {
    viewPath: localizePath(locale, `/trade${explorer.query}#chart`),
    embed: { path: embed.embedPath, title: embed.title, ...EMBED_SIZES.trade },
    data: [
      { label: t("share.data.tradeOfficial", range), href: csv("imf-dots", range) },
      {
        label: t("share.data.tradePublished", range),
        href: csv("trade", series === undefined ? range : { ...range, series: series.join(",") }),
      },
    ],
    citation: citationBasis(embed, `/trade${explorer.query}`, locale),
  };
}

/** The overview's chart of published figures; its embed is the trade explorer's default view. */
export function homeShareDetails(
  from: number,
  to: number,
  locale: Locale = "en",
  data: Dataset = datasetFor(locale),
): ShareDetails {
  // The overview's chart title, which a citation of the overview names.
  const title = getT(locale)("share.homeTitle", { from: String(from), to: String(to) });
  const embed = tradeEmbedView({}, locale, data);
  return {
    viewPath: localizePath(locale, "/#trend"),
    embed: { path: embed.embedPath, title: embed.title, ...EMBED_SIZES.trade },
    data: [{ label: getT(locale)("share.data.tradeAll"), href: csv("trade") }],
    citation: citationBasis({ title, sources: fullSources(data.trade, data) }, "/", locale),
  };
}

export function financingShareDetails(locale: Locale = "en", data: Dataset = datasetFor(locale)): ShareDetails {
  const embed = financingEmbedView({}, locale, data);
  return {
    viewPath: localizePath(locale, "/financing#chart"),
    embed: { path: embed.embedPath, title: embed.title, ...EMBED_SIZES.financing },
    data: [{ label: getT(locale)("share.data.financingAll"), href: csv("financing") }],
    citation: citationBasis(embed, "/financing", locale),
  };
}
