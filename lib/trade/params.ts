import type { ScaleKind, ValueMode } from "../chart/trend-model";
import { TRADE_STATUSES, type TradeStatus } from "../definitions";
import { MEASURES, type Measure } from "../official/flows";
import { quoted, type TradeParamNotice, type YearProblem } from "./notices";

/*
 * The trade explorer's state lives in the URL. This module turns a query string
 * into a valid view and back. Nothing a reader types can break the page: every
 * value that cannot be used falls back to its default and produces a notice
 * saying what was wrong, as data (lib/trade/notices.ts) that each edition
 * words in its own language.
 */

export type RawSearchParams = Record<string, string | string[] | undefined>;

export const SCALES: readonly ScaleKind[] = ["linear", "log"];
export const MODES: readonly ValueMode[] = ["absolute", "real", "index"];
export const FLOWS: readonly Measure[] = MEASURES;
export const REPORTER_CHOICES = ["both", "pk", "ru"] as const;
export type ReporterChoice = (typeof REPORTER_CHOICES)[number];
/** "official": the IMF lines with the article's and post-2020 published figures; "press": every published figure. */
export const LAYERS = ["official", "press"] as const;
export type Layer = (typeof LAYERS)[number];

/** Table columns a reader can sort by, as named in `tableSort`. */
export const TABLE_SORT_COLUMNS = [
  "period",
  "totalUsdM",
  "pkExportsUsdM",
  "pkImportsUsdM",
  "status",
  "basis",
  "perspective",
  "reporter",
] as const;
export type TableSortColumn = (typeof TABLE_SORT_COLUMNS)[number];
export type TableSort = { id: TableSortColumn; desc: boolean };

export const DEFAULT_TABLE_SORT: TableSort = { id: "period", desc: false };

export type TradeView = {
  from: number;
  to: number;
  /** Which measure of the official series, in Pakistan's terms. */
  flow: Measure;
  /** Whose official statistics are drawn. */
  reporter: ReporterChoice;
  layer: Layer;
  scale: ScaleKind;
  mode: ValueMode;
  /** Ids of the series drawn, in data order. */
  series: string[];
  /** Two different years, earlier first. */
  compare?: [number, number];
  /** Series whose figure stands for each compared year, when the reader picked them. */
  compareSeries?: [string, string];
  tableSeries?: string;
  tableStatus?: TradeStatus;
  tableSort: TableSort;
};

export type TradeParamContext = {
  /** First and last year that has a trade figure. */
  minYear: number;
  maxYear: number;
  /** First year shown when the address gives none. */
  defaultFrom: number;
  /** Every series id of published figures, in data order. */
  seriesIds: readonly string[];
  /** Ids of the official series a comparison may use besides the published ones. */
  officialSeriesIds: readonly string[];
};

export type ParsedTradeParams = { view: TradeView; notices: TradeParamNotice[] };

/** The names the explorer reads, in the order a canonical URL writes them. */
export const TRADE_PARAM_NAMES = [
  "from",
  "to",
  "flow",
  "reporter",
  "layer",
  "series",
  "scale",
  "mode",
  "compare",
  "compareSeries",
  "tableSeries",
  "tableStatus",
  "tableSort",
] as const;

