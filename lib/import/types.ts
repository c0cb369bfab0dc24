/**
 * The shapes the importer answers with. Everything here is plain, JSON-serialisable data
 * (no classes, Maps, undefined values or non-finite numbers), because it is sent as the
 * body of `POST /api/import` and handed to client components as props.
 */

export type ImportFormatId =
  | "wdi"
  | "comtrade-legacy"
  | "comtrade-plus"
  | "imf-dots"
  | "imf-dots-table"
  | "owid"
  | "wits"
  | "dashboard-trade"
  | "tidy"
  | "wide";

export interface ImportFormat {
  id: ImportFormatId;
  /** Human-readable name of the detected format, e.g. "World Bank WDI bulk download". */
  label: string;
}

/** What a series is about; `sheet` is the workbook sheet it came from (Excel files only). */
export type DimensionKey = "sheet" | "reporter" | "partner" | "flow" | "indicator" | "product";

/** The order in which dimensions are listed in choices and series names. */
export const DIMENSION_KEYS: readonly DimensionKey[] = ["sheet", "reporter", "partner", "flow", "product", "indicator"];

export interface DimensionValue {
  /** The code from the file when it has one (ISO3, M49, IMF code, HS code, indicator code), otherwise the label. */
  id: string;
  label: string;
}

export type SeriesDimensions = Partial<Record<DimensionKey, DimensionValue>>;

/** How often the file reports the series; points are always yearly. */
export type SeriesFrequency = "annual" | "quarterly" | "monthly" | "mixed";

/** The unit of every money series, so imported series share an axis with the built-in ones. */
export const USD_MILLIONS = "USD millions";

export interface ImportedPoint {
  /**
   * The calendar year; for a fiscal year, the year it ends in (FY2008-09 → 2009), as the
   * trade explorer counts it. Long-run files may give any whole year (-10000 is 10,000 BCE).
   */
  year: number;
  value: number;
  /**
   * Set only when the value is not for the calendar year: the months or quarters it sums,
   * e.g. "2024M1–2024M2" (such points also carry `partial: true`), or the fiscal year,
   * e.g. "FY2008-09" (with `fiscal: true`).
   */
  period?: string;
  partial?: boolean;
  /** The value is for the July–June fiscal year that ends in June of `year`. */
  fiscal?: boolean;
}

export interface ImportedSeries {
  /** Stable within one answer; built from the dimension codes, e.g. "pak-rus-export-total". */
  id: string;
  name: string;
  /** "USD millions" for money, otherwise the unit as the file states it (e.g. "% of GDP") or "unspecified". */
  unit: string;
  /** What was done to the file's values, e.g. "values in US$ thousands, divided by 1,000". */
  conversion: string;
  dimensions: SeriesDimensions;
  frequency: SeriesFrequency;
  /** True for the series about Pakistan–Russia trade (either direction), which a page shows first. */
  preselected: boolean;
  points: ImportedPoint[];
}

export interface ImportChoiceValue extends DimensionValue {
  seriesCount: number;
}

/** One dimension the reader can pick values from, listed only when the file has it. */
export interface ImportChoice {
  dimension: DimensionKey;
  label: string;
  values: ImportChoiceValue[];
}

/** A problem tied, where possible, to a line (1-based, as a text editor counts) and a column (1-based). */
export interface ImportIssue {
  line: number | null;
  column: number | null;
  message: string;
  /** In a workbook: the sheet; `line` is then the row and `column` the column number (A = 1). */
  sheet?: string;
}

/** How the bytes were read, so a page can say e.g. "read as UTF-16, semicolon-separated, decimal comma". */
export interface ImportReading {
  encoding: string;
  delimiter: string;
  decimalSeparator: "." | ",";
  headerLine: number;
  dataRows: number;
  /** Set for Excel workbooks: each sheet in tab order, how it was read or why not. */
  sheets?: ImportSheetReading[];
}

export interface ImportSheetReading {
  name: string;
  /** Null when the sheet was not read; `skipped` says why. */
  format: ImportFormat | null;
  headerRow: number | null;
  dataRows: number;
  seriesCount: number;
  skipped?: string;
}

export interface ImportResult {
  format: ImportFormat;
  fileName: string;
  series: ImportedSeries[];
  choices: ImportChoice[];
  warnings: ImportIssue[];
  reading: ImportReading;
}

/** Body of every 413 and 422 answer. */
export interface ImportErrorBody {
  error: string;
  errors: ImportIssue[];
}

export type ImportStatus = 413 | 422;

export type ImportOutcome =
  { ok: true; result: ImportResult } | { ok: false; status: ImportStatus; body: ImportErrorBody };
