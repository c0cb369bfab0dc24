import { colorVarFor, type ChartSeries } from "../chart/trend-model";
import type {
  Claim,
  CpiYear,
  Dataset,
  HistoryEvent,
  OfficialObservation,
  OfficialReporter,
  SourceRef,
  TradeObservation,
  TradeSeries,
} from "../definitions";
import { getT, type Locale } from "../i18n";
import { deflator, latestCpiYear } from "../official/constant-dollars";
import {
  ussrBreak,
  claimLinks,
  deflateObservations,
  officialChartSeries,
  pressChartSeries,
  pressFiguresForLayer,
} from "./chart-view";
import { officialSeries, officialSeriesId, officialTableRows, type OfficialTableRow } from "./official-series";
import { tradeEventsInRange } from "../views";
import { compareYears, type Comparison } from "./compare";
import type { TradeNotice } from "./notices";
import {
  DEFAULT_TABLE_SORT,
  parseTradeParams,
  tradeQuery,
  type RawSearchParams,
  type TradeParamContext,
  type TradeView,
} from "./params";

/*
 * Everything the trade explorer page shows, worked out from the data and the
 * address in one pure function, so the page only composes components and every
 * rule (what is in range, which rows the table lists, what the downloads hold)
 * is tested here.
 */

export type TradeExplorerData = {
  trade: readonly TradeObservation[];
  series: readonly TradeSeries[];
  events: readonly HistoryEvent[];
  official: readonly OfficialObservation[];
  cpi: readonly CpiYear[];
  claims: readonly Claim[];
  sources: readonly SourceRef[];
};

/** The part of the dataset the explorer reads, for every page and embed that draws its chart. */
export function explorerData(dataset: Dataset): TradeExplorerData {
  return {
    trade: dataset.trade,
    series: dataset.tradeSeries,
    events: dataset.events,
    official: dataset.official,
    cpi: dataset.usCpi,
    claims: dataset.claims,
    sources: dataset.sources,
  };
}

/** Which dollars the view's values are in, said the same way on the axis, in tooltips, tables and downloads. */
export type Dollars = {
  kind: "current" | "constant";
  /** Base year of constant dollars. */
  baseYear?: number;
  /** E.g. "US$ millions" or "constant 2024 US$ millions". */
  unit: string;
  /** Appended to a value in running text: "" or " (constant 2024 dollars)". */
  suffix: string;
};

export type SeriesOption = {
  id: string;
  label: string;
  colorVar: string;
  /** Figures of this series in the chosen range. */
  countInRange: number;
  selected: boolean;
};

export type TradeExplorer = {
  view: TradeView;
  /** What the page says about its address and about what it cannot draw, worded by each edition. */
  notices: TradeNotice[];
  context: TradeParamContext;
  /** Canonical query of the view, "" for the default view. */
  query: string;
  /**
   * Canonical query of what the chart and the official sections show: the view
   * without its comparison and table settings. Their HTML is the same for every
   * view with this query, so it names them and the page they are read from.
   */
  chartQuery: string;
  /**
   * Changes whenever the address does, even when the view does not (a year
   * that was refused leaves the view as it was): forms are rebuilt from it so
   * they never keep showing a value the page did not use.
   */
  formKey: string;
  seriesOptions: SeriesOption[];
  /** Selected series of published figures, cut to the range. */
  chartSeries: TradeSeries[];
  /** The official series drawn, cut to the range, in the view's dollars. */
  officialSeries: TradeSeries[];
  /** Published figures drawn as points, in the view's dollars. */
  pressPoints: TradeObservation[];
  /** Everything the main chart draws, lines first. */
  chart: { series: ChartSeries[]; breaks: { x: number; label: string }[]; yLabel: string; title: string };
  dollars: Dollars;
  /** Both countries' counts of every measure, year by year, in range. */
  officialTable: OfficialTableRow[];
  /** The series whose points the chart draws, for tooltips: official ones and published ones cut to the drawn points. */
  detailSeries: TradeSeries[];
  /** Figures drawn on the chart, in time order: what the table lists before its own filters. */
  rowsInView: TradeObservation[];
  events: HistoryEvent[];
  comparison?: Comparison;
  /** Every year from the first to the last figure, and whether any series has a figure for it. */
  years: { year: number; hasFigure: boolean }[];
  /**
   * Rows of the CSV downloads: the figures of the shown series in the range,
   * and every figure; `series` is set only when some series are hidden.
   */
  download: { rangeRows: number; allRows: number; series?: string[] };
};

