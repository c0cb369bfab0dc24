import { failAt, quoteCell } from "../errors";
import { type NumberStyle, parseNumber } from "../numbers";
import { type PeriodCode, createPeriodParser, hasIsoMonths, looksLikeMistypedYear, parsePeriod } from "../periods";
import { type ImportSink, type SeriesDescription, type SeriesEntry, cellIssue, rowIssue } from "../sink";
import { type DimensionKey, type DimensionValue, type ImportIssue, type SeriesDimensions } from "../types";
import { type UnitInfo, describeScale, detectUnitWithScale } from "../units";
import { detachString } from "../strings";
import { type RowReader } from "./types";

/**
 * The two table shapes every supported format is a variant of, described by column
 * positions so that each format only says where its columns are:
 * - long: one row per period (Comtrade, OWID, WITS by partner, tidy CSV);
 * - wide: one row per series, one column per period (WDI, IMF DOTS, WITS time series, wide CSV).
 */

export interface DimensionColumns {
  key: DimensionKey;
  /** Column with the name, or -1. */
  label: number;
  /** Columns that may hold the code; the first non-empty one wins (e.g. ISO3, then M49). */
  codes: readonly number[];
  /** Computes the value from other columns instead, e.g. the flow from an IMF indicator code. */
  derive?: (fields: readonly string[]) => DimensionValue | null;
}

/** A column that tells series apart without being a dimension, e.g. Comtrade's mode of transport. */
export interface ExtraColumn {
  column: number;
  name: string;
  /** Values that mean "all" and are left out of the series name, e.g. "World" or "TOTAL MOT". */
  defaults: readonly string[];
}

export interface ValueColumn {
  column: number;
  name: string;
  /** The indicator this column holds when a file has several value columns (OWID, tidy CSV). */
  indicator: DimensionValue | null;
}

export interface PeriodColumn {
  column: number;
  period: PeriodCode;
  name: string;
}

interface CommonLayout {
  dimensions: readonly DimensionColumns[];
  extras?: readonly ExtraColumn[];
  /** Columns whose text states the unit, e.g. "Unit" and "Scale". */
  unitColumns?: readonly number[];
  /** Unit texts that apply when the row and the indicator say nothing, e.g. "US$" for Comtrade. */
  unitHints?: readonly string[];
  /** Rows the format does not carry data in, e.g. IMF's Status rows. */
  keepRow?: (fields: readonly string[]) => boolean;
  /** Names a series when the format has its own wording, e.g. "Pakistan: exports (FOB) to Russian Federation". */
  name?: (dimensions: SeriesDimensions) => string;
}

export interface LongLayout extends CommonLayout {
  periodColumn: number;
  periodName: string;
  valueColumns: readonly ValueColumn[];
  /** Any whole year is a period (Our World in Data's long-run series reach back to 10,000 BCE). */
  longRunYears?: boolean;
}

/** What a long reader needs to know of the file besides its layout. */
export interface LongReaderContext {
  numberStyle: NumberStyle;
  /** The first data rows, to tell whether the period column writes months as 2008-01. */
  sampleRows: readonly string[][];
}

export interface WideLayout extends CommonLayout {
  periodColumns: readonly PeriodColumn[];
}

const KEY_SEPARATOR = "\u0001";

function firstCode(fields: readonly string[], columns: readonly number[]): string {
  for (const column of columns) {
    const value = fields[column];
    if (value !== undefined && value !== "") {
      const trimmed = value.trim();
      if (trimmed !== "") return trimmed;
    }
  }
  return "";
}

/**
 * The part of a series key that comes from the row; codes are preferred because labels vary
 * ("Grain sorghum" and "Grain sorghum."). Null when the layout has label columns and all of
 * them are empty in this row.
 */
function rowKey(fields: readonly string[], layout: CommonLayout, labelColumns: number): string | null {
  let key = "";
  for (const dimension of layout.dimensions) {
    if (dimension.derive) continue;
    const code = firstCode(fields, dimension.codes);
    key += (code !== "" ? code : (fields[dimension.label] ?? "").trim()) + KEY_SEPARATOR;
  }
  if (labelColumns > 0 && key.length === labelColumns * KEY_SEPARATOR.length) return null;
  if (layout.extras) for (const extra of layout.extras) key += (fields[extra.column] ?? "") + KEY_SEPARATOR;
  if (layout.unitColumns) for (const column of layout.unitColumns) key += (fields[column] ?? "") + KEY_SEPARATOR;
  return key;
}

/**
 * The cells that decide a row's series key, for comparing two rows: per dimension its first
 * code column (or its label when it has no code), with the other columns consulted only when
 * that cell is blank; then extras and unit columns. Equal cells mean equal keys.
 */
interface KeyCells {
  first: number;
  fallback: number[];
}

