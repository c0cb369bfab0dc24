import type { Dataset, OfficialObservation } from "../definitions";
import { toCsv, type CsvCell } from "../csv-writer";
import { deflator, latestCpiYear } from "../official/constant-dollars";
import { MEASURES } from "../official/flows";
import { officialSeries } from "../trade/official-series";
import { labelsOf } from "../format";
import { isLocale, type Locale } from "../i18n/locales";

/*
 * The data API's view of each dataset: a title, its columns in order, a year
 * range for filtering where rows have years, and flat rows. The CSV download
 * and the JSON answer are both generated from this one description.
 */

type FlatRow = Record<string, CsvCell>;

type DatasetDefinition = {
  id: string;
  title: string;
  columns: readonly string[];
  /** Years a row covers, for `from`/`to`; absent when rows have no years. */
  years?: (row: FlatRow) => [number, number];
  rows: (data: Dataset) => FlatRow[];
};

const joinIds = (ids: readonly string[]) => ids.join(";");
const sourceNames = (sources: readonly { publisher: string; title: string }[]) =>
  sources.map((source) => `${source.publisher}: ${source.title}`).join(" | ");
const pad = (month: number) => String(month).padStart(2, "0");
const yearSpan = (row: FlatRow): [number, number] => {
  const start = Number(row.year);
  const end = row.end_year === undefined || row.end_year === "" ? start : Number(row.end_year);
  return [start, end];
};

const OFFICIAL_COLUMNS = [
  "reporter",
  "partner",
  "flow",
  "valuation",
  "year",
  "value_usd_m",
  "unit",
  "status",
  "source_id",
  "source",
] as const;

const REPORTER_NAMES = { pk: "Pakistan", ru: "Russian Federation" } as const;

function officialRows(rows: readonly OfficialObservation[], data: Dataset): FlatRow[] {
  const titles = new Map(data.sources.map((source) => [source.id, `${source.publisher}: ${source.title}`]));
  return rows.map((row) => ({
    reporter: REPORTER_NAMES[row.reporter],
    partner: row.partner,
    flow: row.flow,
    valuation: row.valuation,
    year: row.year,
    value_usd_m: row.valueUsdM,
    unit: "US$ millions",
    // Each value is one cell of the IMF's table, as published.
    status: "reported",
    source_id: row.sourceId,
    source: titles.get(row.sourceId) ?? "",
  }));
}

/**
 * The official series in Pakistan's terms, as the trade explorer draws them:
 * every reporter and measure, each value also in constant dollars of the
 * latest full CPI year. Totals, balances and constant dollars are ours.
 */
function officialTradeRows(data: Dataset): FlatRow[] {
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const baseYear = latestCpiYear(data.usCpi);
  const deflate = baseYear === undefined ? undefined : deflator(data.usCpi, baseYear);
  return (["pk", "ru"] as const).flatMap((reporter) =>
    MEASURES.flatMap((measure) =>
      officialSeries(data.official, reporter, measure, { sources }).observations.map((observation) => {
        const real = deflate?.real(observation.totalUsdM, observation.year);
        return {
          series: observation.seriesId,
          year: observation.year,
          reporter: REPORTER_NAMES[reporter],
          partner: observation.year < 1992 ? "USSR" : reporter === "pk" ? "Russian Federation" : "Pakistan",
          measure,
          value_usd_m: observation.totalUsdM,
          value_constant_usd_m: real,
          constant_dollars_year: real === undefined ? undefined : baseYear,
          status: observation.status,
          method: observation.note,
          source_ids: joinIds([
            ...observation.sources.map((source) => source.id),
            ...(real === undefined ? [] : ["bls-cpi-u"]),
          ]),
          sources: sourceNames(observation.sources),
        };
      }),
    ),
  );
}

