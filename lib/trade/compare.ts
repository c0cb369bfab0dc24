import type { TradeObservation, TradeSeries, TradeStatus } from "../definitions";
import { formatUsdMillions } from "../format";
import type { Locale } from "../i18n/locales";
import { caveatPeriod, type CaveatSeries, type CompareCaveat, type CompareNote } from "./caveats";

/*
 * Comparing two years. Which figure stands for a year is the hard part: several
 * series may have one, and none may. The rules, which the page also states:
 * - a year is represented by a series' figure whose period falls in that year
 *   (FY2012-13 counts as 2013, the year it ends);
 * - by default both years come from one series, so that reporter, perspective
 *   and basis are the same on both sides; when several series have both years,
 *   the one with the more reliable pair of figures wins, then the longer series;
 * - a reader may pick another series, or a different series for each year, and
 *   is then warned about everything that differs between the two figures;
 * - when a year has no figure, nothing is computed and nothing is estimated.
 */

export type Figure = { series: TradeSeries; observation: TradeObservation };

export type CompareSide = {
  year: number;
  /** One figure per series that has this year. */
  figures: Figure[];
  chosen?: Figure;
  /** Nearest years before and after that have any figure, when this one has none. */
  nearest?: { before?: number; after?: number };
};

export type CompareResult = {
  change: number;
  /** Fraction, e.g. 5.848 for +584.8 %; undefined when the earlier figure is zero. */
  percentChange?: number;
  /** Fraction per year; undefined when either figure is not positive. */
  cagr?: number;
  /** Years between the middles of the two periods. */
  elapsedYears: number;
};

export type Comparison = {
  from: CompareSide;
  to: CompareSide;
  /** Series that have a figure for both years, best first. */
  commonSeries: TradeSeries[];
  /** How the two figures were chosen. */
  choice: "one-series" | "picked" | "none";
  result?: CompareResult;
  /** What a reader must know before trusting the result, as data each language words (lib/trade/caveats.ts). */
  caveats: CompareCaveat[];
  /** Why the comparison differs from what the address asked for, as data each language words. */
  notes: CompareNote[];
  /** Years between the two in the chosen series that have no figure. */
  gapYears: number[];
};

export function absoluteChange(from: number, to: number): number {
  return to - from;
}

/** Change as a fraction of the earlier value; undefined when the earlier value is zero. */
export function percentChange(from: number, to: number): number | undefined {
  if (from === 0) return undefined;
  return (to - from) / Math.abs(from);
}

/**
 * Compound annual growth rate: the constant yearly rate that turns `from` into
 * `to` over `years`. Undefined for values that are not positive or a span that
 * is not, where the formula has no meaning.
 */
export function cagr(from: number, to: number, years: number): number | undefined {
  if (!(from > 0) || !(to > 0) || !(years > 0)) return undefined;
  return (to / from) ** (1 / years) - 1;
}

const STATUS_RANK: Record<TradeStatus, number> = { reported: 0, derived: 1, approximate: 2, unverified: 3 };

function monthsCovered(observation: TradeObservation): number {
  return (observation.end.year - observation.start.year) * 12 + observation.end.month - observation.start.month + 1;
}

/** The figure a series gives for a year; the one covering most months when it gives several. */
export function figureForYear(series: TradeSeries, year: number): TradeObservation | undefined {
  return series.observations
    .filter((observation) => observation.year === year)
    .sort((a, b) => monthsCovered(b) - monthsCovered(a))[0];
}

export function figuresForYear(series: readonly TradeSeries[], year: number): Figure[] {
  return series.flatMap((entry) => {
    const observation = figureForYear(entry, year);
    return observation === undefined ? [] : [{ series: entry, observation }];
  });
}

