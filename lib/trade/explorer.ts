import { colorVarFor } from "../chart/trend-model";
import type { HistoryEvent, TradeObservation, TradeSeries } from "../definitions";
import { tradeEventsInRange } from "../views";
import { compareYears, type Comparison } from "./compare";
import { parseTradeParams, tradeQuery, type RawSearchParams, type TradeParamContext, type TradeView } from "./params";

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
  notices: string[];
  context: TradeParamContext;
  /** Canonical query of the view, "" for the default view. */
  query: string;
  /**
   * Changes whenever the address does, even when the view does not (a year
   * that was refused leaves the view as it was): forms are rebuilt from it so
   * they never keep showing a value the page did not use.
   */
  formKey: string;
  seriesOptions: SeriesOption[];
  /** Selected series, cut to the range: what the chart draws. */
  chartSeries: TradeSeries[];
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

export function paramContext(data: Pick<TradeExplorerData, "trade" | "series">): TradeParamContext {
  const years = data.trade.map((observation) => observation.year);
  const now = new Date().getUTCFullYear();
  return {
    minYear: years.length > 0 ? Math.min(...years) : now,
    maxYear: years.length > 0 ? Math.max(...years) : now,
    seriesIds: data.series.map((entry) => entry.id),
  };
}

export function buildTradeExplorer(raw: RawSearchParams, data: TradeExplorerData): TradeExplorer {
  const context = paramContext(data);
  const { view, notices } = parseTradeParams(raw, context);
  const colorIndex = seriesColorIndex(data.series);
  const chartSeries = seriesInView(data.series, view.series, view.from, view.to);
  const rowsInView = chartSeries
    .flatMap((entry) => entry.observations)
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  const comparison =
    view.compare === undefined ? undefined : compareYears(data.series, view.compare, view.compareSeries);

  return {
    view,
    notices,
    context,
    query: tradeQuery(view, context),
    formKey: addressKey(raw),
    seriesOptions: data.series.map((entry) => ({
      id: entry.id,
      label: entry.label,
      colorVar: colorVarFor(entry.perspective, colorIndex.get(entry.id) ?? 0),
      countInRange: observationsInRange(entry.observations, view.from, view.to).length,
      selected: view.series.includes(entry.id),
    })),
    chartSeries,
    rowsInView,
    events: tradeEventsInRange(data.events, view.from, view.to),
    comparison,
    years: Array.from({ length: context.maxYear - context.minYear + 1 }, (_, index) => {
      const year = context.minYear + index;
      return { year, hasFigure: data.trade.some((observation) => observation.year === year) };
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
