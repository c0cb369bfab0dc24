import "./zod";
import { z } from "zod";
import { USD_MILLIONS, type ImportedSeries, type ImportResult } from "../import/types";
import { STORAGE_KEY } from "./keys";

/*
 * Imported series as this browser keeps them. Everything read back from
 * storage is untrusted: another version of the site, an extension or a
 * person with the developer tools may have written it. So it is parsed with a
 * schema, series that do not pass are dropped one by one, and nothing here
 * ever throws: a broken entry costs that entry, never the page.
 */

export { STORAGE_KEY };
export const STORAGE_VERSION = 1;

/** More than this many series on one chart cannot be told apart, and storage is small. */
export const MAX_STORED_SERIES = 24;

/** Long-run files give any whole year (-10000 is 10,000 BCE); the charts draw CHART_YEARS only. */
const MIN_YEAR = -100_000;
const MAX_YEAR = 9_999;
/** Our World in Data's long-run series hold a few hundred years; this leaves room, and storage is small. */
const MAX_POINTS = 2_000;

const text = (max: number) => z.string().trim().min(1).max(max);

export const storedPointSchema = z.object({
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  value: z.number().refine(Number.isFinite, "not a finite number"),
  period: z.string().max(40).optional(),
  partial: z.boolean().optional(),
  fiscal: z.boolean().optional(),
});

export const storedSeriesSchema = z.object({
  /** File name and series id: adding the same series of the same file again replaces it. */
  key: text(600),
  name: text(300),
  unit: text(120),
  conversion: z.string().max(300),
  format: z.object({ id: text(40), label: text(120) }),
  fileName: text(260),
  /** ISO date and time it was added, shown in the list and kept in downloads. */
  addedAt: z.iso.datetime(),
  points: z.array(storedPointSchema).max(MAX_POINTS),
});

export type StoredPoint = z.infer<typeof storedPointSchema>;
export type StoredSeries = z.infer<typeof storedSeriesSchema>;

const storedImportsSchema = z.object({
  version: z.literal(STORAGE_VERSION),
  series: z.array(z.unknown()),
});

export type StoredImports = {
  series: StoredSeries[];
  /** Why some or all of what was stored could not be used; shown to the reader. */
  problem?: string;
};

export const EMPTY_IMPORTS: StoredImports = { series: [] };

/** Reads what storage holds under STORAGE_KEY. Never throws. */
export function parseStoredImports(raw: string | null): StoredImports {
  if (raw === null || raw === "") return EMPTY_IMPORTS;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { series: [], problem: "The imported series saved in this browser could not be read and were set aside." };
  }
  const envelope = storedImportsSchema.safeParse(json);
  if (!envelope.success) {
    return {
      series: [],
      problem:
        "The imported series saved in this browser are in a form this version does not know, so they were set aside.",
    };
  }
  const series: StoredSeries[] = [];
  const keys = new Set<string>();
  let dropped = 0;
  for (const entry of envelope.data.series) {
    const parsed = storedSeriesSchema.safeParse(entry);
    if (!parsed.success || keys.has(parsed.data.key) || series.length >= MAX_STORED_SERIES) {
      dropped += 1;
      continue;
    }
    keys.add(parsed.data.key);
    series.push({ ...parsed.data, points: sortedUniquePoints(parsed.data.points) });
  }
  if (dropped === 0) return { series };
  return {
    series,
    problem: `${dropped} saved imported ${dropped === 1 ? "series was" : "series were"} damaged or over the limit and ${dropped === 1 ? "was" : "were"} set aside.`,
  };
}

export function serializeStoredImports(series: readonly StoredSeries[]): string {
  return JSON.stringify({ version: STORAGE_VERSION, series });
}

/** One point per year, in year order; the first of two for one year wins (the importer never sends two). */
function sortedUniquePoints(points: readonly StoredPoint[]): StoredPoint[] {
  const byYear = new Map<number, StoredPoint>();
  for (const point of points) if (!byYear.has(point.year)) byYear.set(point.year, point);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export function storedKey(fileName: string, seriesId: string): string {
  return `${fileName}::${seriesId}`;
}

/** The stored form of one series of an import answer. */
export function toStoredSeries(result: ImportResult, series: ImportedSeries, addedAt: Date): StoredSeries {
  return {
    key: storedKey(result.fileName, series.id),
    name: series.name,
    unit: series.unit,
    conversion: series.conversion,
    format: { id: result.format.id, label: result.format.label },
    fileName: result.fileName,
    addedAt: addedAt.toISOString(),
    points: sortedUniquePoints(
      series.points.map((point) => ({
        year: point.year,
        value: point.value,
        ...(point.period === undefined ? {} : { period: point.period }),
        ...(point.partial === undefined ? {} : { partial: point.partial }),
        ...(point.fiscal === undefined ? {} : { fiscal: point.fiscal }),
      })),
    ),
  };
}

/** Only amounts in US$ millions share the trade chart's axis. */
export function isMoneySeries(series: Pick<StoredSeries, "unit">): boolean {
  return series.unit === USD_MILLIONS;
}

export type AddOutcome = {
  series: StoredSeries[];
  added: number;
  replaced: number;
  /** Series left out because the limit was reached. */
  refused: number;
};

/**
 * Adds series to those already kept: one with the key of a kept series
 * replaces it in place, new ones go at the end, up to MAX_STORED_SERIES.
 */
export function addStoredSeries(existing: readonly StoredSeries[], incoming: readonly StoredSeries[]): AddOutcome {
  const series = [...existing];
  let added = 0;
  let replaced = 0;
  let refused = 0;
  for (const entry of incoming) {
    const index = series.findIndex((kept) => kept.key === entry.key);
    if (index >= 0) {
      series[index] = entry;
      replaced += 1;
    } else if (series.length < MAX_STORED_SERIES) {
      series.push(entry);
      added += 1;
    } else {
      refused += 1;
    }
  }
  return { series, added, replaced, refused };
}

export function removeStoredSeries(existing: readonly StoredSeries[], key: string): StoredSeries[] {
  return existing.filter((entry) => entry.key !== key);
}
