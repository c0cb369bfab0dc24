import type { HistoryEvent, SourceRef, TradeObservation } from "./definitions";

/*
 * Choices about what a view shows by default, kept out of pages so they can be
 * tested and shared between pages.
 */

/** The years our trade figures span, from the earliest to the latest. */
export function homeRange(trade: readonly TradeObservation[]): { from: number; to: number } {
  const years = trade.map((observation) => observation.year);
  if (years.length === 0) return { from: 2000, to: new Date().getUTCFullYear() };
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** Events that bear on trade (by their `related` link or theme), overlapping the range. */
export function tradeEventsInRange(events: readonly HistoryEvent[], from: number, to: number): HistoryEvent[] {
  return events.filter((event) => {
    const endYear = event.endDate === undefined ? event.year : Number(event.endDate.slice(0, 4));
    const bearsOnTrade = event.related === "trade" || event.theme === "trade";
    return bearsOnTrade && endYear >= from && event.year <= to;
  });
}

/** Every distinct source cited by a set of rows, in order of first citation. */
export function citedSources(rows: readonly { sources: readonly SourceRef[] }[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const row of rows) for (const source of row.sources) if (!seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}

/** The trade explorer around one year: a year either side, so the chart has some context. */
export function tradeHrefAround(year: number): string {
  return `/trade?from=${year - 1}&to=${year + 1}`;
}