export const DATASETS: readonly DatasetDefinition[] = [
  {
    id: "trade",
    title: "Pakistan–Russia bilateral trade figures (US$ millions)",
    columns: [
      "id",
      "period",
      "basis",
      "start",
      "end",
      "year",
      "total_usd_m",
      "pk_exports_usd_m",
      "pk_imports_usd_m",
      "qualifier",
      "reporter",
      "perspective",
      "series",
      "status",
      "source_ids",
      "sources",
      "conflicts_with",
      "note",
    ],
    years: (row) => [Number(row.year), Number(row.year)],
    rows: (data) =>
      data.trade.map((row) => ({
        id: row.id,
        period: row.period,
        basis: row.basis,
        start: `${row.start.year}-${pad(row.start.month)}`,
        end: `${row.end.year}-${pad(row.end.month)}`,
        year: row.year,
        total_usd_m: row.totalUsdM,
        pk_exports_usd_m: row.pkExportsUsdM,
        pk_imports_usd_m: row.pkImportsUsdM,
        qualifier: row.atLeast ? "at_least" : "",
        reporter: row.reporter,
        perspective: row.perspective,
        series: row.seriesId,
        status: row.status,
        source_ids: joinIds(row.sources.map((source) => source.id)),
        sources: sourceNames(row.sources),
        conflicts_with: joinIds(row.conflictsWith),
        note: row.note,
      })),
  },
  {
    id: "imf-dots",
    title:
      "IMF Direction of Trade Statistics: Pakistan–Russian Federation (USSR to 1992) exports and imports as each country reports them, and each country's trade with the World (US$ millions)",
    columns: OFFICIAL_COLUMNS,
    years: (row) => [Number(row.year), Number(row.year)],
    rows: (data) => officialRows(data.official, data),
  },
  {
    id: "official-trade",
    title:
      "Pakistan–Russia trade from the IMF series in Pakistan's terms: exports, imports, total and balance as each country counts them, in current and constant US$ millions",
    columns: [
      "series",
      "year",
      "reporter",
      "partner",
      "measure",
      "value_usd_m",
      "value_constant_usd_m",
      "constant_dollars_year",
      "status",
      "method",
      "source_ids",
      "sources",
    ],
    years: (row) => [Number(row.year), Number(row.year)],
    rows: officialTradeRows,
  },
  {
    id: "imf-dots-pakistan-partners",
    title:
      "IMF Direction of Trade Statistics: Pakistan's exports and imports with every partner economy (US$ millions)",
    columns: OFFICIAL_COLUMNS,
    years: (row) => [Number(row.year), Number(row.year)],
    rows: (data) => officialRows(data.pakistanPartners, data),
  },
  {
    id: "us-cpi",
    title: "US consumer price index (CPI-U, all items, 1982–84 = 100), annual averages, for constant dollars",
    columns: ["year", "cpi_u", "method", "source_id"],
    years: (row) => [Number(row.year), Number(row.year)],
    rows: (data) =>
      data.usCpi.map((row) => ({ year: row.year, cpi_u: row.cpi, method: row.method, source_id: row.sourceId })),
  },
  {
    id: "financing",
    title: "Aid and project financing items (US$ millions)",
    columns: [
      "id",
      "project",
      "item",
      "financier",
      "counterpart",
      "amount_usd_m",
      "amount_max_usd_m",
      "qualifier",
      "original_amount",
      "date",
      "end_date",
      "year",
      "end_year",
      "kind",
      "status",
      "source_ids",
      "sources",
      "conflicts_with",
      "part_of",
      "note",
    ],
    years: yearSpan,
    rows: (data) =>
      data.financing.map((row) => ({
        id: row.id,
        project: row.project,
        item: row.item,
        financier: row.financier,
        counterpart: row.counterpart,
        amount_usd_m: row.amountUsdM,
        amount_max_usd_m: row.amountMaxUsdM,
        qualifier: row.qualifier,
        original_amount: row.originalAmount,
        date: row.date,
        end_date: row.endDate,
        year: row.year,
        end_year: row.endYear,
        kind: row.kind,
        status: row.status,
        source_ids: joinIds(row.sources.map((source) => source.id)),
        sources: sourceNames(row.sources),
        conflicts_with: joinIds(row.conflictsWith),
        part_of: row.partOf,
        note: row.note,
      })),
  },
  {
    id: "events",
    title: "Events in Pakistan–Russia relations",
    columns: [
      "id",
      "date",
      "precision",
      "end_date",
      "year",
      "end_year",
      "title",
      "summary",
      "theme",
      "related",
      "source_ids",
      "sources",
    ],
    years: yearSpan,
    rows: (data) =>
      data.events.map((row) => ({
        id: row.id,
        date: row.date,
        precision: row.precision,
        end_date: row.endDate,
        year: row.year,
        end_year: row.endDate === undefined ? undefined : Number(row.endDate.slice(0, 4)),
        title: row.title,
        summary: row.summary,
        theme: row.theme,
        related: row.related,
        source_ids: joinIds(row.sources.map((source) => source.id)),
        sources: sourceNames(row.sources),
      })),
  },
  {
    id: "claims",
    title: "Claims of the source article, checked",
    columns: [
      "id",
      "claim",
      "article_value",
      "status",
      "corrected_value",
      "explanation",
      "source_ids",
      "sources",
      "related_ids",
    ],
    rows: (data) =>
      data.claims.map((row) => ({
        id: row.id,
        claim: row.claim,
        article_value: row.articleValue,
        status: row.status,
        corrected_value: row.correctedValue,
        explanation: row.explanation,
        source_ids: joinIds(row.sources.map((source) => source.id)),
        sources: sourceNames(row.sources),
        related_ids: joinIds(row.relatedIds),
      })),
  },
  {
    id: "sources",
    title: "Sources cited by the dashboard",
    columns: ["id", "title", "publisher", "author", "date", "url", "kind", "note"],
    rows: (data) =>
      data.sources.map((row) => ({
        id: row.id,
        title: row.title,
        publisher: row.publisher,
        author: row.author,
        date: row.date,
        url: row.url,
        kind: row.kind,
        note: row.note,
      })),
  },
];