/** Series with a figure for both years, the most reliable pair first, then the longest series. */
export function rankCommonSeries(series: readonly TradeSeries[], from: number, to: number): TradeSeries[] {
  const scored = series.flatMap((entry, order) => {
    const a = figureForYear(entry, from);
    const b = figureForYear(entry, to);
    if (a === undefined || b === undefined) return [];
    const worst = Math.max(STATUS_RANK[a.status], STATUS_RANK[b.status]);
    return [{ entry, official: entry.official === undefined ? 1 : 0, worst, length: entry.observations.length, order }];
  });
  // An official series comes first: one statistical office's figures for both years, all valued alike.
  return scored
    .sort((a, b) => a.official - b.official || a.worst - b.worst || b.length - a.length || a.order - b.order)
    .map((item) => item.entry);
}

function nearestYears(series: readonly TradeSeries[], year: number): { before?: number; after?: number } {
  const years = series.flatMap((entry) => entry.observations.map((observation) => observation.year));
  const before = years.filter((value) => value < year);
  const after = years.filter((value) => value > year);
  return {
    before: before.length > 0 ? Math.max(...before) : undefined,
    after: after.length > 0 ? Math.min(...after) : undefined,
  };
}

function caveatsFor(from: Figure, to: Figure, all: readonly TradeObservation[]): CompareCaveat[] {
  const caveats: CompareCaveat[] = [];
  for (const [side, figure] of [
    ["earlier", from],
    ["later", to],
  ] as const) {
    const { observation } = figure;
    const period = caveatPeriod(observation);
    if (observation.status !== "reported") caveats.push({ kind: "status", period, status: observation.status });
    if (observation.atLeast) caveats.push({ kind: "floor", period, side });
    if (observation.basis === "partial") {
      caveats.push({ kind: "partYear", period, start: observation.start, end: observation.end });
    }
    const rivals = all.filter((other) => observation.conflictsWith.includes(other.id));
    if (rivals.length > 0) {
      caveats.push({
        kind: "conflict",
        period,
        rivals: rivals.map(({ totalUsdM, atLeast, reporter }) => ({ totalUsdM, atLeast, reporter })),
      });
    }
  }
  if (from.series.id !== to.series.id) {
    const named = ({ id, label }: TradeSeries): CaveatSeries => ({ id, label });
    caveats.push({ kind: "differentSeries", from: named(from.series), to: named(to.series) });
    if (from.series.perspective !== to.series.perspective) {
      caveats.push({ kind: "differentPerspectives", from: from.series.perspective, to: to.series.perspective });
    }
    if (from.series.basis !== to.series.basis) {
      caveats.push({ kind: "differentBases", from: from.series.basis, to: to.series.basis });
    }
  }
  return caveats;
}

/** Years strictly between the two compared figures for which the series has nothing. */
function gapsBetween(series: TradeSeries, from: number, to: number): number[] {
  const covered = new Set(series.observations.map((observation) => observation.year));
  const gaps: number[] = [];
  for (let year = from + 1; year < to; year += 1) if (!covered.has(year)) gaps.push(year);
  return gaps;
}

/**
 * Compares two years from the given series. `picked` names the series whose
 * figure stands for each year, when the reader chose them.
 */
