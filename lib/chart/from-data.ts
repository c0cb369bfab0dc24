import type { HistoryEvent, TradeObservation, TradeSeries, YearMonth } from "../definitions";
import { formatMonthSpan, formatPartialDate, formatUsdMillions, TRADE_STATUS_LABELS } from "../format";
import type { ChartEvent, ChartSeries } from "./trend-model";

/** Axis position of the start of a month (calendar year Y is centred on Y). */
function monthStartX(value: YearMonth): number {
  return value.year + (value.month - 1) / 12 - 0.5;
}

/** Where on the time axis a figure sits and what it covers, in words. */
export function describePlacement(observation: Pick<TradeObservation, "basis" | "start" | "end">): string | undefined {
  const span = formatMonthSpan(observation.start, observation.end);
  if (observation.basis === "fiscal") return `Fiscal year ${span}, plotted at its middle`;
  if (observation.basis === "partial") return `Part-year figure: covers ${span} only, plotted at its middle`;
  return undefined;
}

/** The chart's view of our trade series: every point carries its own full description. */
export function tradeSeriesToChart(
  series: readonly TradeSeries[],
  options: { colorIndex?: (series: TradeSeries) => number } = {},
): ChartSeries[] {
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
      periodLabel: observation.period,
      partial: observation.basis === "partial",
      span: { start: monthStartX(observation.start), end: monthStartX(observation.end) + 1 / 12 },
      description: [
        `${observation.period}: ${formatUsdMillions(observation.totalUsdM, { atLeast: observation.atLeast })}`,
        describePlacement(observation),
        `${TRADE_STATUS_LABELS[observation.status]}`,
        entry.label,
        `Source: ${observation.sources.map((source) => source.publisher).join("; ")}`,
      ]
        .filter((part) => part !== undefined)
        .join(". "),
    })),
  }));
}

export function formatEventDate(event: Pick<HistoryEvent, "date" | "endDate">): string {
  const start = formatPartialDate(event.date);
  return event.endDate === undefined ? start : `${start} – ${formatPartialDate(event.endDate)}`;
}

export function eventsToChart(events: readonly HistoryEvent[]): ChartEvent[] {
  return events.map((event) => ({
    id: event.id,
    x: event.x,
    endX: event.endX,
    title: event.title,
    dateLabel: formatEventDate(event),
  }));
}
