import type { OfficialObservation } from "../definitions";
import { type YearValue, pakistanFlows, partnerInYear, worldTrade } from "./flows";

/*
 * How much each country matters to the other, from each one's own count:
 * Russia's (to 1991 the USSR's) share of Pakistan's trade with the World, by
 * Pakistan's figures; Pakistan's share of Russia's, by Russia's; and Russia's
 * rank among Pakistan's partner economies by total trade. All derived.
 */

function shareSeries(official: readonly OfficialObservation[], reporter: "pk" | "ru"): YearValue[] {
  const world = worldTrade(official, reporter);
  return pakistanFlows(official, reporter).flatMap((entry) => {
    const total = world.get(entry.year);
    if (entry.exports === undefined || entry.imports === undefined) return [];
    if (total?.exports === undefined || total.imports === undefined) return [];
    const worldTotal = total.exports + total.imports;
    return worldTotal > 0 ? [{ year: entry.year, value: ((entry.exports + entry.imports) / worldTotal) * 100 }] : [];
  });
}

/** Russia's (USSR's before 1992) share of Pakistan's total trade, %, by Pakistan's figures. */
export const russiaShareOfPakistan = (official: readonly OfficialObservation[]) => shareSeries(official, "pk");

/** Pakistan's share of Russia's total trade, %, by Russia's figures. */
export const pakistanShareOfRussia = (official: readonly OfficialObservation[]) => shareSeries(official, "ru");

export type PartnerTotal = {
  partner: string;
  exports?: number;
  imports?: number;
  /** Exports plus imports; when one is missing, the one given (a lower bound). */
  total: number;
  /** False when one direction has no figure for the year. */
  complete: boolean;
};

/** Pakistan's partner economies in one year, largest total first. */
export function partnerTotals(partners: readonly OfficialObservation[], year: number): PartnerTotal[] {
  const byPartner = new Map<string, { exports?: number; imports?: number }>();
  for (const row of partners) {
    if (row.year !== year || row.reporter !== "pk") continue;
    const entry = byPartner.get(row.partner) ?? {};
    entry[row.flow] = row.valueUsdM;
    byPartner.set(row.partner, entry);
  }
  return [...byPartner]
    .map(([partner, { exports, imports }]) => ({
      partner,
      exports,
      imports,
      total: (exports ?? 0) + (imports ?? 0),
      complete: exports !== undefined && imports !== undefined,
    }))
    .filter((entry) => entry.total > 0)
    .sort((a, b) => b.total - a.total || a.partner.localeCompare(b.partner));
}

export type RankYear = {
  year: number;
  partner: string;
  /** 1 + the number of partner economies with a larger total. */
  rank: number;
  /** Partner economies with any trade that year. */
  partnerCount: number;
};

/**
 * Russia's (USSR's) rank among Pakistan's partner economies, year by year. A
 * partner with one direction missing is ranked by the direction it has, which
 * can only place it lower than it is, never higher.
 */
export function russiaRankForPakistan(partners: readonly OfficialObservation[]): RankYear[] {
  const years = [...new Set(partners.map((row) => row.year))].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const totals = partnerTotals(partners, year);
    const partner = partnerInYear(year);
    const own = totals.find((entry) => entry.partner === partner);
    if (own === undefined || !own.complete) return [];
    const rank = 1 + totals.filter((entry) => entry.total > own.total).length;
    return [{ year, partner, rank, partnerCount: totals.length }];
  });
}
