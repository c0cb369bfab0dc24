import type { HistoryEvent, TradeObservation, TradeSeries } from "../definitions";
import { formatUsdMillions } from "../format";
import { FIRST_RUSSIA_YEAR } from "../official/flows";
import { OFFICIAL_LAST_YEAR } from "./chart-view";
import { MEASURE_TITLES, REPORTER_NAMES } from "./official-series";
import type { TradeView } from "./params";

/*
 * The sentences beneath the main chart, generated from exactly what it shows,
 * so a reader who cannot see the chart gets the same picture.
 */

type SummaryInput = {
  view: TradeView;
  official: readonly TradeSeries[];
  pressPoints: readonly TradeObservation[];
  events: readonly HistoryEvent[];
  /** "" or " (constant 2024 dollars)". */
  dollarsSuffix: string;
};

const money = (value: number, suffix: string) => `${formatUsdMillions(value)}${suffix}`;

function describeSeries(series: TradeSeries, view: TradeView, suffix: string): string | undefined {
  const points = series.observations;
  const first = points[0];
  const last = points.at(-1);
  const reporter = series.official?.reporter;
  if (first === undefined || last === undefined || reporter === undefined) return undefined;
  const whose = `By ${REPORTER_NAMES[reporter]}'s count`;
  if (view.flow === "balance") {
    const deficits = points.filter((point) => point.totalUsdM < 0);
    const worst = deficits.reduce<TradeObservation | undefined>(
      (low, point) => (low === undefined || point.totalUsdM < low.totalUsdM ? point : low),
      undefined,
    );
    const worstText =
      worst === undefined ? "" : `; the largest was ${money(-worst.totalUsdM, suffix)} in ${worst.period}`;
    return `${whose}, Pakistan had a deficit with its partner in ${deficits.length} of ${points.length} years from ${first.period} to ${last.period}${worstText}.`;
  }
  const highest = points.reduce((high, point) => (point.totalUsdM > high.totalUsdM ? point : high), first);
  const what = MEASURE_TITLES[view.flow].toLowerCase();
  return `${whose}, ${what} went from ${money(first.totalUsdM, suffix)} in ${first.period} to ${money(last.totalUsdM, suffix)} in ${last.period}; the highest was ${money(highest.totalUsdM, suffix)} in ${highest.period}.`;
}

export function describeTradeView(input: SummaryInput): string {
  const { view, official, pressPoints, events, dollarsSuffix } = input;
  const sentences = official.flatMap((series) => describeSeries(series, view, dollarsSuffix) ?? []);
  if (official.length === 0 && pressPoints.length === 0) {
    return `No figure in our data falls between ${view.from} and ${view.to}.`;
  }
  const [pk, ru] = [
    official.find((s) => s.official?.reporter === "pk"),
    official.find((s) => s.official?.reporter === "ru"),
  ];
  if (pk !== undefined && ru !== undefined) {
    const lastCommon = [...pk.observations]
      .reverse()
      .find((point) => ru.observations.some((other) => other.year === point.year));
    const other = ru.observations.find((point) => point.year === lastCommon?.year);
    if (lastCommon !== undefined && other !== undefined) {
      const gap = other.totalUsdM - lastCommon.totalUsdM;
      sentences.push(
        `In ${lastCommon.period} the two counts differ by ${money(Math.abs(gap), dollarsSuffix)}: Russia's is ${gap >= 0 ? "higher" : "lower"}.`,
      );
    }
  }
  const officialYears = new Set(official.flatMap((series) => series.observations.map((point) => point.year)));
  const lastOfficialYear = Math.min(view.to, OFFICIAL_LAST_YEAR);
  const missing: number[] = [];
  for (let year = view.from; year <= lastOfficialYear; year++) if (!officialYears.has(year)) missing.push(year);
  if (official.length > 0 && missing.length > 0) {
    sentences.push(
      `${missing.length} year${missing.length === 1 ? " has" : "s have"} no official figure in view and ${missing.length === 1 ? "is" : "are"} left blank.`,
    );
  }
  if (view.from < FIRST_RUSSIA_YEAR && view.to >= FIRST_RUSSIA_YEAR) {
    sentences.push("Before 1992 Pakistan's partner is the USSR; the line breaks between 1991 and 1992.");
  }
  if (pressPoints.length > 0) {
    sentences.push(
      `${pressPoints.length} published figure${pressPoints.length === 1 ? " is" : "s are"} marked as separate points, not joined to the official lines.`,
    );
  }
  if (events.length > 0) {
    sentences.push(`${events.length} event${events.length === 1 ? " is" : "s are"} marked on the time axis.`);
  }
  return sentences.join(" ");
}
