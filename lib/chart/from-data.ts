import type { HistoryEvent, TradeSeries } from "../definitions";
import { formatPartialDate, formatUsdMillions, TRADE_STATUS_LABELS } from "../format";
import type { ChartEvent, ChartSeries } from "./trend-model";

/** The chart's view of our trade series: every point carries its own full description. */
export function tradeSeriesToChart(series: readonly TradeSeries[]): ChartSeries[] {
  return series.map((entry) => ({
    id: entry.id,
    label: entry.label,
    perspective: entry.perspective,
    points: entry.observations.map((observation) => ({
      id: observation.id,
      x: observation.x,
      value: observation.totalUsdM,
      status: observation.status,
      atLeast: observation.atLeast,
      description: [
        `${observation.period}: ${formatUsdMillions(observation.totalUsdM, { atLeast: observation.atLeast })}`,
        `${TRADE_STATUS_LABELS[observation.status]}`,
        entry.label,
        `Source: ${observation.sources.map((source) => source.publisher).join("; ")}`,
      ].join(". "),
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
