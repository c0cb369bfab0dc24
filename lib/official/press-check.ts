import type { OfficialObservation, TradeObservation } from "../definitions";
import { FIRST_RUSSIA_YEAR, measureOf, pakistanFlows } from "./flows";

/*
 * Each published calendar-year total set beside both official totals for its
 * year. Only whole calendar years inside the official series are comparable:
 * fiscal and part-year figures cover other months.
 */

export type PressCheck = {
  id: string;
  year: number;
  published: number;
  reporter: string;
  pakistanTotal?: number;
  russiaTotal?: number;
  /** published − official, US$ millions and % of the official figure (derived). */
  vsPakistan?: { usdM: number; pct: number };
  vsRussia?: { usdM: number; pct: number };
  /** Which official total the published figure is within `tolerancePct` of, if any. */
  matches: ("pk" | "ru")[];
};

const difference = (published: number, official: number | undefined) =>
  official === undefined ? undefined : { usdM: published - official, pct: ((published - official) / official) * 100 };

export function checkPressFigures(
  trade: readonly TradeObservation[],
  official: readonly OfficialObservation[],
  options: { tolerancePct: number } = { tolerancePct: 0.5 },
): PressCheck[] {
  const totals = (reporter: "pk" | "ru") =>
    new Map(pakistanFlows(official, reporter).map((entry) => [entry.year, measureOf(entry, "total")]));
  const pk = totals("pk");
  const ru = totals("ru");
  const lastYear = Math.max(...[...ru.keys(), ...pk.keys()]);
  return trade
    .filter((row) => row.basis === "calendar" && row.year >= FIRST_RUSSIA_YEAR && row.year <= lastYear)
    .map((row) => {
      const vsPakistan = difference(row.totalUsdM, pk.get(row.year));
      const vsRussia = difference(row.totalUsdM, ru.get(row.year));
      const matches: ("pk" | "ru")[] = [];
      if (vsPakistan !== undefined && Math.abs(vsPakistan.pct) <= options.tolerancePct) matches.push("pk");
      if (vsRussia !== undefined && Math.abs(vsRussia.pct) <= options.tolerancePct) matches.push("ru");
      return {
        id: row.id,
        year: row.year,
        published: row.totalUsdM,
        reporter: row.reporter,
        pakistanTotal: pk.get(row.year),
        russiaTotal: ru.get(row.year),
        vsPakistan,
        vsRussia,
        matches,
      };
    });
}
