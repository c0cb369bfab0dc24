import type { DimensionKey, ImportedSeries, ImportResult } from "../import/types";
import { isChartYear } from "./chart";

/*
 * Choosing which series of an imported file to look at: filters by
 * dimension (reporter, partner, flow, ...), a free-text search, and the rows a
 * preview chart needs, with missing years left empty so lines break there.
 */

export type DimensionFilters = Partial<Record<DimensionKey, string>>;

export function initialSelection(result: Pick<ImportResult, "series">): string[] {
  return result.series.filter((series) => series.preselected).map((series) => series.id);
}

function searchText(series: ImportedSeries): string {
  const parts = [series.name, series.unit];
  for (const value of Object.values(series.dimensions)) if (value !== undefined) parts.push(value.id, value.label);
  return parts.join(" ").toLowerCase();
}

/** Series matching every chosen dimension value and every word of the query. */
export function filterSeries(
  series: readonly ImportedSeries[],
  filters: DimensionFilters,
  query: string,
): ImportedSeries[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const active = (Object.entries(filters) as [DimensionKey, string | undefined][]).filter(
    (entry): entry is [DimensionKey, string] => entry[1] !== undefined && entry[1] !== "",
  );
  return series.filter((entry) => {
    if (active.some(([dimension, id]) => entry.dimensions[dimension]?.id !== id)) return false;
    if (words.length === 0) return true;
    const haystack = searchText(entry);
    return words.every((word) => haystack.includes(word));
  });
}

/** Series in the order of the file, keeping only the chosen ones. */
export function chosenSeries(series: readonly ImportedSeries[], chosenIds: readonly string[]): ImportedSeries[] {
  const chosen = new Set(chosenIds);
  return series.filter((entry) => chosen.has(entry.id));
}

export type PreviewRow = { year: number } & Record<string, number | null>;

/**
 * One row per year from the first to the last year of any series, with null
 * where a series has no value: the chart draws no line across a null. Only
 * the charts' years (1800–2100) get rows: a long-run series from 10,000 BCE
 * would otherwise need twelve thousand.
 */
export function previewRows(series: readonly Pick<ImportedSeries, "id" | "points">[]): PreviewRow[] {
  const years = series.flatMap((entry) => entry.points.map((point) => point.year).filter(isChartYear));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const values = series.map((entry) => ({
    id: entry.id,
    byYear: new Map(entry.points.map((point) => [point.year, point.value])),
  }));
  const rows: PreviewRow[] = [];
  for (let year = first; year <= last; year += 1) {
    const row: PreviewRow = { year };
    for (const { id, byYear } of values) row[id] = byYear.get(year) ?? null;
    rows.push(row);
  }
  return rows;
}

/** Series grouped by unit, in order of first appearance: each unit gets its own axis. */
export function groupByUnit<T extends { unit: string }>(series: readonly T[]): { unit: string; series: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of series) {
    const group = groups.get(entry.unit);
    if (group) group.push(entry);
    else groups.set(entry.unit, [entry]);
  }
  return [...groups.entries()].map(([unit, members]) => ({ unit, series: members }));
}

/** Names of delimiters as a reader knows them. */
export function delimiterName(delimiter: string): string {
  switch (delimiter) {
    case ",":
      return "comma";
    case ";":
      return "semicolon";
    case "\t":
      return "tab";
    case "|":
      return "pipe";
    default:
      return `“${delimiter}”`;
  }
}
