import type { ChartPoint, ChartSeries } from "../chart/trend-model";
import type { OfficialObservation, OfficialReporter, SourceRef, TradeObservation, TradeSeries } from "../definitions";
import { formatUsdMillions } from "../format";
import { getT, type Locale } from "../i18n";
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

/** A measure as a chart title names it: "Total trade", "Pakistan's exports to Russia". */
export function measureTitle(measure: Measure, locale: Locale = "en"): string {
  return getT(locale)(`chart.official.measure.${measure}`);
}

export const MEASURE_TITLES: Record<Measure, string> = {
  total: measureTitle("total"),
  exports: measureTitle("exports"),
  imports: measureTitle("imports"),
  balance: measureTitle("balance"),
};

/** How one reporter's figure for a measure is made, in words. */
export function measureMethod(
  reporter: OfficialReporter,
  measure: Measure,
  partner: string,
  locale: Locale = "en",
): string {
  return getT(locale)(`chart.official.method.${reporter}.${measure}`, {
    partner: partner === "USSR" ? "ussr" : "russia",
  });
}

export function officialSeriesId(reporter: OfficialReporter, measure: Measure): string {
  return `imf-${reporter}-${measure}`;
}

export function officialSeriesLabel(reporter: OfficialReporter, locale: Locale = "en"): string {
  return getT(locale)("chart.official.label", { reporter });
}

export type OfficialSeriesOptions = {
  sources: ReadonlyMap<string, SourceRef>;
  /** Values in constant dollars: years without a price index are left out. */
  deflate?: Deflator;
  /** Language of the series' label and its points' notes. */
  locale?: Locale;
};

export function officialSeries(
  official: readonly OfficialObservation[],
  reporter: OfficialReporter,
  measure: Measure,
  options: OfficialSeriesOptions,
): TradeSeries {
  const { locale = "en" } = options;
  const t = getT(locale);
  const label = officialSeriesLabel(reporter, locale);
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
    const method = measureMethod(reporter, measure, flows.partner, locale);
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
        reporter: label,
        perspective: reporter === "pk" ? "pakistani" : "russian",
        status: derived ? "derived" : "reported",
        sources,
        conflictsWith: [],
        note: options.deflate
          ? t("chart.official.noteConstant", {
              method,
              year: String(options.deflate.baseYear),
              nominal: formatUsdMillions(nominal, {}, locale),
            })
          : t("chart.official.note", { method }),
      },
    ];
  });
  return {
    id,
    // The chart's title names the measure; the legend names whose count a line is.
    label,
    reporter: label,
    perspective: reporter === "pk" ? "pakistani" : "russian",
    basis: "calendar",
    official: { reporter, measure },
    observations,
  };
}

function pointDescription(observation: TradeObservation, dollars: string, locale: Locale): string {
  return getT(locale)("chart.official.point", {
    period: observation.period,
    value: formatUsdMillions(observation.totalUsdM, {}, locale),
    dollars,
    reporter: observation.reporter,
    note: observation.note ?? "",
  }).trim();
}

/**
 * The chart's view of an official series: a line of small dots, dashed for Russia's count, broken at 1991/92.
 * The series is in the language it was made in (see `officialSeries`); `locale` is that of the value.
 */
export function officialToChart(series: TradeSeries, options: { dollars?: string; locale?: Locale } = {}): ChartSeries {
  const reporter = series.official?.reporter ?? "pk";
  const { locale = "en" } = options;
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
      description: pointDescription(observation, options.dollars ?? "", locale),
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
