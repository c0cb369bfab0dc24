import { toCsv, type CsvCell } from "../csv-writer";
import type { TradeSeries } from "../definitions";
import { importedLabels } from "./chart";
import { isMoneySeries, type StoredSeries } from "./storage";

/*
 * The combined view as a CSV: our figures and the reader's imported ones in
 * one table, every row saying where it comes from. `origin` is "built-in" or
 * "imported: <file name>", and imported rows have the status "imported", so
 * nobody can take an imported number for one of ours after the fact.
 */

export const COMBINED_COLUMNS = [
  "origin",
  "series",
  "period",
  "year",
  "value_usd_m",
  "status",
  "reporter",
  "perspective",
  "basis",
  "source",
  "conversion",
  "note",
] as const;

export type CombinedRow = Record<(typeof COMBINED_COLUMNS)[number], CsvCell>;

export type YearRange = { from: number; to: number };

function inRange(year: number, range: YearRange): boolean {
  return year >= range.from && year <= range.to;
}

export function builtInRows(series: readonly TradeSeries[], range: YearRange): CombinedRow[] {
  return series.flatMap((entry) =>
    entry.observations
      .filter((observation) => inRange(observation.year, range))
      .map((observation) => ({
        origin: "built-in",
        series: entry.label,
        period: observation.period,
        year: observation.year,
        value_usd_m: observation.totalUsdM,
        status: observation.status,
        reporter: observation.reporter,
        perspective: observation.perspective,
        basis: observation.basis,
        source: observation.sources.map((source) => `${source.publisher}: ${source.title}`).join(" | "),
        conversion: "",
        note: [observation.atLeast ? "the source says more than this value" : undefined, observation.note]
          .filter((part) => part !== undefined && part !== "")
          .join("; "),
      })),
  );
}

export function importedRows(series: readonly StoredSeries[], range: YearRange): CombinedRow[] {
  const labels = importedLabels(series);
  return series.filter(isMoneySeries).flatMap((entry) =>
    entry.points
      .filter((point) => inRange(point.year, range))
      .map((point) => ({
        origin: `imported: ${entry.fileName}`,
        series: labels.get(entry.key) ?? entry.name,
        period: point.period ?? String(point.year),
        year: point.year,
        value_usd_m: point.value,
        status: "imported",
        reporter: "",
        perspective: "imported",
        basis: point.partial ? "partial" : point.fiscal ? "fiscal" : "calendar",
        source: `${entry.fileName} (${entry.format.label})`,
        conversion: entry.conversion,
        note: [
          point.partial ? `covers only ${point.period ?? "part of the year"}` : undefined,
          `imported into this browser on ${entry.addedAt.slice(0, 10)}; not checked by this site`,
        ]
          .filter((part) => part !== undefined)
          .join("; "),
      })),
  );
}

export function combinedCsv(
  trade: readonly TradeSeries[],
  imported: readonly StoredSeries[],
  range: YearRange,
): string {
  return toCsv(COMBINED_COLUMNS, [...builtInRows(trade, range), ...importedRows(imported, range)]);
}

export function combinedCsvFileName(range: YearRange): string {
  return `trade-with-imported_${range.from}-${range.to}.csv`;
}
