/*
 * What the trade explorer tells a reader about its address, kept as data: which
 * kind of mistake it was, the parameter's name, the value as given and what is
 * shown instead. Each language words a notice itself (the "trade.notices"
 * messages, rendered by components/trade/trade-notice-text.ts), so the parser
 * stays pure and the same for every edition.
 */

/** A parameter the explorer reads by name, as the address writes it. */
export type TradeParamName = string;

/** Why a value given as a year could not be used. */
export type YearProblem =
  /** Not four digits; `given` is the value as typed, cut to 40 characters. */
  | { kind: "notYear"; given: string }
  /** A year without trade figures; `min` and `max` are the years the figures cover. */
  | { kind: "outOfRange"; year: number; min: number; max: number };

/** One notice for each sentence the explorer can say about its address. */
export type TradeParamNotice =
  /** A parameter that takes one value was given `count` different ones; the default is used. */
  | { kind: "duplicate"; name: TradeParamName; count: number }
  /** A value that is none of the choices `allowed`; `fallback` is used instead. */
  | { kind: "badChoice"; name: TradeParamName; given: string; allowed: readonly string[]; fallback: string }
  /** `from` or `to` is not a usable year; `fallback` is shown instead. */
  | { kind: "badRangeYear"; name: "from" | "to"; problem: YearProblem; fallback: number }
  /** The range starts after it ends; the default range is shown. */
  | { kind: "rangeReversed"; from: number; to: number; defaultFrom: number; defaultTo: number }
  /** Series ids that do not exist; they are ignored. */
  | { kind: "unknownSeries"; ids: readonly string[] }
  /** None of the series asked for exists; every series is shown. */
  | { kind: "noSeries" }
  /** `compare` was given `count` years instead of two. */
  | { kind: "compareCount"; count: number }
  /** One or both compared years cannot be used. */
  | { kind: "compareYears"; problems: readonly YearProblem[] }
  /** `compare` was given the same year twice. */
  | { kind: "compareSame"; year: number }
  /** `compareSeries` was given more than two series. */
  | { kind: "compareSeriesCount" }
  /** `compareSeries` names series that do not exist. */
  | { kind: "compareSeriesUnknown"; ids: readonly string[] }
  /** A balance was asked for on a logarithmic scale; the linear scale is used. */
  | { kind: "logBalance" }
  /** A balance was asked for as an index; US$ millions are used. */
  | { kind: "indexBalance" }
  /** The table cannot be filtered to a series that does not exist. */
  | { kind: "tableSeries"; given: string }
  /** The table cannot be filtered to a status that does not exist; `allowed` are the statuses. */
  | { kind: "tableStatus"; given: string; allowed: readonly string[] }
  /** The table cannot be sorted that way; it is sorted by period. */
  | { kind: "tableSort"; given: string };

/** What the explorer adds about the view itself, once the address is read. */
export type TradeViewNotice =
  /** Published figures of `years` have no full-year price index, so they cannot be shown in constant dollars. */
  | { kind: "noCpi"; count: number; years: readonly number[]; which: "one" | "several" }
  /** Published figures are totals, drawn only with total trade. */
  | { kind: "totalsOnly" };

export type TradeNotice = TradeParamNotice | TradeViewNotice;

export const TRADE_NOTICE_KINDS = [
  "duplicate",
  "badChoice",
  "badRangeYear",
  "rangeReversed",
  "unknownSeries",
  "noSeries",
  "compareCount",
  "compareYears",
  "compareSame",
  "compareSeriesCount",
  "compareSeriesUnknown",
  "logBalance",
  "indexBalance",
  "tableSeries",
  "tableStatus",
  "tableSort",
  "noCpi",
  "totalsOnly",
] as const satisfies readonly TradeNotice["kind"][];

/** The longest part of a value a notice quotes; the rest is cut off with "…". */
export const QUOTE_LIMIT = 40;

/** A value as a notice quotes it: what the reader wrote, cut to a length a sentence can hold. */
export function quoted(value: string): string {
  return value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value;
}

/** A stable key for a notice, for lists of them. */
export function noticeKey(notice: TradeNotice): string {
  return JSON.stringify(notice);
}
