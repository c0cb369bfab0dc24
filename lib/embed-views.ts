import "server-only";
import type { ChartSeries, ScaleKind, ValueMode } from "./chart/trend-model";
import { getDataset, getDataVersion } from "./data";
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
import { FINANCING_STATUS_LABELS, projectLabel } from "./format";
import { SITE } from "./site";
import { buildTradeExplorer, explorerData, type TradeExplorer } from "./trade/explorer";
import type { RawSearchParams } from "./trade/params";
import { citedSources } from "./views";
import type { CitationInput } from "./citation";

/*
 * What each embed page and the oEmbed endpoint show, worked out from the data
 * and the address: the chart's inputs, its title, the sources it credits, the
 * status note, and the addresses of the embed and of the full view. The pages
 * only lay these out.
 */

type EmbedCommon = {
  kind: EmbedKind;
  title: string;
  /** Sentences about address values that could not be used; the embed shows them above the chart. */
  notices: string[];
  sources: Source[];
  statusNote: string;
  /** Site-relative addresses of this view's embed page and full view. */
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

function explorerFor(raw: RawSearchParams, data: Dataset): TradeExplorer {
  return buildTradeExplorer(raw, explorerData(data));
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

function trendView(kind: "trade" | "mirror", explorer: TradeExplorer, data: Dataset, notices: string[]) {
  const { view } = explorer;
  const series = withoutLinks(explorer.chart.series);
  const rows = [...explorer.officialSeries.flatMap((entry) => entry.observations), ...explorer.pressPoints];
  return {
    kind,
    title: explorer.chart.title,
    notices: [...notices, ...explorer.notices],
    sources: fullSources(rows, data),
    statusNote: trendStatusNote(series),
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

export function tradeEmbedView(raw: RawSearchParams, data: Dataset = getDataset()): TrendEmbedView {
  const explorer = explorerFor(raw, data);
  return {
    ...trendView("trade", explorer, data, []),
    embedPath: tradeEmbedPath(explorer.query),
    fullPath: fullViewPath("trade", explorer.query),
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

export function mirrorEmbedView(raw: RawSearchParams, data: Dataset = getDataset()): TrendEmbedView {
  const { params, notice } = mirrorTradeParams(raw);
  // Only the official series count each direction, so the default range ends with their last year.
  const lastOfficialYear = Math.max(...data.official.map((observation) => observation.year));
  if (params.to === undefined && Number.isFinite(lastOfficialYear)) params.to = String(lastOfficialYear);
  const explorer = explorerFor(params, data);
  const query = mirrorQuery(explorer);
  return {
    ...trendView("mirror", explorer, data, notice === undefined ? [] : [notice]),
    embedPath: `/embed/mirror${query}`,
    fullPath: fullViewPath("mirror", query),
  };
}

export function financingProjects(data: Dataset = getDataset()): string[] {
  return [...new Set(data.financing.map((item) => item.project))];
}

/** "12 amounts: 5 announced, 4 approved, 3 implemented." */
export function financingStatusNote(items: readonly FinancingItem[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  const parts = [...counts.entries()].map(
    ([status, count]) => `${count} ${FINANCING_STATUS_LABELS[status as FinancingItem["status"]].toLowerCase()}`,
  );
  return `${items.length} item${items.length === 1 ? "" : "s"}: ${parts.join(", ")}. Offers are never added to money paid.`;
}

export const FINANCING_CHART_TITLE =
  "Financing amounts by project, in US dollars on a logarithmic scale, with the kind and status of each";

export function financingEmbedView(raw: RawSearchParams, data: Dataset = getDataset()): FinancingEmbedView {
  const value = raw.project;
  const asked = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  const known = financingProjects(data);
  const project = known.includes(asked) ? asked : undefined;
  const notices =
    asked !== "" && project === undefined
      ? [`No project is called “${asked.slice(0, 40)}”, so every project is shown.`]
      : [];
  const items = data.financing.filter((item) => project === undefined || item.project === project);
  return {
    kind: "financing",
    title:
      project === undefined
        ? FINANCING_CHART_TITLE
        : `Financing of ${projectLabel(project)}, in US dollars on a logarithmic scale, with the kind and status of each amount`,
    notices,
    sources: fullSources(items, data),
    statusNote: financingStatusNote(items),
    sections: groupIntoSections(items),
    embedPath: financingEmbedPath(project),
    fullPath: fullViewPath("financing", project === undefined ? "" : `?project=${encodeURIComponent(project)}`),
  };
}

/** The view behind an embed address, for the oEmbed endpoint's title. */
export function embedViewFor(target: EmbedTarget): TrendEmbedView | FinancingEmbedView {
  const query = Object.fromEntries(new URL(target.path, "http://localhost").searchParams);
  if (target.kind === "financing") return financingEmbedView(query);
  return target.kind === "mirror" ? mirrorEmbedView(query) : tradeEmbedView(query);
}

/** Everything a citation of a view needs but the day it is read. */
export function citationBasis(
  view: Pick<EmbedCommon, "title" | "sources">,
  path: string,
): Omit<CitationInput, "accessed"> {
  return {
    siteName: SITE.name,
    title: view.title,
    url: `${SITE.url}${path}`,
    dataVersion: getDataVersion().id,
    sources: view.sources.map((source) => ({ title: source.title, publisher: source.publisher, kind: source.kind })),
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
export function tradeShareDetails(explorer: TradeExplorer, data: Dataset = getDataset()): ShareDetails {
  const embed = tradeEmbedView(Object.fromEntries(new URLSearchParams(explorer.query)), data);
  const { view } = explorer;
  const range = { from: String(view.from), to: String(view.to) };
  const series = explorer.download.series;
  return {
    viewPath: `/trade${explorer.query}#chart`,
    embed: { path: embed.embedPath, title: embed.title, ...EMBED_SIZES.trade },
    data: [
      { label: `Official IMF figures, ${view.from}–${view.to}`, href: csv("imf-dots", range) },
      {
        label: `Published figures, ${view.from}–${view.to}`,
        href: csv("trade", series === undefined ? range : { ...range, series: series.join(",") }),
      },
    ],
    citation: citationBasis(embed, `/trade${explorer.query}`),
  };
}

/** The overview's chart of published figures; its embed is the trade explorer's default view. */
export function homeShareDetails(from: number, to: number, data: Dataset = getDataset()): ShareDetails {
  // The overview's chart title, which a citation of the overview names.
  const title = `Pakistan–Russia trade in US$ millions, ${from}–${to}, by reporting source`;
  const embed = tradeEmbedView({}, data);
  return {
    viewPath: "/#trend",
    embed: { path: embed.embedPath, title: embed.title, ...EMBED_SIZES.trade },
    data: [{ label: "Published trade figures, every year", href: csv("trade") }],
    citation: citationBasis({ title, sources: fullSources(data.trade, data) }, "/"),
  };
}

export function financingShareDetails(data: Dataset = getDataset()): ShareDetails {
  const embed = financingEmbedView({}, data);
  return {
    viewPath: "/financing#chart",
    embed: { path: embed.embedPath, title: embed.title, ...EMBED_SIZES.financing },
    data: [{ label: "Financing items, every project", href: csv("financing") }],
    citation: citationBasis(embed, "/financing"),
  };
}