/** Figures whose year lies in [from, to]; the same rule as the data API's `from` and `to`. */
export function observationsInRange<T extends Pick<TradeObservation, "year">>(
  observations: readonly T[],
  from: number,
  to: number,
): T[] {
  return observations.filter((observation) => observation.year >= from && observation.year <= to);
}

/** The selected series with only their figures in range; series left without a figure are dropped. */
export function seriesInView(
  series: readonly TradeSeries[],
  selected: readonly string[],
  from: number,
  to: number,
): TradeSeries[] {
  return series
    .filter((entry) => selected.includes(entry.id))
    .map((entry) => ({ ...entry, observations: observationsInRange(entry.observations, from, to) }))
    .filter((entry) => entry.observations.length > 0);
}

/**
 * A series keeps its colour whatever else is shown: its place among all series
 * of the same perspective, not among those drawn.
 */
export function seriesColorIndex(series: readonly TradeSeries[]): Map<string, number> {
  const counts = new Map<string, number>();
  const indexes = new Map<string, number>();
  for (const entry of series) {
    const index = counts.get(entry.perspective) ?? 0;
    counts.set(entry.perspective, index + 1);
    indexes.set(entry.id, index);
  }
  return indexes;
}

/** The address as given, in a stable order. */
export function addressKey(raw: RawSearchParams): string {
  return Object.entries(raw)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value ?? ""]).map((item) => `${name}=${item}`))
    .sort()
    .join("&");
}

const OFFICIAL_REPORTERS: OfficialReporter[] = ["pk", "ru"];
/** The default view starts with the Russian Federation's first year; earlier years are the USSR's. */
const DEFAULT_FROM = 1992;

export function paramContext(data: Pick<TradeExplorerData, "trade" | "series" | "official">): TradeParamContext {
  const years = [...data.trade, ...data.official].map((observation) => observation.year);
  const now = new Date().getUTCFullYear();
  const minYear = years.length > 0 ? Math.min(...years) : now;
  const maxYear = years.length > 0 ? Math.max(...years) : now;
  return {
    minYear,
    maxYear,
    defaultFrom: Math.min(Math.max(DEFAULT_FROM, minYear), maxYear),
    seriesIds: data.series.map((entry) => entry.id),
    officialSeriesIds: OFFICIAL_REPORTERS.flatMap((reporter) =>
      (["total", "exports", "imports", "balance"] as const).map((measure) => officialSeriesId(reporter, measure)),
    ),
  };
}