function valuesOf(raw: RawSearchParams, name: string): string[] {
  const value = raw[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Values of a list parameter, given either comma-separated or repeated (as a GET form sends checkboxes). */
function listOf(raw: RawSearchParams, name: string): string[] {
  return valuesOf(raw, name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

/** The single value of a parameter; several different values are a mistake the reader is told about. */
function single(raw: RawSearchParams, name: string, notices: TradeParamNotice[]): string | undefined {
  const values = [...new Set(valuesOf(raw, name).map((value) => value.trim()))].filter((value) => value !== "");
  if (values.length > 1) {
    notices.push({ kind: "duplicate", name, count: values.length });
    return undefined;
  }
  return values[0];
}

function parseYear(value: string, context: TradeParamContext): number | YearProblem {
  if (!/^\d{4}$/.test(value)) return { kind: "notYear", given: quoted(value) };
  const year = Number(value);
  if (year < context.minYear || year > context.maxYear) {
    return { kind: "outOfRange", year, min: context.minYear, max: context.maxYear };
  }
  return year;
}

function oneOf<T extends string>(
  raw: RawSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
  notices: TradeParamNotice[],
): T {
  const value = single(raw, name, notices);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push({ kind: "badChoice", name, given: quoted(value), allowed, fallback });
  return fallback;
}

function parseRange(raw: RawSearchParams, context: TradeParamContext, notices: TradeParamNotice[]) {
  const read = (name: "from" | "to", fallback: number) => {
    const value = single(raw, name, notices);
    if (value === undefined) return fallback;
    const year = parseYear(value, context);
    if (typeof year !== "number") {
      notices.push({ kind: "badRangeYear", name, problem: year, fallback });
      return fallback;
    }
    return year;
  };
  const from = read("from", context.defaultFrom);
  const to = read("to", context.maxYear);
  if (from > to) {
    notices.push({ kind: "rangeReversed", from, to, defaultFrom: context.defaultFrom, defaultTo: context.maxYear });
    return { from: context.defaultFrom, to: context.maxYear };
  }
  return { from, to };
}

function parseSeries(raw: RawSearchParams, context: TradeParamContext, notices: TradeParamNotice[]): string[] {
  const asked = listOf(raw, "series");
  if (asked.length === 0) return [...context.seriesIds];
  const unknown = asked.filter((id) => !context.seriesIds.includes(id));
  if (unknown.length > 0) {
    notices.push({ kind: "unknownSeries", ids: unknown.map(quoted) });
  }
  const selected = context.seriesIds.filter((id) => asked.includes(id));
  if (selected.length === 0) {
    notices.push({ kind: "noSeries" });
    return [...context.seriesIds];
  }
  return selected;
}

function parseCompare(
  raw: RawSearchParams,
  context: TradeParamContext,
  notices: TradeParamNotice[],
): [number, number] | undefined {
  const values = listOf(raw, "compare");
  if (values.length === 0) return undefined;
  if (values.length !== 2) {
    notices.push({ kind: "compareCount", count: values.length });
    return undefined;
  }
  const years = values.map((value) => parseYear(value, context));
  const problems = years.filter((year): year is YearProblem => typeof year !== "number");
  if (problems.length > 0) {
    notices.push({ kind: "compareYears", problems });
    return undefined;
  }
  const [first, second] = years as [number, number];
  if (first === second) {
    notices.push({ kind: "compareSame", year: first });
    return undefined;
  }
  // A comparison always runs forward in time, whichever order the years came in.
  return first < second ? [first, second] : [second, first];
}

function parseCompareSeries(
  raw: RawSearchParams,
  context: TradeParamContext,
  notices: TradeParamNotice[],
): [string, string] | undefined {
  const values = listOf(raw, "compareSeries");
  if (values.length === 0) return undefined;
  if (values.length > 2) {
    notices.push({ kind: "compareSeriesCount" });
    return undefined;
  }
  const known = [...context.officialSeriesIds, ...context.seriesIds];
  const unknown = values.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    notices.push({ kind: "compareSeriesUnknown", ids: unknown.map(quoted) });
    return undefined;
  }
  const [first, second = first] = values as [string, string?];
  return [first, second];
}

function parseTableSort(raw: RawSearchParams, notices: TradeParamNotice[]): TableSort {
  const value = single(raw, "tableSort", notices);
  if (value === undefined) return DEFAULT_TABLE_SORT;
  const [id = "", direction = "asc"] = value.split(".");
  if ((TABLE_SORT_COLUMNS as readonly string[]).includes(id) && (direction === "asc" || direction === "desc")) {
    return { id: id as TableSortColumn, desc: direction === "desc" };
  }
  notices.push({ kind: "tableSort", given: quoted(value) });
  return DEFAULT_TABLE_SORT;
}

export function parseTradeParams(raw: RawSearchParams, context: TradeParamContext): ParsedTradeParams {
  const notices: TradeParamNotice[] = [];
  const { from, to } = parseRange(raw, context, notices);
  const flow = oneOf(raw, "flow", FLOWS, "total", notices);
  const reporter = oneOf(raw, "reporter", REPORTER_CHOICES, "both", notices);
  const layer = oneOf(raw, "layer", LAYERS, "official", notices);
  const series = parseSeries(raw, context, notices);
  let scale = oneOf(raw, "scale", SCALES, "linear", notices);
  let mode = oneOf(raw, "mode", MODES, "absolute", notices);
  // A balance goes below zero: it has no logarithm and no meaningful index.
  if (flow === "balance" && scale === "log") {
    notices.push({ kind: "logBalance" });
    scale = "linear";
  }
  if (flow === "balance" && mode === "index") {
    notices.push({ kind: "indexBalance" });
    mode = "absolute";
  }
  const compare = parseCompare(raw, context, notices);
  const compareSeries = compare === undefined ? undefined : parseCompareSeries(raw, context, notices);

  let tableSeries = single(raw, "tableSeries", notices);
  if (tableSeries !== undefined && !context.seriesIds.includes(tableSeries)) {
    notices.push({ kind: "tableSeries", given: quoted(tableSeries) });
    tableSeries = undefined;
  } else if (tableSeries !== undefined && !series.includes(tableSeries)) {
    // A series switched off on the chart takes its table filter with it; that is a choice, not a mistake.
    tableSeries = undefined;
  }
  const status = single(raw, "tableStatus", notices);
  let tableStatus: TradeStatus | undefined;
  if (status !== undefined) {
    if ((TRADE_STATUSES as readonly string[]).includes(status)) tableStatus = status as TradeStatus;
    else notices.push({ kind: "tableStatus", given: quoted(status), allowed: TRADE_STATUSES });
  }
  const tableSort = parseTableSort(raw, notices);

  return {
    view: {
      from,
      to,
      flow,
      reporter,
      layer,
      scale,
      mode,
      series,
      compare,
      compareSeries,
      tableSeries,
      tableStatus,
      tableSort,
    },
    notices,
  };
}

/**
 * The canonical query string of a view: parameters in a fixed order, defaults
 * left out, so that one view has one address.
 */
export function tradeQuery(view: TradeView, context: TradeParamContext): string {
  const params = new URLSearchParams();
  if (view.from !== context.defaultFrom) params.set("from", String(view.from));
  if (view.to !== context.maxYear) params.set("to", String(view.to));
  if (view.flow !== "total") params.set("flow", view.flow);
  if (view.reporter !== "both") params.set("reporter", view.reporter);
  if (view.layer !== "official") params.set("layer", view.layer);
  if (view.series.length !== context.seriesIds.length) params.set("series", view.series.join(","));
  if (view.scale !== "linear") params.set("scale", view.scale);
  if (view.mode !== "absolute") params.set("mode", view.mode);
  if (view.compare !== undefined) {
    params.set("compare", view.compare.join(","));
    if (view.compareSeries !== undefined) {
      const [first, second] = view.compareSeries;
      params.set("compareSeries", first === second ? first : `${first},${second}`);
    }
  }
  if (view.tableSeries !== undefined) params.set("tableSeries", view.tableSeries);
  if (view.tableStatus !== undefined) params.set("tableStatus", view.tableStatus);
  if (view.tableSort.id !== DEFAULT_TABLE_SORT.id || view.tableSort.desc !== DEFAULT_TABLE_SORT.desc) {
    params.set("tableSort", `${view.tableSort.id}${view.tableSort.desc ? ".desc" : ""}`);
  }
  const query = params.toString().replaceAll("%2C", ",");
  return query === "" ? "" : `?${query}`;
}

/**
 * The key under which the page of a view can be cached: the canonical query of
 * the view the address asks for, without its "?" ("" for the default view).
 * Parameters the explorer does not read drop out, so a tracking parameter does
 * not make a new copy. It is undefined when the page must be rendered for the
 * address as given: a notice quotes what the reader wrote, and a view that its
 * canonical query would not give back (a new part of the view that
 * `tradeQuery` does not write yet) must not be served from another's copy.
 */
export function tradeViewKey(raw: RawSearchParams, context: TradeParamContext): string | undefined {
  const parsed = parseTradeParams(raw, context);
  if (parsed.notices.length > 0) return undefined;
  const key = tradeQuery(parsed.view, context).replace(/^\?/, "");
  const again = parseTradeParams(Object.fromEntries(new URLSearchParams(key)), context);
  const same = again.notices.length === 0 && JSON.stringify(again.view) === JSON.stringify(parsed.view);
  return same ? key : undefined;
}
