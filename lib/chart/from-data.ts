import type { HistoryEvent, TradeObservation, TradeSeries, YearMonth } from "../definitions";
import { fillLabel, formatMonthSpan, formatPartialDate, formatUsdMillions, labelsOf } from "../format";
import type { Locale } from "../i18n/locales";
import type { ChartEvent, ChartSeries } from "./trend-model";
import { chartWordsOf } from "./words";

/** Axis position of the start of a month (calendar year Y is centred on Y). */
function monthStartX(value: YearMonth): number {
  return value.year + (value.month - 1) / 12 - 0.5;
}

/** Where on the time axis a figure sits and what it covers, in words. */
export function describePlacement(
  observation: Pick<TradeObservation, "basis" | "start" | "end">,
  locale: Locale = "en",
): string | undefined {
  const span = formatMonthSpan(observation.start, observation.end, locale);
  const { point } = chartWordsOf(locale);
  if (observation.basis === "fiscal") return fillLabel(point.fiscal, { span });
  if (observation.basis === "partial") return fillLabel(point.partial, { span });
  return undefined;
}

export type TradeChartOptions = {
  colorIndex?: (series: TradeSeries) => number;
  /** Language of the points' descriptions. */
  locale?: Locale;
  /**
   * A figure's period as readers of the language write it ("FY2012-13"); by
   * default the data's own label. Server callers pass lib/sources'
   * `tradePeriodLabel`, which needs the translator and so cannot be loaded here,
   * where the browser's combined view also reads.
   */
  periodLabel?: (observation: TradeObservation) => string;
};

/**
 * Parts of a description as sentences: "$630m. Unverified. …". A part that
 * already ends with the full stop (an abbreviation, as in "630 млн долл.") is
 * not given a second one.
 */
function asSentences(parts: readonly string[], separator: string): string {
  const stop = separator.trimEnd();
  return parts
    .map((part, index) =>
      index === parts.length - 1
        ? part
        : part.endsWith(stop)
          ? `${part}${separator.slice(stop.length)}`
          : `${part}${separator}`,
    )
    .join("");
}

/** The chart's view of our trade series: every point carries its own full description. */
export function tradeSeriesToChart(series: readonly TradeSeries[], options: TradeChartOptions = {}): ChartSeries[] {
  const { locale = "en", periodLabel = (observation: TradeObservation) => observation.period } = options;
  const words = chartWordsOf(locale).point;
  const labels = labelsOf(locale);
  return series.map((entry) => ({
    id: entry.id,
    label: entry.label,
    perspective: entry.perspective,
    basis: entry.basis,
    colorIndex: options.colorIndex?.(entry),
    points: entry.observations.map((observation) => ({
      id: observation.id,
      x: observation.x,
      value: observation.totalUsdM,
      status: observation.status,
      atLeast: observation.atLeast,
      periodLabel: periodLabel(observation),
      partial: observation.basis === "partial",
      span: { start: monthStartX(observation.start), end: monthStartX(observation.end) + 1 / 12 },
      description: asSentences(
        [
          fillLabel(words.head, {
            period: periodLabel(observation),
            value: formatUsdMillions(observation.totalUsdM, { atLeast: observation.atLeast }, locale),
          }),
          describePlacement(observation, locale),
          labels.tradeStatus[observation.status],
          entry.label,
          // An SVG title cannot mark part of itself as English: the other editions count the
          // sources here and name them, marked with their language, in the table and source list.
          locale === "en"
            ? fillLabel(words.source, { publishers: observation.sources.map((source) => source.publisher).join("; ") })
            : fillLabel(words.sourceCount, { count: String(observation.sources.length) }),
        ].filter((part) => part !== undefined),
        words.separator,
      ),
    })),
  }));
}

export function formatEventDate(event: Pick<HistoryEvent, "date" | "endDate">, locale: Locale = "en"): string {
  const start = formatPartialDate(event.date, locale);
  return event.endDate === undefined
    ? start
    : fillLabel(chartWordsOf(locale).eventDates, { start, end: formatPartialDate(event.endDate, locale) });
}

export function eventsToChart(events: readonly HistoryEvent[], locale: Locale = "en"): ChartEvent[] {
  return events.map((event) => ({
    id: event.id,
    x: event.x,
    endX: event.endX,
    title: event.title,
    dateLabel: formatEventDate(event, locale),
  }));
}