function keyCellsOf(layout: CommonLayout): KeyCells[] {
  const cells: KeyCells[] = [];
  for (const dimension of layout.dimensions) {
    if (dimension.derive) continue;
    const columns = [...dimension.codes, dimension.label].filter((column) => column >= 0);
    const [first, ...fallback] = columns;
    if (first !== undefined) cells.push({ first, fallback });
  }
  for (const extra of layout.extras ?? []) cells.push({ first: extra.column, fallback: [] });
  for (const column of layout.unitColumns ?? []) cells.push({ first: column, fallback: [] });
  return cells;
}

function sameSeries(fields: readonly string[], before: readonly string[], cells: readonly KeyCells[]): boolean {
  for (const cell of cells) {
    const value = fields[cell.first];
    if (value !== before[cell.first]) return false;
    if (cell.fallback.length > 0 && (value === undefined || value.trim() === "")) {
      for (const column of cell.fallback) if (fields[column] !== before[column]) return false;
    }
  }
  return true;
}

function countLabelDimensions(layout: CommonLayout): number {
  return layout.dimensions.filter((dimension) => !dimension.derive).length;
}

function readDimensions(fields: readonly string[], layout: CommonLayout): SeriesDimensions {
  const dimensions: SeriesDimensions = {};
  for (const dimension of layout.dimensions) {
    if (dimension.derive) {
      const derived = dimension.derive(fields);
      if (derived) dimensions[dimension.key] = derived;
      continue;
    }
    const code = detachString(firstCode(fields, dimension.codes));
    const label = detachString((fields[dimension.label] ?? "").trim());
    if (code === "" && label === "") continue;
    dimensions[dimension.key] = { id: code || label, label: label || code };
  }
  return dimensions;
}

function describeExtras(
  fields: readonly string[],
  extras: readonly ExtraColumn[] | undefined,
): Array<[string, string]> {
  const parts: Array<[string, string]> = [];
  for (const extra of extras ?? []) {
    const value = detachString((fields[extra.column] ?? "").trim());
    if (value === "" || extra.defaults.some((fallback) => fallback.toLowerCase() === value.toLowerCase())) continue;
    parts.push([extra.name, value]);
  }
  return parts;
}

/**
 * Reads units, remembering each combination of texts: a file's series share few of them,
 * and the reading takes a dozen regular expressions.
 */
function createUnitReader(): (texts: ReadonlyArray<string | null | undefined>) => UnitInfo {
  const known = new Map<string, UnitInfo>();
  return (texts) => {
    const key = texts.map((text) => text ?? "").join("\u0001");
    let unit = known.get(key);
    if (!unit) {
      const [unitText = "", ...others] = texts;
      unit = detectUnitWithScale(unitText ?? "", ...others);
      known.set(detachString(key), unit);
    }
    return unit;
  };
}

type UnitReader = ReturnType<typeof createUnitReader>;

function describeSeries(
  fields: readonly string[],
  layout: CommonLayout,
  valueColumn: ValueColumn | null,
  readUnit: UnitReader,
): SeriesDescription {
  const dimensions = readDimensions(fields, layout);
  const columnIndicator = valueColumn?.indicator ?? null;
  if (columnIndicator) {
    const rowIndicator = dimensions.indicator;
    dimensions.indicator = rowIndicator
      ? { id: `${rowIndicator.id} ${columnIndicator.id}`, label: `${rowIndicator.label} · ${columnIndicator.label}` }
      : columnIndicator;
  }
  const unitText = (layout.unitColumns ?? [])
    .map((column) => describeScale((fields[column] ?? "").trim()))
    .filter(Boolean)
    .join(" ");
  const unit = readUnit([
    unitText,
    valueColumn?.name,
    dimensions.indicator?.label,
    rowIndicatorLabel(fields, layout),
    ...(layout.unitHints ?? []),
  ]);
  const description: SeriesDescription = { dimensions, unit, extras: describeExtras(fields, layout.extras) };
  if (layout.name) description.name = layout.name(dimensions);
  return description;
}

/** The indicator label from the row itself, which may state the unit when a column header also names one. */
function rowIndicatorLabel(fields: readonly string[], layout: CommonLayout): string | null {
  const indicator = layout.dimensions.find((dimension) => dimension.key === "indicator" && !dimension.derive);
  return indicator ? (fields[indicator.label] ?? "").trim() || null : null;
}

function missingLabelIssue(line: number, layout: CommonLayout): ImportIssue {
  const columns = layout.dimensions
    .filter((dimension) => !dimension.derive)
    .flatMap((dimension) => [dimension.label, ...dimension.codes])
    .filter((column) => column >= 0)
    .map((column) => column + 1)
    .sort((a, b) => a - b);
  return rowIssue(
    line,
    `the row has values but no label (column${columns.length > 1 ? "s" : ""} ${columns.join(", ")} empty).`,
  );
}

function periodIssue(line: number, column: number, name: string, raw: string, longRun: boolean): ImportIssue {
  if (raw.trim() === "") {
    return { line, column: column + 1, message: `line ${line}, column ${column + 1} (${name}): the year is empty.` };
  }
  return cellIssue(
    line,
    column,
    name,
    raw,
    longRun
      ? "is not a year (expected a whole year such as 2008, 1750 or -10000 for 10,000 BCE)."
      : "is not a year (expected e.g. 2008, 2008M2, 2008Q1, 2008-02 or the fiscal year 2008-09, between 1800 and 2100).",
  );
}

