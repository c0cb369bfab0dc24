import { ImportFailure, describePlace, quoteCell } from "./errors";
import { IssueLog } from "./issues";
import { formatCount, type ImportLimits } from "./limits";
import { looksExcelRounded } from "./numbers";
import { type PeriodCode, formatPeriod, periodFrequency, periodIndex, periodYear } from "./periods";
import { detachString } from "./strings";
import { type ImportIssue, type SeriesDimensions } from "./types";
import { type UnitInfo } from "./units";

/** What a format reader knows about a series when it first meets it. */
export interface SeriesDescription {
  dimensions: SeriesDimensions;
  unit: UnitInfo;
  /** Further distinctions that are not dimensions, as [column name, value], e.g. ["mode of transport", "Sea"]. */
  extras: Array<[string, string]>;
  /** The format's own name for the series, used instead of one built from the dimensions. */
  name?: string;
}

/**
 * What a year of a series holds so far: its annual figure, and the sums and sets (bit masks:
 * bit m for month m, bit q for quarter q) of its months and quarters.
 */
export interface YearParts {
  annual: number | null;
  /** The July–June fiscal year that ends in this year (FY2008-09 in 2009). */
  fiscal: number | null;
  monthSum: number;
  monthMask: number;
  quarterSum: number;
  quarterMask: number;
}

/** Frequencies a series has values in, as bits of `SeriesEntry.frequencies`. */
export const FREQUENCY_BITS = { A: 1, Q: 2, M: 4, F: 8 } as const;

export interface SeriesEntry {
  key: string;
  description: SeriesDescription;
  /**
   * The file's values, before any unit conversion, folded into years as they are read: a
   * few numbers per year instead of one entry per value, and the yearly points are then a
   * short walk over the years.
   */
  years: Map<number, YearParts>;
  frequencies: number;
  /** The year of the last value, whose parts the next value most likely belongs to. */
  lastYear: number;
  lastParts: YearParts | null;
}

/** Builds the issue for one cell; the message repeats the place so it reads well on its own. */
export function cellIssue(
  line: number,
  columnIndex: number,
  columnName: string,
  raw: string,
  problem: string,
): ImportIssue {
  const column = columnIndex + 1;
  const named = columnName.trim() ? ` (${columnName.trim()})` : "";
  return {
    line,
    column,
    message: `line ${line}, column ${column}${named}: ${quoteCell(raw.trim())} ${problem}`,
  };
}

/** Builds the issue for a whole row. */
export function rowIssue(line: number, message: string): ImportIssue {
  return { line, column: null, message: `${describePlace(line, null)}${message}` };
}

/**
 * Where format readers put what they read: series and their values, plus the warnings that
 * do not stop the import. Errors travel separately (readers return them per row) because a
 * row's errors may turn out to be a footnote's and be dropped.
 */
export class ImportSink {
  readonly entries = new Map<string, SeriesEntry>();
  readonly warnings: IssueLog;
  private readonly maxSeries: number;
  private excelRoundedCount = 0;
  private firstExcelRounded: ImportIssue | null = null;

  constructor(limits: Pick<ImportLimits, "maxSeries" | "maxWarnings">) {
    this.maxSeries = limits.maxSeries;
    this.warnings = new IssueLog(limits.maxWarnings, 5);
  }

  lookup(key: string): SeriesEntry | undefined {
    return this.entries.get(key);
  }

  create(key: string, description: SeriesDescription, line: number): SeriesEntry {
    if (this.entries.size >= this.maxSeries) {
      throw new ImportFailure(
        422,
        `The file holds more than ${formatCount(this.maxSeries)} series (one per combination of reporter, partner, flow, product and indicator), the most the importer answers with; line ${line} starts series ${formatCount(this.maxSeries + 1)}. Download fewer reporters, partners or products.`,
      );
    }
    const kept = detachString(key);
    const entry: SeriesEntry = {
      key: kept,
      description,
      years: new Map(),
      frequencies: 0,
      lastYear: Number.NaN,
      lastParts: null,
    };
    this.entries.set(kept, entry);
    return entry;
  }

  /** Adds a value to its year; a second value for the same period is ignored with a warning, never summed. */
  addValue(entry: SeriesEntry, period: PeriodCode, value: number, line: number): void {
    const year = periodYear(period);
    let parts = entry.lastYear === year ? entry.lastParts : null;
    if (!parts) {
      parts = entry.years.get(year) ?? null;
      if (!parts) {
        parts = { annual: null, fiscal: null, monthSum: 0, monthMask: 0, quarterSum: 0, quarterMask: 0 };
        entry.years.set(year, parts);
      }
      entry.lastYear = year;
      entry.lastParts = parts;
    }
    const frequency = periodFrequency(period);
    const bit = 1 << periodIndex(period);
    if (frequency === "A") {
      if (parts.annual !== null) return this.duplicate(period, line);
      parts.annual = value;
    } else if (frequency === "F") {
      if (parts.fiscal !== null) return this.duplicate(period, line);
      parts.fiscal = value;
    } else if (frequency === "M") {
      if (parts.monthMask & bit) return this.duplicate(period, line);
      parts.monthSum += value;
      parts.monthMask |= bit;
    } else {
      if (parts.quarterMask & bit) return this.duplicate(period, line);
      parts.quarterSum += value;
      parts.quarterMask |= bit;
    }
    entry.frequencies |= FREQUENCY_BITS[frequency];
  }

  private duplicate(period: PeriodCode, line: number): void {
    this.warnings.add(
      "duplicate",
      rowIssue(
        line,
        `a second value for the same series and period (${formatPeriod(period)}) was ignored; the first one is kept.`,
      ),
      "second values for a series and period, ignored",
    );
  }

  /** Notes values Excel shortened to six significant digits, e.g. 1.03198E+11. */
  noteNumberText(raw: string, line: number, columnIndex: number): void {
    // Excel's form ends in "E+dd"; testing one character keeps the regular expression off the hot path.
    if (raw.length < 6 || raw.charCodeAt(raw.length - 3) !== 43 || !looksExcelRounded(raw)) return;
    this.excelRoundedCount++;
    this.firstExcelRounded ??= { line, column: columnIndex + 1, message: "" };
  }

  /** Warnings that sum up the whole file rather than one row. */
  fileWarnings(): ImportIssue[] {
    const first = this.firstExcelRounded;
    if (!first || this.excelRoundedCount === 0) return [];
    return [
      {
        line: first.line,
        column: first.column,
        message: `${formatCount(this.excelRoundedCount)} ${this.excelRoundedCount === 1 ? "value is" : "values are"} written in E-notation with at most six significant digits (as Excel saves large numbers, e.g. line ${first.line}, column ${first.column}), so those figures are rounded; the portal's own download has the exact figures.`,
      },
    ];
  }
}
