import { describePlacement } from "../chart/from-data";
import type { TradeObservation, TradeSeries, TradeStatus } from "../definitions";
import {
  BASIS_LABELS,
  formatUsdMillions,
  PERSPECTIVE_LABELS,
  TRADE_STATUS_DESCRIPTIONS,
  TRADE_STATUS_LABELS,
} from "../format";

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
): Record<string, PointDetail> {
  const byId = new Map(all.map((observation) => [observation.id, observation]));
  const details: Record<string, PointDetail> = {};
  for (const entry of series) {
    for (const observation of entry.observations) {
      const rivals = observation.conflictsWith.flatMap((id) => {
        const rival = byId.get(id);
        return rival === undefined
          ? []
          : [`${formatUsdMillions(rival.totalUsdM, { atLeast: rival.atLeast })} (${rival.reporter})`];
      });
      details[observation.id] = {
        period: observation.period,
        value: formatUsdMillions(observation.totalUsdM, { atLeast: observation.atLeast }),
        placement: describePlacement(observation),
        series: entry.label,
        basis: BASIS_LABELS[observation.basis],
        perspective: PERSPECTIVE_LABELS[observation.perspective],
        status: observation.status,
        statusLabel: TRADE_STATUS_LABELS[observation.status],
        statusDescription: TRADE_STATUS_DESCRIPTIONS[observation.status],
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
