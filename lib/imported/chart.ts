import type { ChartSeries } from "../chart/trend-model";
import { fillLabel, formatUsdMillions } from "../format";
import type { Locale } from "../i18n/locales";
import { isMoneySeries, type StoredPoint, type StoredSeries } from "./storage";

/*
 * Imported series as the trend chart draws them: perspective "imported" (own
 * colours, star markers, "Imported: <name>" in the legend) and a description
 * on every point that says where it came from, in the page's language.
 */

/**
 * The words of a point's description, from the page's catalogue
 * (components/import/import-labels.ts): "{name}" templates, and the import
 * formats' names keyed by id.
 */
export type ImportedPointWords = {
  locale: Locale;
  fiscal: string;
  partYear: string;
  partOfYear: string;
  imported: string;
  file: string;
  formats: Readonly<Record<string, string>>;
};

/** Between the sentences of a description, as each language ends a sentence. */
const SENTENCE_BREAK: Record<Locale, string> = { en: ". ", ru: ". ", ur: "۔ " };

/** The years the charts draw; long-run points outside them are kept but not drawn. */
export const CHART_YEARS = { from: 1800, to: 2100 } as const;

export function isChartYear(year: number): boolean {
  return year >= CHART_YEARS.from && year <= CHART_YEARS.to;
}

/** How many of the points lie outside CHART_YEARS, so a view can say why they are not drawn. */
export function countOutsideChart(points: readonly Pick<StoredPoint, "year">[]): number {
  return points.filter((point) => !isChartYear(point.year)).length;
}

/**
 * Where a point sits on the time axis. A fiscal year July Y-1 – June Y sits between the
 * ticks of Y-1 and Y, as the trade explorer places FY2012-13 at 2012.5.
 */
export function importedPointX(point: Pick<StoredPoint, "year" | "fiscal">): number {
  return point.fiscal ? point.year - 0.5 : point.year;
}

/** What a reader sees as the series' name; the file name is added when two series would read the same. */
export function importedLabels(series: readonly StoredSeries[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const entry of series) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
  return new Map(
    series.map((entry) => [
      entry.key,
      (counts.get(entry.name) ?? 0) > 1 ? `${entry.name} (${entry.fileName})` : entry.name,
    ]),
  );
}

/** Chart ids must not meet the built-in ones, and must stay valid in attribute selectors. */
export function importedChartId(index: number): string {
  return `imported-${index + 1}`;
}

export function describeImportedPoint(
  point: StoredPoint,
  label: string,
  series: StoredSeries,
  words: ImportedPointWords,
): string {
  const { locale } = words;
  // An English page names the format as the importer does; the others by their catalogue, when it has the format.
  const format = (locale === "en" ? undefined : words.formats[series.format.id]) ?? series.format.label;
  return [
    `${point.fiscal && point.period ? point.period : point.year}: ${formatUsdMillions(point.value, {}, locale)}`,
    point.fiscal ? fillLabel(words.fiscal, { from: String(point.year - 1), to: String(point.year) }) : undefined,
    point.partial ? fillLabel(words.partYear, { period: point.period ?? words.partOfYear }) : undefined,
    words.imported,
    label,
    fillLabel(words.file, { file: series.fileName, format }),
  ]
    .filter((part) => part !== undefined)
    .join(SENTENCE_BREAK[locale]);
}

/** The money series, ready to draw beside ours; other units cannot share the US$ axis and are left out. */
export function importedToChart(series: readonly StoredSeries[], words: ImportedPointWords): ChartSeries[] {
  const labels = importedLabels(series);
  let drawn = 0;
  return series.flatMap((entry, index) => {
    if (!isMoneySeries(entry)) return [];
    const id = importedChartId(index);
    const label = labels.get(entry.key) ?? entry.name;
    drawn += 1;
    const fiscal = entry.points.length > 0 && entry.points.every((point) => point.fiscal === true);
    return [
      {
        id,
        label,
        perspective: "imported" as const,
        ...(fiscal ? { basis: "fiscal" as const } : {}),
        // Fixed by position, so a series keeps its colour when the chart's range hides another one.
        colorIndex: drawn - 1,
        points: entry.points
          .filter((point) => isChartYear(point.year))
          .map((point) => ({
            id: `${id}-${point.year}`,
            x: importedPointX(point),
            value: point.value,
            status: "imported" as const,
            atLeast: false,
            // A part-year sum is drawn like our part-year figures, with a dashed ring.
            ...(point.partial ? { partial: true, periodLabel: point.period } : {}),
            // A fiscal year is drawn at its middle with its span, like our fiscal figures.
            ...(point.fiscal ? { periodLabel: point.period, span: { start: point.year - 1, end: point.year } } : {}),
            description: describeImportedPoint(point, label, entry, words),
          })),
      },
    ];
  });
}

export type YearCoverage = {
  first: number;
  last: number;
  count: number;
  /** Years between the first and the last with no value. */
  missing: number[];
  partial: number[];
};

export function yearCoverage(points: readonly Pick<StoredPoint, "year" | "partial">[]): YearCoverage | undefined {
  if (points.length === 0) return undefined;
  const years = new Set(points.map((point) => point.year));
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  const missing: number[] = [];
  for (let year = first + 1; year < last; year += 1) if (!years.has(year)) missing.push(year);
  return {
    first,
    last,
    count: years.size,
    missing,
    partial: points.filter((point) => point.partial === true).map((point) => point.year),
  };
}

/** "2018–2022", "2019", or "no values". */
export function formatYearSpan(coverage: YearCoverage | undefined): string {
  if (coverage === undefined) return "no values";
  return coverage.first === coverage.last ? String(coverage.first) : `${coverage.first}–${coverage.last}`;
}

/** "2018–2022 (5 years)", "2019 (1 year)", "2001–2010 (8 years; no value for 2004, 2007)". */
export function formatCoverage(coverage: YearCoverage | undefined): string {
  if (coverage === undefined) return "no values";
  const span = formatYearSpan(coverage);
  const count = `${coverage.count} ${coverage.count === 1 ? "year" : "years"}`;
  const gaps =
    coverage.missing.length === 0
      ? ""
      : `; no value for ${
          coverage.missing.length <= 4 ? coverage.missing.join(", ") : `${coverage.missing.length} years between`
        }`;
  return `${span} (${count}${gaps})`;
}