export function createLongReader(layout: LongLayout, sink: ImportSink, context: LongReaderContext): RowReader {
  const style = context.numberStyle;
  const readPeriod = createPeriodParser({
    longRunYears: layout.longRunYears,
    isoMonths: hasIsoMonths(context.sampleRows.map((fields) => fields[layout.periodColumn] ?? "")),
  });
  const single = layout.valueColumns.length === 1;
  const labelColumns = countLabelDimensions(layout);
  const keyCells = keyCellsOf(layout);
  const readUnit = createUnitReader();
  // Portal files list a series' periods one after another, so most rows continue the
  // previous row's series; comparing the key cells is cheaper than building the key.
  let previous: { fields: readonly string[]; entries: SeriesEntry[] } | null = null;
  return {
    readRow(fields, line) {
      if (layout.keepRow && !layout.keepRow(fields)) return null;
      const rawPeriod = fields[layout.periodColumn] ?? "";
      const period = readPeriod(rawPeriod);
      if (period === null) {
        return [periodIssue(line, layout.periodColumn, layout.periodName, rawPeriod, layout.longRunYears === true)];
      }
      let entries = previous !== null && sameSeries(fields, previous.fields, keyCells) ? previous.entries : null;
      if (!entries) {
        const base = rowKey(fields, layout, labelColumns);
        if (base === null) return [missingLabelIssue(line, layout)];
        entries = layout.valueColumns.map((valueColumn, index) => {
          const key = single ? base : base + index;
          return sink.lookup(key) ?? sink.create(key, describeSeries(fields, layout, valueColumn, readUnit), line);
        });
        previous = { fields, entries };
      }
      let problems: ImportIssue[] | null = null;
      for (let index = 0; index < layout.valueColumns.length; index++) {
        const valueColumn = layout.valueColumns[index];
        const entry = entries[index];
        if (!valueColumn || !entry) continue;
        const raw = fields[valueColumn.column] ?? "";
        const cell = parseNumber(raw, style);
        if (typeof cell === "number") {
          sink.noteNumberText(raw, line, valueColumn.column);
          sink.addValue(entry, period, cell, line);
        } else if (cell !== null) {
          (problems ??= []).push(cellIssue(line, valueColumn.column, valueColumn.name, raw, cell.problem));
        }
      }
      return problems;
    },
  };
}

export function createWideReader(layout: WideLayout, sink: ImportSink, style: NumberStyle): RowReader {
  const labelColumns = countLabelDimensions(layout);
  const readUnit = createUnitReader();
  return {
    readRow(fields, line) {
      if (layout.keepRow && !layout.keepRow(fields)) return null;
      const key = rowKey(fields, layout, labelColumns);
      if (key === null) return [missingLabelIssue(line, layout)];
      const entry = sink.lookup(key) ?? sink.create(key, describeSeries(fields, layout, null, readUnit), line);
      let problems: ImportIssue[] | null = null;
      for (const periodColumn of layout.periodColumns) {
        const raw = fields[periodColumn.column];
        if (raw === undefined || raw === "") continue;
        const cell = parseNumber(raw, style);
        if (typeof cell === "number") {
          sink.noteNumberText(raw, line, periodColumn.column);
          sink.addValue(entry, periodColumn.period, cell, line);
        } else if (cell !== null) {
          (problems ??= []).push(cellIssue(line, periodColumn.column, periodColumn.name, raw, cell.problem));
        }
      }
      return problems;
    },
  };
}

/**
 * Reads the period columns of a wide header from `start` on. A header that looks like a
 * mistyped year (20O8) stops the import with its line and column; other names are returned
 * for the caller to place.
 */
export function readPeriodColumns(
  header: readonly string[],
  start: number,
  headerLine: number,
): { periods: PeriodColumn[]; others: number[] } {
  const periods: PeriodColumn[] = [];
  const others: number[] = [];
  const options = { isoMonths: hasIsoMonths(header.slice(start)) };
  for (let column = start; column < header.length; column++) {
    const name = header[column] ?? "";
    if (name === "") continue;
    const period = parsePeriod(name, options);
    if (period !== null) {
      periods.push({ column, period, name });
      continue;
    }
    if (looksLikeMistypedYear(name)) {
      throw failAt(
        headerLine,
        column + 1,
        `line ${headerLine}, column ${column + 1}: ${quoteCell(name)} is not a year, but it sits among the year columns (expected e.g. 2008).`,
      );
    }
    others.push(column);
  }
  return { periods, others };
}

/** Finds the first header that is a period, or -1. */
export function firstPeriodColumn(header: readonly string[]): number {
  return header.findIndex((name) => name !== "" && parsePeriod(name) !== null);
}

/** A dimension from a label column and optional code columns; absent columns (-1) are skipped. */
export function dimensionColumns(key: DimensionKey, label: number, ...codes: number[]): DimensionColumns {
  return { key, label, codes: codes.filter((column) => column >= 0) };
}