export type DatasetQuery = {
  format: "json" | "csv";
  from?: number;
  to?: number;
  /** Ids from the rows' `series` column; only datasets with that column accept it. */
  series?: string[];
  /**
   * The language of the words: titles, column headings and the data's own
   * prose (notes, summaries). Codes, ids and numbers are the same in every
   * language, and JSON keys stay the column ids. Absent means English.
   */
  lang?: Locale;
};

export type QueryResult = { ok: true; query: DatasetQuery } | { ok: false; error: string };

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function parseYear(name: string, values: string[]): number | undefined | string {
  if (values.length === 0) return undefined;
  if (values.length > 1) return `"${name}" was given ${values.length} times; give it once`;
  const value = values[0] ?? "";
  if (!/^\d{4}$/.test(value))
    return `"${name}" must be a four-digit year between ${YEAR_MIN} and ${YEAR_MAX}; got "${value.slice(0, 40)}"`;
  const year = Number(value);
  if (year < YEAR_MIN || year > YEAR_MAX) return `"${name}" must be between ${YEAR_MIN} and ${YEAR_MAX}; got ${year}`;
  return year;
}

/** Validates the query string of a dataset request; every failure says what is accepted. */
export function parseDatasetQuery(params: URLSearchParams): QueryResult {
  const formats = params.getAll("format");
  if (formats.length > 1) return { ok: false, error: `"format" was given ${formats.length} times; give it once` };
  const format = formats[0] ?? "json";
  if (format !== "json" && format !== "csv") {
    return { ok: false, error: `"format" must be "json" or "csv"; got "${format.slice(0, 40)}"` };
  }
  const from = parseYear("from", params.getAll("from"));
  if (typeof from === "string") return { ok: false, error: from };
  const to = parseYear("to", params.getAll("to"));
  if (typeof to === "string") return { ok: false, error: to };
  if (from !== undefined && to !== undefined && from > to) {
    return { ok: false, error: `"from" (${from}) is after "to" (${to}); give from ≤ to` };
  }
  const langValues = params.getAll("lang");
  if (langValues.length > 1) return { ok: false, error: `"lang" was given ${langValues.length} times; give it once` };
  const langValue = langValues[0];
  if (langValue !== undefined && !isLocale(langValue)) {
    return { ok: false, error: `"lang" must be "en", "ur" or "ru"; got "${langValue.slice(0, 40)}"` };
  }
  const lang = langValue === undefined ? {} : { lang: langValue };
  const seriesValues = params.getAll("series");
  if (seriesValues.length > 1)
    return { ok: false, error: `"series" was given ${seriesValues.length} times; give it once, comma-separated` };
  if (seriesValues.length === 0) return { ok: true, query: { format, from, to, ...lang } };
  const series = (seriesValues[0] ?? "").split(",").map((id) => id.trim());
  const bad = series.find((id) => !/^[a-z0-9][a-z0-9-]{0,119}$/.test(id));
  if (bad !== undefined) {
    return {
      ok: false,
      error: `"series" must list series ids (lower-case letters, digits and hyphens) separated by commas; got "${bad.slice(0, 40)}"`,
    };
  }
  return { ok: true, query: { format, from, to, series, ...lang } };
}

/**
 * Checks a `series` filter against the dataset: only a dataset with a
 * `series` column takes one, and every id must be one of its series.
 */
export function checkSeriesFilter(
  definition: DatasetDefinition,
  data: Dataset,
  series: readonly string[] | undefined,
): string | undefined {
  if (series === undefined) return undefined;
  if (!definition.columns.includes("series"))
    return `"series" applies only to datasets with series (trade, official-trade), not to "${definition.id}"`;
  const known = new Set(flatRows(definition, data).map((row) => String(row.series)));
  const unknown = series.find((id) => !known.has(id));
  return unknown === undefined
    ? undefined
    : `"${unknown}" is not a series of "${definition.id}"; series are ${[...known].join(", ")}`;
}

