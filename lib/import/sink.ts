import { ImportFailure, describePlace, quoteCell } from "./errors";
import { IssueLog } from "./issues";
import { formatCount, type ImportLimits } from "./limits";
import { looksExcelRounded } from "./numbers";
import { formatPeriod, type PeriodCode } from "./periods";
import { type ImportIssue, type SeriesDimensions } from "./types";
import { type UnitInfo } from "./units";

/** What a format reader knows about a series when it first meets it. */
export interface SeriesDescription {
  dimensions: SeriesDimensions;
  unit: UnitInfo;
  /** Further distinctions that are not dimensions, e.g. "mode of transport: Sea". */
  extra: string | null;
}

export interface SeriesEntry {
  key: string;
  description: SeriesDescription;
  /** The file's values, before any unit conversion, by period. */
  values: Map<PeriodCode, number>;
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
    const entry: SeriesEntry = { key, description, values: new Map() };
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores a value; a second value for the same series and period is ignored with a warning, never summed. */
  addValue(entry: SeriesEntry, period: PeriodCode, value: number, line: number): void {
    if (entry.values.has(period)) {
      this.warnings.add(
        "duplicate",
        rowIssue(
          line,
          `a second value for the same series and period (${formatPeriod(period)}) was ignored; the first one is kept.`,
        ),
        "second values for a series and period, ignored",
      );
      return;
    }
    entry.values.set(period, value);
  }

  /** Notes values Excel shortened to six significant digits, e.g. 1.03198E+11. */
  noteNumberText(raw: string, line: number, columnIndex: number): void {
    // Most cells have no exponent; the substring test keeps the regular expression off the hot path.
    if ((raw.indexOf("E+") === -1 && raw.indexOf("e+") === -1) || !looksExcelRounded(raw)) return;
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
