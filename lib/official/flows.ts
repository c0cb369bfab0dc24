import type { OfficialObservation, OfficialReporter } from "../definitions";

/*
 * The IMF series in Pakistan's terms. Each reporter counts both directions:
 * Pakistan's exports to Russia are Pakistan's "exports to the Russian
 * Federation" by Pakistan's count and Russia's "imports from Pakistan" by
 * Russia's. Totals and balances are sums and differences we compute, so every
 * value that is not a single cell of the IMF table is marked derived.
 */

export const MEASURES = ["total", "exports", "imports", "balance"] as const;
export type Measure = (typeof MEASURES)[number];

export const USSR = "USSR";
export const RUSSIA = "Russian Federation";
/** The first year of the Russian Federation's own statistics and of Pakistan's figures for it. */
export const FIRST_RUSSIA_YEAR = 1992;

export type YearValue = { year: number; value: number };
export type FlowYear = { year: number; partner: string; exports?: number; imports?: number };

/** Pakistan's partner in a year: the USSR to 1991, the Russian Federation from 1992. */
export function partnerInYear(year: number): string {
  return year < FIRST_RUSSIA_YEAR ? USSR : RUSSIA;
}

/**
 * Pakistan's exports to and imports from the USSR or Russia, year by year, as
 * one reporter counts them. Pakistan's small 1992 residual for the USSR is
 * left out: that year belongs to the Russian Federation.
 */
export function pakistanFlows(official: readonly OfficialObservation[], reporter: OfficialReporter): FlowYear[] {
  const years = new Map<number, FlowYear>();
  for (const row of official) {
    if (row.reporter !== reporter) continue;
    // Russia's rows name Pakistan as the partner; in Pakistan's terms the partner is Russia.
    const partner = reporter === "pk" ? row.partner : row.partner === "Pakistan" ? RUSSIA : undefined;
    if (partner === undefined || (partner !== RUSSIA && partner !== USSR)) continue;
    if (partner !== partnerInYear(row.year)) continue;
    const entry = years.get(row.year) ?? { year: row.year, partner };
    // Pakistan's exports are what Pakistan exports, or what Russia imports from Pakistan.
    const pakistanFlow = reporter === "pk" ? row.flow : row.flow === "exports" ? "imports" : "exports";
    entry[pakistanFlow] = row.valueUsdM;
    years.set(row.year, entry);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** The value of one measure in one year, or undefined when a flow it needs is missing. */
export function measureOf(flows: FlowYear, measure: Measure): number | undefined {
  const { exports, imports } = flows;
  if (measure === "exports") return exports;
  if (measure === "imports") return imports;
  if (exports === undefined || imports === undefined) return undefined;
  return measure === "total" ? exports + imports : exports - imports;
}

/** Whether a measure is a single published cell (exports, imports) or computed by us (total, balance). */
export function isDerivedMeasure(measure: Measure): boolean {
  return measure === "total" || measure === "balance";
}

export function measureSeries(flows: readonly FlowYear[], measure: Measure): YearValue[] {
  return flows.flatMap((entry) => {
    const value = measureOf(entry, measure);
    return value === undefined ? [] : [{ year: entry.year, value }];
  });
}

/** A reporter's exports and imports with the World, by year. */
export function worldTrade(
  official: readonly OfficialObservation[],
  reporter: OfficialReporter,
): Map<number, { exports?: number; imports?: number }> {
  const years = new Map<number, { exports?: number; imports?: number }>();
  for (const row of official) {
    if (row.reporter !== reporter || row.partner !== "World") continue;
    const entry = years.get(row.year) ?? {};
    entry[row.flow] = row.valueUsdM;
    years.set(row.year, entry);
  }
  return years;
}
