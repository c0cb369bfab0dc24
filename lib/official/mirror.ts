import type { OfficialObservation } from "../definitions";
import { measureOf, pakistanFlows } from "./flows";

/*
 * The same flow as the two countries count it. The exporter values goods FOB
 * at its border; the importer values them CIF, with freight and insurance, so
 * the importer's figure is normally a few per cent higher. Large or negative
 * gaps point to timing, goods routed through third countries, re-exports or
 * under-recording.
 */

export const DIRECTIONS = ["pk-to-ru", "ru-to-pk"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export type MirrorYear = {
  year: number;
  /** The exporting country's figure, FOB. */
  exporterFob?: number;
  /** The importing country's figure, CIF. */
  importerCif?: number;
  /** importerCif − exporterFob, US$ millions (derived). */
  gapUsdM?: number;
  /** The gap as a percentage of the exporter's figure (derived). */
  gapPct?: number;
};

/**
 * Year by year, one direction as both countries count it: `pk-to-ru` is
 * Pakistan's exports (Pakistan FOB vs Russia CIF), `ru-to-pk` Pakistan's
 * imports (Russia FOB vs Pakistan CIF). Years where only one country gives a
 * figure are kept, with no gap.
 */
export function mirrorGaps(official: readonly OfficialObservation[], direction: Direction): MirrorYear[] {
  const pk = new Map(pakistanFlows(official, "pk").map((entry) => [entry.year, entry]));
  const ru = new Map(pakistanFlows(official, "ru").map((entry) => [entry.year, entry]));
  const years = [...new Set([...ru.keys()])].sort((a, b) => a - b);
  return years.map((year) => {
    const exporterFob = direction === "pk-to-ru" ? pk.get(year)?.exports : ru.get(year)?.imports;
    const importerCif = direction === "pk-to-ru" ? ru.get(year)?.exports : pk.get(year)?.imports;
    if (exporterFob === undefined || importerCif === undefined) return { year, exporterFob, importerCif };
    const gapUsdM = importerCif - exporterFob;
    return {
      year,
      exporterFob,
      importerCif,
      gapUsdM,
      gapPct: exporterFob === 0 ? undefined : (gapUsdM / exporterFob) * 100,
    };
  });
}

/** The year the two countries' totals differ most, and by how much. */
export function widestTotalGap(official: readonly OfficialObservation[]): { year: number; gap: number } {
  const ru = new Map(pakistanFlows(official, "ru").map((entry) => [entry.year, measureOf(entry, "total")]));
  let widest = { year: 0, gap: 0 };
  for (const entry of pakistanFlows(official, "pk")) {
    const own = measureOf(entry, "total");
    const other = ru.get(entry.year);
    if (own === undefined || other === undefined) continue;
    const gap = Math.abs(other - own);
    if (gap > widest.gap) widest = { year: entry.year, gap };
  }
  return widest;
}
