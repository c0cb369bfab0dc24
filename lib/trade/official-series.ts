import type { ChartPoint, ChartSeries } from "../chart/trend-model";
import type { OfficialObservation, OfficialReporter, SourceRef, TradeObservation, TradeSeries } from "../definitions";
import { formatUsdMillions } from "../format";
import type { Deflator } from "../official/constant-dollars";
import { FIRST_RUSSIA_YEAR, type Measure, measureOf, pakistanFlows } from "../official/flows";

/*
 * The IMF series as the trade explorer draws and compares them: one series per
 * reporter and measure, in Pakistan's terms. Exports and imports are single
 * cells of the IMF table ("reported"); totals, balances and any value in
 * constant dollars are our arithmetic ("derived"), and each point says how it
 * was made.
 */

export const OFFICIAL_SOURCE_IDS: Record<OfficialReporter, string> = {
  pk: "imf-dots-pakistan",
  ru: "imf-dots-russia",
};

export const REPORTER_NAMES: Record<OfficialReporter, string> = { pk: "Pakistan", ru: "Russia" };

export const MEASURE_TITLES: Record<Measure, string> = {
  total: "Total trade",
  exports: "Pakistan's exports to Russia",
  imports: "Pakistan's imports from Russia",
  balance: "Pakistan's trade balance with Russia",
};

/** How one reporter's figure for a measure is made, in words. */
export function measureMethod(reporter: OfficialReporter, measure: Measure, partner: string): string {
  const partnerName = partner === "USSR" ? "the USSR" : "Russia";
  const exports =
    reporter === "pk" ? `Pakistan's exports to ${partnerName} (FOB)` : "Russia's imports from Pakistan (CIF)";
  const imports =
    reporter === "pk" ? `Pakistan's imports from ${partnerName} (CIF)` : "Russia's exports to Pakistan (FOB)";
  const whose = `as ${reporter === "pk" ? "Pakistan" : "Russia"} reports them to the IMF`;
  if (measure === "exports") return `${exports}, ${whose.replace("them", "it")}`;
  if (measure === "imports") return `${imports}, ${whose.replace("them", "it")}`;
  if (measure === "total") return `${exports} plus ${imports}, ${whose}; the sum is ours`;
  return `${exports} minus ${imports}, ${whose}; the difference is ours`;
}

export function officialSeriesId(reporter: OfficialReporter, measure: Measure): string {
  return `imf-${reporter}-${measure}`;
}

export function officialSeriesLabel(reporter: OfficialReporter): string {
  return `${REPORTER_NAMES[reporter]}'s statistics (IMF)`;
}

export type OfficialSeriesOptions = {
  sources: ReadonlyMap<string, SourceRef>;
  /** Values in constant dollars: years without a price index are left out. */
  deflate?: Deflator;
};

export function officialSeries(
  official: readonly OfficialObservation[],
  reporter: OfficialReporter,
  measure: Measure,
  options: OfficialSeriesOptions,
): TradeSeries {
  const id = officialSeriesId(reporter, measure);
  const sourceIds = [OFFICIAL_SOURCE_IDS[reporter], ...(options.deflate ? ["bls-cpi-u"] : [])];
  const sources = sourceIds.flatMap((sourceId) => {
    const source = options.sources.get(sourceId);
    return source === undefined ? [] : [source];
  });
  const observations = pakistanFlows(official, reporter).flatMap((flows): TradeObservation[] => {
    const nominal = measureOf(flows, measure);
    if (nominal === undefined) return [];
    const factor = options.deflate ? options.deflate.factor(flows.year) : 1;
    if (factor === undefined) return [];
    const scaled = (value: number | undefined) => (value === undefined ? undefined : value * factor);
    const derived = options.deflate !== undefined || measure === "total" || measure === "balance";
    const method = measureMethod(reporter, measure, flows.partner);
    return [
      {
        id: `${id}-${flows.year}`,
        seriesId: id,
        period: String(flows.year),
        basis: "calendar",
        start: { year: flows.year, month: 1 },
        end: { year: flows.year, month: 12 },
        year: flows.year,
        x: flows.year,
        totalUsdM: nominal * factor,
        pkExportsUsdM: scaled(flows.exports),
        pkImportsUsdM: scaled(flows.imports),
        atLeast: false,
        reporter: officialSeriesLabel(reporter),
        perspective: reporter === "pk" ? "pakistani" : "russian",
        status: derived ? "derived" : "reported",
        sources,
        conflictsWith: [],
        note: options.deflate
          ? `${method}; in constant ${options.deflate.baseYear} US dollars, deflated by us with the US CPI-U (${formatUsdMillions(nominal)} in current dollars)`
          : `${method}.`,
      },
    ];
  });
  return {
    id,
    // The chart's title names the measure; the legend names whose count a line is.
    label: officialSeriesLabel(reporter),
    reporter: officialSeriesLabel(reporter),
    perspective: reporter === "pk" ? "pakistani" : "russian",
    basis: "calendar",
    official: { reporter, measure },
    observations,
  };
}

function pointDescription(observation: TradeObservation, dollars: string): string {
  return `${observation.period}: ${formatUsdMillions(observation.totalUsdM)}${dollars}. ${observation.reporter}. ${observation.note ?? ""}`.trim();
}

/** The chart's view of an official series: a line of small dots, dashed for Russia's count, broken at 1991/92. */
export function officialToChart(series: TradeSeries, options: { dollars?: string } = {}): ChartSeries {
  const reporter = series.official?.reporter ?? "pk";
  return {
    id: series.id,
    label: series.label,
    perspective: series.perspective,
    basis: "calendar",
    colorIndex: 0,
    line: reporter === "pk" ? "solid" : "dashed",
    markers: "dot",
    points: series.observations.map((observation): ChartPoint => ({
      id: observation.id,
      x: observation.x,
      value: observation.totalUsdM,
      status: observation.status,
      atLeast: false,
      periodLabel: observation.period,
      breakBefore: observation.year === FIRST_RUSSIA_YEAR,
      description: pointDescription(observation, options.dollars ?? ""),
    })),
  };
}

export type OfficialTableRow = {
  year: number;
  partner: string;
  pk: { exports?: number; imports?: number; total?: number; balance?: number };
  ru: { exports?: number; imports?: number; total?: number; balance?: number };
};

/** One row per year in range with both countries' counts of every measure, in the view's dollars. */
export function officialTableRows(
  official: readonly OfficialObservation[],
  range: { from: number; to: number },
  deflate?: Deflator,
): OfficialTableRow[] {
  const byYear = new Map<number, OfficialTableRow>();
  for (const reporter of ["pk", "ru"] as const) {
    for (const flows of pakistanFlows(official, reporter)) {
      if (flows.year < range.from || flows.year > range.to) continue;
      const factor = deflate === undefined ? 1 : deflate.factor(flows.year);
      if (factor === undefined) continue;
      const row = byYear.get(flows.year) ?? { year: flows.year, partner: flows.partner, pk: {}, ru: {} };
      const value = (measure: Measure) => {
        const nominal = measureOf(flows, measure);
        return nominal === undefined ? undefined : nominal * factor;
      };
      row[reporter] = {
        exports: value("exports"),
        imports: value("imports"),
        total: value("total"),
        balance: value("balance"),
      };
      byYear.set(flows.year, row);
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
