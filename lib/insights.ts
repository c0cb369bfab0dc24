import type { Claim, ClaimStatus, HistoryEvent, TradeObservation, TradeSeries } from "./definitions";
import { TRADE_STATUS_LABELS } from "./english-labels";
import { formatUsdMillions } from "./format";

/*
 * Figures and sentences computed from the data, so that headline numbers and
 * chart summaries can never drift from the rows they describe.
 */

export function yearsWithoutFigures(observations: readonly TradeObservation[], from: number, to: number): number[] {
  const covered = new Set(observations.map((observation) => observation.year));
  const missing: number[] = [];
  for (let year = from; year <= to; year += 1) if (!covered.has(year)) missing.push(year);
  return missing;
}

export function highestFigure(observations: readonly TradeObservation[]): TradeObservation | undefined {
  return observations.reduce<TradeObservation | undefined>(
    (best, observation) => (best === undefined || observation.totalUsdM > best.totalUsdM ? observation : best),
    undefined,
  );
}

/**
 * The figures fit to be a headline: published as they stand (not approximate,
 * derived or unverified), covering a whole calendar or fiscal year, and not
 * disputed by another row of the data (`conflicts_with`). A figure the data
 * itself marks as contradicted never becomes a headline number.
 */
export function headlineCandidates(observations: readonly TradeObservation[]): TradeObservation[] {
  return observations.filter(
    (observation) =>
      observation.status === "reported" && observation.basis !== "partial" && observation.conflictsWith.length === 0,
  );
}

export function conflictingCount(observations: readonly TradeObservation[]): number {
  return observations.filter((observation) => observation.conflictsWith.length > 0).length;
}

export function countClaims(claims: readonly Claim[]): Record<ClaimStatus, number> {
  const counts: Record<ClaimStatus, number> = { confirmed: 0, corrected: 0, conflicting: 0, unverified: 0 };
  for (const claim of claims) counts[claim.status] += 1;
  return counts;
}

export type SeriesChange = {
  series: TradeSeries;
  from: TradeObservation;
  to: TradeObservation;
  change: number;
};

/** The largest move between two joined points (a year or less apart) of one series. */
export function largestChange(series: readonly TradeSeries[], from: number, to: number): SeriesChange | undefined {
  let best: SeriesChange | undefined;
  for (const entry of series) {
    const points = entry.observations.filter((observation) => observation.year >= from && observation.year <= to);
    points.forEach((point, index) => {
      const previous = points[index - 1];
      if (previous === undefined || point.x - previous.x > 1 + 1e-6) return;
      const change = point.totalUsdM - previous.totalUsdM;
      if (best === undefined || Math.abs(change) > Math.abs(best.change))
        best = { series: entry, from: previous, to: point, change };
    });
  }
  return best;
}

function describeObservation(observation: TradeObservation): string {
  const status = observation.status === "reported" ? "" : `, ${TRADE_STATUS_LABELS[observation.status].toLowerCase()}`;
  return `${formatUsdMillions(observation.totalUsdM, { atLeast: observation.atLeast })} for ${observation.period} (${observation.reporter}${status})`;
}

/**
 * A plain-language summary of what a trend chart shows: the range, the first
 * and last figures, the largest change and the events in view. It is the text
 * alternative of the chart, so it says what a sighted reader would see.
 */
export function describeTrend(
  series: readonly TradeSeries[],
  events: readonly HistoryEvent[],
  from: number,
  to: number,
): string {
  const inView = series
    .flatMap((entry) => entry.observations)
    .filter((observation) => observation.year >= from && observation.year <= to)
    .sort((a, b) => a.x - b.x);
  const first = inView[0];
  const last = inView[inView.length - 1];
  if (first === undefined || last === undefined) {
    return `No trade figure in our data falls between ${from} and ${to}.`;
  }
  const seriesCount = new Set(inView.map((observation) => observation.seriesId)).size;
  const sentences = [
    `From ${from} to ${to} the chart shows ${inView.length} figure${inView.length === 1 ? "" : "s"} in ${seriesCount} series.`,
    `The earliest is ${describeObservation(first)}; the latest is ${describeObservation(last)}.`,
  ];
  const highest = highestFigure(inView);
  if (highest !== undefined && highest !== last) sentences.push(`The highest is ${describeObservation(highest)}.`);
  const change = largestChange(series, from, to);
  if (change !== undefined) {
    const sign = change.change >= 0 ? "rise" : "fall";
    sentences.push(
      `The largest year-on-year ${sign} within one series is ${formatUsdMillions(Math.abs(change.change))}, from ${change.from.period} to ${change.to.period} (${change.series.reporter}).`,
    );
  }
  const missing = yearsWithoutFigures(inView, from, to);
  if (missing.length > 0) {
    sentences.push(
      `${missing.length} year${missing.length === 1 ? " has" : "s have"} no figure at all and are left blank.`,
    );
  }
  const eventsInView = events.filter((event) => event.year >= from && event.year <= to);
  if (eventsInView.length > 0) {
    sentences.push(
      `${eventsInView.length} event${eventsInView.length === 1 ? " is" : "s are"} marked on the time axis.`,
    );
  }
  return sentences.join(" ");
}