export function compareYears(
  series: readonly TradeSeries[],
  years: readonly [number, number],
  picked?: readonly [string, string],
): Comparison {
  const [fromYear, toYear] = years;
  const fromFigures = figuresForYear(series, fromYear);
  const toFigures = figuresForYear(series, toYear);
  const commonSeries = rankCommonSeries(series, fromYear, toYear);
  const notes: CompareNote[] = [];

  let chosen: [Figure, Figure] | undefined;
  let choice: Comparison["choice"] = "none";
  if (picked !== undefined) {
    const a = fromFigures.find((figure) => figure.series.id === picked[0]);
    const b = toFigures.find((figure) => figure.series.id === picked[1]);
    if (a !== undefined && b !== undefined) {
      chosen = [a, b];
      choice = a.series.id === b.series.id ? "one-series" : "picked";
    } else {
      const missing = [
        ...(a === undefined ? [{ series: picked[0], year: fromYear }] : []),
        ...(b === undefined ? [{ series: picked[1], year: toYear }] : []),
      ];
      notes.push({ kind: "unusablePick", missing });
    }
  }
  const best = commonSeries[0];
  if (chosen === undefined && best !== undefined) {
    const a = fromFigures.find((figure) => figure.series.id === best.id);
    const b = toFigures.find((figure) => figure.series.id === best.id);
    if (a !== undefined && b !== undefined) {
      chosen = [a, b];
      choice = "one-series";
    }
  }

  const side = (year: number, figures: Figure[], pick: Figure | undefined): CompareSide => ({
    year,
    figures,
    chosen: pick,
    nearest: figures.length === 0 ? nearestYears(series, year) : undefined,
  });

  if (chosen === undefined) {
    return {
      from: side(fromYear, fromFigures, undefined),
      to: side(toYear, toFigures, undefined),
      commonSeries,
      choice: "none",
      caveats: [],
      notes,
      gapYears: [],
    };
  }

  const [a, b] = chosen;
  const all = series.flatMap((entry) => entry.observations);
  const start = a.observation.totalUsdM;
  const end = b.observation.totalUsdM;
  // Time between the middles of the two periods, to the month: exactly the
  // difference of the years for two figures of one series.
  const elapsedYears = Math.round((b.observation.x - a.observation.x) * 12) / 12;
  for (const figure of [a, b]) {
    const others = figure.series.observations.filter(
      (observation) => observation.year === figure.observation.year && observation.id !== figure.observation.id,
    );
    if (others.length > 0) {
      const { id, label } = figure.series;
      const { totalUsdM, atLeast, reporter, year } = figure.observation;
      notes.push({
        kind: "severalFigures",
        series: { id, label },
        year,
        figure: { totalUsdM, atLeast, reporter, period: caveatPeriod(figure.observation) },
      });
    }
  }
  return {
    from: side(fromYear, fromFigures, a),
    to: side(toYear, toFigures, b),
    commonSeries,
    choice,
    result: {
      change: absoluteChange(start, end),
      percentChange: percentChange(start, end),
      cagr: cagr(start, end, elapsedYears),
      elapsedYears,
    },
    caveats: caveatsFor(a, b, all),
    notes,
    gapYears: a.series.id === b.series.id ? gapsBetween(a.series, fromYear, toYear) : [],
  };
}

export type CompareChoice = {
  /** Value of `compareSeries`: one series id, or two joined by a comma. */
  value: string;
  label: string;
  sameSeries: boolean;
};

/**
 * Every way to pick the two figures: first each series that has both years
 * (best first), then each pair of figures from different series.
 */
export function compareChoices(comparison: Comparison, locale: Locale = "en"): CompareChoice[] {
  const { from, to, commonSeries } = comparison;
  const value = (figure: Figure | undefined) =>
    figure === undefined
      ? ""
      : formatUsdMillions(figure.observation.totalUsdM, { atLeast: figure.observation.atLeast }, locale);
  const same = commonSeries.map((series) => {
    const a = from.figures.find((figure) => figure.series.id === series.id);
    const b = to.figures.find((figure) => figure.series.id === series.id);
    return { value: series.id, label: `${series.label}: ${value(a)} → ${value(b)}`, sameSeries: true };
  });
  const cross = from.figures.flatMap((a) =>
    to.figures
      .filter((b) => b.series.id !== a.series.id)
      .map((b) => ({
        value: `${a.series.id},${b.series.id}`,
        label: `${value(a)} (${a.series.label}) → ${value(b)} (${b.series.label})`,
        sameSeries: false,
      })),
  );
  return [...same, ...cross];
}

/** The `compareSeries` value of the figures a comparison uses, if it uses any. */
export function chosenChoice(comparison: Comparison): string | undefined {
  const a = comparison.from.chosen;
  const b = comparison.to.chosen;
  if (a === undefined || b === undefined) return undefined;
  return a.series.id === b.series.id ? a.series.id : `${a.series.id},${b.series.id}`;
}
