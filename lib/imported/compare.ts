import type { TradeObservation, TradeSeries } from "../definitions";
import { fillLabel } from "../format";
import { caveatKey, type CaveatSeries, type CompareCaveat } from "../trade/caveats";
import { compareYears, rankCommonSeries, type Comparison } from "../trade/compare";
import { importedChartId, importedLabels, importedPointX, isChartYear } from "./chart";
import { isMoneySeries, type StoredSeries } from "./storage";

/*
 * Comparing two years on the combined view, with the trade explorer's rules
 * (lib/trade/compare.ts). Imported series are given the shape of our trade
 * series for that purpose only. Three choices keep them honest:
 * - the default pair of figures comes from our own series when one of ours
 *   has both years; an imported series is used by default only when none of
 *   ours has, and the reader can always pick it;
 * - an imported figure never passes for one of ours: the page marks it
 *   "Imported" (not with our statuses), and a caveat names its file;
 * - the caveats are data (lib/trade/caveats.ts), worded by the page in its language;
 * - a part-year imported point keeps the months it covers in its caveat.
 */

export const IMPORTED_REPORTER = "imported file";
const DEFAULT_IMPORTED_NAME = "Imported: {name}";

/**
 * Our trade series' shape for one imported money series; ids match the chart's.
 * `named` is the page's template for an imported series' label ("Imported: {name}"
 * in English), so its choices and notes read in the page's language.
 */
export function importedToTradeSeries(
  series: readonly StoredSeries[],
  named: string = DEFAULT_IMPORTED_NAME,
): TradeSeries[] {
  const labels = importedLabels(series);
  return series.flatMap((entry, index) => {
    if (!isMoneySeries(entry)) return [];
    const id = importedChartId(index);
    const observations: TradeObservation[] = entry.points
      .filter((point) => isChartYear(point.year))
      .map((point) => ({
        id: `${id}-${point.year}`,
        seriesId: id,
        period: (point.partial || point.fiscal) && point.period !== undefined ? point.period : String(point.year),
        // Calendar for the rules' sake: a part-year point's caveat is written below, with its own months.
        // A fiscal point is a fiscal observation, July to June, as ours are.
        basis: point.fiscal ? "fiscal" : "calendar",
        start: point.fiscal ? { year: point.year - 1, month: 7 } : { year: point.year, month: 1 },
        end: point.fiscal ? { year: point.year, month: 6 } : { year: point.year, month: 12 },
        year: point.year,
        x: importedPointX(point),
        totalUsdM: point.value,
        atLeast: false,
        reporter: IMPORTED_REPORTER,
        perspective: "unknown",
        // Only used by the rules to rank pairs; the page shows "Imported" instead.
        status: "reported",
        sources: [{ id: `${id}-file`, title: entry.format.label, publisher: entry.fileName }],
        conflictsWith: [],
      }));
    return [
      {
        id,
        label: fillLabel(named, { name: labels.get(entry.key) ?? entry.name }),
        reporter: IMPORTED_REPORTER,
        perspective: "unknown",
        basis: "calendar",
        observations,
      },
    ];
  });
}

export type CombinedComparison = Comparison & {
  /** Ids of the series that came from imported files. */
  importedIds: ReadonlySet<string>;
  /** The imported series' own names (as their files give them), by id. */
  importedNames: ReadonlyMap<string, string>;
};

/**
 * Compares two years over our series and the imported ones. `picked` is the
 * reader's choice of series (one id, or one per year); without it our best
 * series is used, or the best imported one when none of ours has both years.
 */
export function compareCombined(
  builtIn: readonly TradeSeries[],
  stored: readonly StoredSeries[],
  years: readonly [number, number],
  picked?: readonly [string, string],
  named: string = DEFAULT_IMPORTED_NAME,
): CombinedComparison {
  const imported = importedToTradeSeries(stored, named);
  const importedIds = new Set(imported.map((series) => series.id));
  const fallback =
    rankCommonSeries(builtIn, years[0], years[1])[0] ?? rankCommonSeries(imported, years[0], years[1])[0];
  const choice = picked ?? (fallback === undefined ? undefined : ([fallback.id, fallback.id] as const));
  const comparison = compareYears([...builtIn, ...imported], years, choice);

  const labels = importedLabels(stored);
  const storedById = new Map(
    stored.flatMap((entry, index) => (isMoneySeries(entry) ? [[importedChartId(index), entry] as const] : [])),
  );
  const importedNames = new Map([...storedById].map(([id, entry]) => [id, labels.get(entry.key) ?? entry.name]));
  // In a caveat or note an imported series is named by its file; the words around it mark it as imported.
  const byFile = (series: CaveatSeries): CaveatSeries => {
    const name = importedNames.get(series.id);
    return name === undefined ? series : { id: series.id, label: name, imported: true };
  };
  const caveats: CompareCaveat[] = comparison.caveats.map((caveat) =>
    caveat.kind === "differentSeries" ? { ...caveat, from: byFile(caveat.from), to: byFile(caveat.to) } : caveat,
  );
  // The page's choices come from its own list, not from an address: a choice that no longer
  // applies (its series removed) falls back to the default, which the list then shows.
  const notes = comparison.notes.flatMap((note) =>
    note.kind === "unusablePick"
      ? []
      : [note.kind === "severalFigures" ? { ...note, series: byFile(note.series) } : note],
  );
  const figures = [comparison.from.chosen, comparison.to.chosen].filter(
    (figure) => figure !== undefined && importedIds.has(figure.series.id),
  );
  const sameSeries = figures.length === 2 && figures[0]?.series.id === figures[1]?.series.id;
  figures.forEach((figure, index) => {
    const entry = figure === undefined ? undefined : storedById.get(figure.series.id);
    if (figure === undefined || entry === undefined) return;
    if (!sameSeries || index === 0) {
      caveats.push({
        kind: "importedFile",
        ...(sameSeries ? {} : { year: figure.observation.year }),
        fileName: entry.fileName,
        format: { id: entry.format.id, label: entry.format.label },
        conversion: entry.conversion,
      });
    }
    const point = entry.points.find((candidate) => candidate.year === figure.observation.year);
    if (point?.partial) {
      caveats.push({
        kind: "importedPartYear",
        year: point.year,
        ...(point.period === undefined ? {} : { period: point.period }),
      });
    }
  });
  const unique = new Map(caveats.map((caveat) => [caveatKey(caveat), caveat]));
  return { ...comparison, caveats: [...unique.values()], notes, importedIds, importedNames };
}

/** Every year from the first to the last figure of any series, and whether one has a figure then. */
export function compareYearOptions(series: readonly TradeSeries[]): { year: number; hasFigure: boolean }[] {
  const years = new Set(series.flatMap((entry) => entry.observations.map((observation) => observation.year)));
  if (years.size === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const options: { year: number; hasFigure: boolean }[] = [];
  for (let year = first; year <= last; year += 1) options.push({ year, hasFigure: years.has(year) });
  return options;
}