/*
 * The data only changes with a rebuild, so each dataset's flat rows, and each
 * answer body, are worked out once per process. Bodies are kept per distinct
 * query up to a bound, so a flood of odd queries cannot grow memory without end.
 */
const flatRowsCache = new WeakMap<Dataset, Map<string, FlatRow[]>>();
const bodyCache = new Map<string, string>();
const MAX_CACHED_BODIES = 256;

export function flatRows(definition: DatasetDefinition, data: Dataset): FlatRow[] {
  let byId = flatRowsCache.get(data);
  if (byId === undefined) {
    byId = new Map();
    flatRowsCache.set(data, byId);
  }
  let rows = byId.get(definition.id);
  if (rows === undefined) {
    rows = definition.rows(data);
    byId.set(definition.id, rows);
  }
  return rows;
}

/** The body for a query, from the cache when this process has answered it before. */
export function memoisedBody(key: string, build: () => string): string {
  const cached = bodyCache.get(key);
  if (cached !== undefined) return cached;
  const body = build();
  if (bodyCache.size >= MAX_CACHED_BODIES) {
    const oldest = bodyCache.keys().next().value;
    if (oldest !== undefined) bodyCache.delete(oldest);
  }
  bodyCache.set(key, body);
  return body;
}

export function findDataset(id: string): DatasetDefinition | undefined {
  return DATASETS.find((definition) => definition.id === id);
}

export function selectRows(
  definition: DatasetDefinition,
  data: Dataset,
  query: Pick<DatasetQuery, "from" | "to" | "series">,
): FlatRow[] {
  const wanted = query.series === undefined ? undefined : new Set(query.series);
  const rows = flatRows(definition, data).filter((row) => wanted === undefined || wanted.has(String(row.series)));
  const { years } = definition;
  if (years === undefined || (query.from === undefined && query.to === undefined)) return rows;
  const from = query.from ?? YEAR_MIN;
  const to = query.to ?? YEAR_MAX;
  return rows.filter((row) => {
    const [start, end] = years(row);
    return end >= from && start <= to;
  });
}

/**
 * `trade.csv`, `trade_2003-2009.csv` when a range was asked for, `trade_2003-2009_2-series.csv` with a series filter,
 * `trade_ru.csv` in Russian.
 */
export function downloadName(id: string, query: Pick<DatasetQuery, "from" | "to" | "series" | "lang">): string {
  const range =
    query.from === undefined && query.to === undefined ? "" : `_${query.from ?? "start"}-${query.to ?? "end"}`;
  const series = query.series === undefined ? "" : `_${query.series.length}-series`;
  const lang = query.lang === undefined || query.lang === "en" ? "" : `_${query.lang}`;
  return `${id}${range}${series}${lang}.csv`;
}

/** The dataset's title in a language. */
export function datasetTitle(definition: DatasetDefinition, locale: Locale = "en"): string {
  return (labelsOf(locale).datasets as Record<string, string>)[definition.id] ?? definition.title;
}

/** Each column's heading in a language, keyed by the column id. */
export function columnHeadings(definition: DatasetDefinition, locale: Locale): Record<string, string> {
  const headings = labelsOf(locale).columns as Record<string, string>;
  return Object.fromEntries(definition.columns.map((column) => [column, headings[column] ?? column]));
}

/**
 * The CSV of some rows. Without a language, or in English, the header row is
 * the column ids, which the importer and scripts read; in Urdu or Russian it
 * is the headings in that language.
 */
export function datasetCsv(definition: DatasetDefinition, rows: readonly FlatRow[], locale?: Locale): string {
  if (locale === undefined || locale === "en") return toCsv(definition.columns, rows);
  const headings = columnHeadings(definition, locale);
  const translated = rows.map((row) =>
    Object.fromEntries(definition.columns.map((column) => [headings[column] ?? column, row[column]])),
  );
  return toCsv(
    definition.columns.map((column) => headings[column] ?? column),
    translated,
  );
}

export type DatasetSummary = { id: string; title: string; rowCount: number; csv: string; json: string };

/** Title, row count and download addresses of the datasets asked for, in the order asked. */
export function datasetSummaries(data: Dataset, ids: readonly string[]): DatasetSummary[] {
  return ids.flatMap((id) => {
    const definition = findDataset(id);
    if (definition === undefined) return [];
    return [
      {
        id,
        title: datasetTitle(definition),
        rowCount: selectRows(definition, data, {}).length,
        csv: `/api/datasets/${id}?format=csv`,
        json: `/api/datasets/${id}`,
      },
    ];
  });
}