/** Series of published figures named in the locale's words (the reporter's name comes translated with the data). */
export function buildTradeExplorer(
  raw: RawSearchParams,
  given: TradeExplorerData,
  locale: Locale = "en",
): TradeExplorer {
  const t = getT(locale);
  // The data is already in the page's language (datasetFor): series labels, reporters and notes included.
  const data = given;
  const context = paramContext(data);
  const parsed = parseTradeParams(raw, context);
  const { view } = parsed;
  const notices: TradeNotice[] = [...parsed.notices];
  const colorIndex = seriesColorIndex(data.series);
  const chartSeries = seriesInView(data.series, view.series, view.from, view.to);
  const rowsInView = chartSeries
    .flatMap((entry) => entry.observations)
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));

  const baseYear = latestCpiYear(data.cpi);
  const deflate = view.mode === "real" && baseYear !== undefined ? deflator(data.cpi, baseYear) : undefined;
  const dollars: Dollars =
    deflate === undefined
      ? { kind: "current", unit: t("trade.dollars.current"), suffix: "" }
      : {
          kind: "constant",
          baseYear: deflate.baseYear,
          unit: t("trade.dollars.constant", { year: String(deflate.baseYear) }),
          suffix: t("trade.dollars.suffix", { year: String(deflate.baseYear) }),
        };
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const reporters = view.reporter === "both" ? OFFICIAL_REPORTERS : [view.reporter];
  // Every official series of the flow, whole, for comparisons; the chart draws the chosen reporters in range.
  const allOfficial = OFFICIAL_REPORTERS.map((reporter) =>
    officialSeries(data.official, reporter, view.flow, { sources, deflate, locale }),
  );
  const officialInView = allOfficial
    .filter((entry) => entry.official !== undefined && reporters.includes(entry.official.reporter))
    .map((entry) => ({ ...entry, observations: observationsInRange(entry.observations, view.from, view.to) }))
    .filter((entry) => entry.observations.length > 0);

  // Published figures are totals: they are drawn beside the official totals only.
  const pressCandidates = view.flow === "total" ? pressFiguresForLayer(rowsInView, view.layer) : [];
  const pressDeflated =
    deflate === undefined ? { kept: pressCandidates, dropped: [] } : deflateObservations(pressCandidates, deflate);
  if (pressDeflated.dropped.length > 0 && deflate !== undefined) {
    const years = [...new Set(pressDeflated.dropped.map((observation) => observation.year))];
    notices.push({
      kind: "noCpi",
      count: pressDeflated.dropped.length,
      years,
      // "that year" only for the year after the index's last, as the sentence has always said.
      which: years.length === 1 && years[0] === deflate.baseYear + 1 ? "one" : "several",
    });
  }
  const pressPoints = pressDeflated.kept;
  if (view.flow !== "total" && view.layer === "press") {
    notices.push({ kind: "totalsOnly" });
  }
  const dollarsLabel = dollars.unit;
  const ussrBreakRule = ussrBreak(locale);
  const comparison =
    view.compare === undefined
      ? undefined
      : compareYears(
          // Published figures are totals: they can stand for a year only when the flow is total trade.
          [...allOfficial, ...(view.flow === "total" ? data.series.map((entry) => deflateSeries(entry, deflate)) : [])],
          view.compare,
          view.compareSeries,
        );

  return {
    view,
    notices,
    context,
    query: tradeQuery(view, context),
    chartQuery: tradeQuery(
      {
        ...view,
        compare: undefined,
        compareSeries: undefined,
        tableSeries: undefined,
        tableStatus: undefined,
        tableSort: DEFAULT_TABLE_SORT,
      },
      context,
    ),
    formKey: addressKey(raw),
    seriesOptions: data.series.map((entry) => ({
      id: entry.id,
      label: entry.label,
      colorVar: colorVarFor(entry.perspective, colorIndex.get(entry.id) ?? 0),
      countInRange: observationsInRange(entry.observations, view.from, view.to).length,
      selected: view.series.includes(entry.id),
    })),
    chartSeries,
    officialSeries: officialInView,
    pressPoints,
    chart: {
      series: [
        ...officialChartSeries(officialInView, dollars.suffix, locale),
        ...pressChartSeries(pressPoints, claimLinks(data.claims), locale),
      ],
      breaks: view.from < ussrBreakRule.x && view.to > ussrBreakRule.x ? [ussrBreakRule] : [],
      yLabel: view.mode === "index" ? t("trade.explorer.indexAxis") : dollarsLabel,
      title: t("trade.explorer.title", {
        measure: t(`trade.measures.${view.flow}`),
        whose: t(`trade.explorer.whose.${view.reporter}`),
        range: `${view.from}–${view.to}`,
        values: view.mode === "index" ? t("trade.explorer.asIndex") : dollarsLabel,
      }),
    },
    dollars,
    officialTable: officialTableRows(data.official, view, deflate),
    detailSeries: [
      ...officialInView,
      ...chartSeries.map((entry) => ({
        ...entry,
        observations: pressPoints.filter((point) => point.seriesId === entry.id),
      })),
    ],
    rowsInView,
    events: tradeEventsInRange(data.events, view.from, view.to),
    comparison,
    years: Array.from({ length: context.maxYear - context.minYear + 1 }, (_, index) => {
      const year = context.minYear + index;
      return {
        year,
        // Published figures are totals: for another flow only the official series can stand for a year.
        hasFigure:
          (view.flow === "total" && data.trade.some((observation) => observation.year === year)) ||
          allOfficial.some((entry) => entry.observations.some((observation) => observation.year === year)),
      };
    }),
    download: {
      rangeRows: observationsInRange(
        data.trade.filter((observation) => view.series.includes(observation.seriesId)),
        view.from,
        view.to,
      ).length,
      allRows: data.trade.length,
      series: view.series.length < data.series.length ? [...view.series] : undefined,
    },
  };
}

function deflateSeries(series: TradeSeries, deflate: ReturnType<typeof deflator> | undefined): TradeSeries {
  if (deflate === undefined) return series;
  return { ...series, observations: deflateObservations(series.observations, deflate).kept };
}
