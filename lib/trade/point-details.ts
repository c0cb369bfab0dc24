import { describePlacement } from "../chart/from-data";
import type { TradeObservation, TradeSeries, TradeStatus } from "../definitions";
import { formatUsdMillions, labelsOf } from "../format";
import type { Locale } from "../i18n/locales";
import { tradePeriodLabel } from "../sources";

/*
 * What the chart's tooltip says about a point, prepared on the server as plain
 * strings so the client tooltip only looks them up and needs no formatting code.
 */

export type PointDetail = {
  period: string;
  value: string;
  /** Where a fiscal or part-year figure sits on the time axis, and what it covers. */
  placement?: string;
  series: string;
  basis: string;
  perspective: string;
  status: TradeStatus;
  statusLabel: string;
  statusDescription: string;
  sources: string;
  note?: string;
  /** Other figures for the same period that disagree with this one. */
  conflicts?: string;
};

export function pointDetails(
  series: readonly TradeSeries[],
  all: readonly TradeObservation[],
  locale: Locale = "en",
): Record<string, PointDetail> {
  const labels = labelsOf(locale);
  const money = (observation: TradeObservation) =>
    formatUsdMillions(observation.totalUsdM, { atLeast: observation.atLeast }, locale);
  const byId = new Map(all.map((observation) => [observation.id, observation]));
  const details: Record<string, PointDetail> = {};
  for (const entry of series) {
    for (const observation of entry.observations) {
      const rivals = observation.conflictsWith.flatMap((id) => {
        const rival = byId.get(id);
        return rival === undefined ? [] : [`${money(rival)} (${rival.reporter})`];
      });
      details[observation.id] = {
        period: tradePeriodLabel(observation, locale),
        value: money(observation),
        placement: describePlacement(observation, locale),
        series: entry.label,
        basis: labels.basis[observation.basis],
        perspective: labels.perspective[observation.perspective],
        status: observation.status,
        statusLabel: labels.tradeStatus[observation.status],
        statusDescription: labels.tradeStatusDescription[observation.status],
        sources: observation.sources
          .map((source) => `${source.publisher}${source.date ? ` (${source.date.slice(0, 4)})` : ""}`)
          .join("; "),
        note: observation.note,
        conflicts: rivals.length > 0 ? rivals.join("; ") : undefined,
      };
    }
  }
  return details;
}
