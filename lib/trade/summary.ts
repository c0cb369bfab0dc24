import type { HistoryEvent, TradeObservation, TradeSeries } from "../definitions";
import { formatUsdMillions } from "../format";
import { getT, type Locale, type Translator } from "../i18n";
import { FIRST_RUSSIA_YEAR } from "../official/flows";
import { OFFICIAL_LAST_YEAR } from "./chart-view";
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
  locale?: Locale;
};

function describeSeries(
  series: TradeSeries,
  view: TradeView,
  money: (value: number) => string,
  t: Translator,
): string | undefined {
  const points = series.observations;
  const first = points[0];
  const last = points.at(-1);
  const reporter = series.official?.reporter;
  if (first === undefined || last === undefined || reporter === undefined) return undefined;
  const whose = t("chart.summary.whose", { reporter });
  if (view.flow === "balance") {
    const deficits = points.filter((point) => point.totalUsdM < 0);
    const worst = deficits.reduce<TradeObservation | undefined>(
      (low, point) => (low === undefined || point.totalUsdM < low.totalUsdM ? point : low),
      undefined,
    );
    const counts = {
      whose,
      deficits: String(deficits.length),
      years: String(points.length),
      first: first.period,
      last: last.period,
    };
    return worst === undefined
      ? t("chart.summary.deficits", counts)
      : t("chart.summary.deficitsWorst", { ...counts, worst: money(-worst.totalUsdM), worstPeriod: worst.period });
  }
  const highest = points.reduce((high, point) => (point.totalUsdM > high.totalUsdM ? point : high), first);
  return t("chart.summary.trend", {
    whose,
    measure: view.flow,
    firstValue: money(first.totalUsdM),
    first: first.period,
    lastValue: money(last.totalUsdM),
    last: last.period,
    highValue: money(highest.totalUsdM),
    high: highest.period,
  });
}

export function describeTradeView(input: SummaryInput): string {
  const { view, official, pressPoints, events, dollarsSuffix, locale = "en" } = input;
  const t = getT(locale);
  const money = (value: number) => `${formatUsdMillions(value, {}, locale)}${dollarsSuffix}`;
  const sentences = official.flatMap((series) => describeSeries(series, view, money, t) ?? []);
  if (official.length === 0 && pressPoints.length === 0) {
    return t("chart.summary.none", { from: String(view.from), to: String(view.to) });
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
        t("chart.summary.gap", {
          period: lastCommon.period,
          gap: money(Math.abs(gap)),
          higher: gap >= 0 ? "yes" : "no",
        }),
      );
    }
  }
  const officialYears = new Set(official.flatMap((series) => series.observations.map((point) => point.year)));
  const lastOfficialYear = Math.min(view.to, OFFICIAL_LAST_YEAR);
  const missing: number[] = [];
  for (let year = view.from; year <= lastOfficialYear; year++) if (!officialYears.has(year)) missing.push(year);
  if (official.length > 0 && missing.length > 0) {
    sentences.push(t("chart.summary.missing", { count: missing.length }));
  }
  if (view.from < FIRST_RUSSIA_YEAR && view.to >= FIRST_RUSSIA_YEAR) {
    sentences.push(t("chart.summary.ussr"));
  }
  if (pressPoints.length > 0) {
    sentences.push(t("chart.summary.press", { count: pressPoints.length }));
  }
  if (events.length > 0) {
    sentences.push(t("chart.summary.events", { count: events.length }));
  }
  return sentences.join(" ");
}
