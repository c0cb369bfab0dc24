/**
 * Periods as the portals write them (2024, 2024M2, 2024Q1, 2024-02, 202402, January 2024,
 * "2024 [YR2024]", Pakistan's fiscal years FY2008-09) packed into one integer, year × 100 +
 * sub-period, so that a series can key its values in a Map<number, …> without allocating
 * per row: 202400 is the year 2024, 202402 February 2024, 202421 the first quarter of 2024,
 * 200930 the fiscal year July 2008 – June 2009 (counted, as the trade explorer counts it, in
 * the year it ends).
 */

import { detachString } from "./strings";

export type PeriodCode = number;
export type PeriodFrequency = "A" | "Q" | "M" | "F";

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
const QUARTER_OFFSET = 20;
const FISCAL_SUB = 30;

/**
 * Long-run files (Our World in Data) use any whole year: 10,000 BCE as -10000, year 1,
 * 1750. They are read as years within these bounds; the charts draw only MIN_YEAR–MAX_YEAR.
 */
export const MIN_LONG_RUN_YEAR = -100_000;
export const MAX_LONG_RUN_YEAR = 9_999;

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function annualPeriod(year: number): PeriodCode {
  return year * 100;
}

export function monthlyPeriod(year: number, month: number): PeriodCode {
  return year * 100 + month;
}

export function quarterlyPeriod(year: number, quarter: number): PeriodCode {
  return year * 100 + QUARTER_OFFSET + quarter;
}

/** The July–June fiscal year that ends in June of `endYear`: FY2008-09 is fiscalPeriod(2009). */
export function fiscalPeriod(endYear: number): PeriodCode {
  return endYear * 100 + FISCAL_SUB;
}

export function periodYear(code: PeriodCode): number {
  return Math.floor(code / 100);
}

function subPeriod(code: PeriodCode): number {
  // Long-run years can be negative; the sub-period is the same as for a positive year.
  return code - periodYear(code) * 100;
}

export function periodFrequency(code: PeriodCode): PeriodFrequency {
  const sub = subPeriod(code);
  if (sub === 0) return "A";
  if (sub === FISCAL_SUB) return "F";
  return sub > QUARTER_OFFSET ? "Q" : "M";
}

/** The month (1–12) or quarter (1–4) within the year; 0 for a whole year or a fiscal year. */
export function periodIndex(code: PeriodCode): number {
  const sub = subPeriod(code);
  if (sub === FISCAL_SUB) return 0;
  return sub > QUARTER_OFFSET ? sub - QUARTER_OFFSET : sub;
}

/** "FY2008-09" for the fiscal year that ends in June 2009, as Pakistan's statistics name it. */
export function formatFiscalYear(endYear: number): string {
  return `FY${endYear - 1}-${String(endYear % 100).padStart(2, "0")}`;
}

/** Formats a period the way IMF data does, e.g. 2024, 2024M2, 2024Q1; fiscal years as FY2008-09. */
export function formatPeriod(code: PeriodCode): string {
  const year = periodYear(code);
  const frequency = periodFrequency(code);
  if (frequency === "A") return String(year);
  if (frequency === "F") return formatFiscalYear(year);
  return `${year}${frequency}${periodIndex(code)}`;
}

function inRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function build(year: number, frequency: PeriodFrequency, index: number): PeriodCode | null {
  if (!inRange(year)) return null;
  if (frequency === "A") return annualPeriod(year);
  if (frequency === "F") return fiscalPeriod(year);
  if (frequency === "M") return index >= 1 && index <= 12 ? monthlyPeriod(year, index) : null;
  return index >= 1 && index <= 4 ? quarterlyPeriod(year, index) : null;
}

const YEAR = /^(\d{4})(?:\.0+)?$/;
const DATABANK_YEAR = /^(\d{4}) \[YR\d{4}\]$/;
const YEAR_MONTH = /^(\d{4})\s*[-/ ]?\s*M(\d{1,2})$/i;
const YEAR_QUARTER = /^(\d{4})\s*[-/ ]?\s*Q([1-4])$/i;
const QUARTER_YEAR = /^Q([1-4])\s*[-/ ]?\s*(\d{4})$/i;
const ISO_DATE = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?(?:T.*)?$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;
const MONTH_SLASH_YEAR = /^(\d{1,2})\/(\d{4})$/;
const MONTH_NAME_YEAR = /^([a-z]{3})[a-z]*\.?\s+(\d{4})$/i;
const YEAR_MONTH_NAME = /^(\d{4})\s+([a-z]{3})[a-z]*\.?$/i;
// Pakistan's July–June fiscal years: 2008-09, 2008/09, 2008-2009, FY2008-09, FY 2008/09, FY09.
const FISCAL_SPAN = /^(?:FY\s*)?(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/i;
const FISCAL_SHORT = /^FY\s*'?(\d{2}|\d{4})$/i;

export interface PeriodOptions {
  /**
   * The column also holds months written 2008-01, so 2008-09 is September 2008 there, not
   * the fiscal year 2008-09. Decided per column by `hasIsoMonths`.
   */
  isoMonths?: boolean;
}

/** The fiscal year's end, when `first` and `second` (2 or 4 digits) are consecutive years. */
function fiscalEnd(first: number, secondText: string): number | null {
  const end = first + 1;
  const second = Number(secondText);
  const matches = secondText.length === 2 ? second === end % 100 : second === end;
  return matches ? end : null;
}

/**
 * Reads a fiscal-year label. A two-digit year (FY09) is taken in the century that puts it
 * nearest the present data: 50–99 in the 1900s, 00–49 in the 2000s.
 */
function parseFiscal(text: string, options: PeriodOptions): PeriodCode | null | undefined {
  let match = FISCAL_SPAN.exec(text);
  if (match) {
    const explicit = /^FY/i.test(text);
    // 2008-09 is also how an ISO date writes September 2008; a column of months decides.
    if (!explicit && options.isoMonths && (match[2] ?? "").length === 2 && text.includes("-")) return undefined;
    const end = fiscalEnd(Number(match[1]), match[2] ?? "");
    return end === null ? (explicit ? null : undefined) : build(end, "F", 0);
  }
  match = FISCAL_SHORT.exec(text);
  if (match) {
    const digits = match[1] ?? "";
    const year = digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) >= 50 ? 1900 : 2000);
    return build(year, "F", 0);
  }
  return undefined;
}

/**
 * True when labels of one column include a month written YYYY-MM that cannot be a fiscal
 * year (2008-01), so that its 2008-09 is read as September, as the rest of the column is.
 */
export function hasIsoMonths(labels: Iterable<string>): boolean {
  for (const raw of labels) {
    const match = /^(\d{4})-(\d{2})(?:-\d{1,2})?$/.exec(raw.trim());
    if (match && fiscalEnd(Number(match[1]), match[2] ?? "") === null) return true;
    if (match && raw.trim().length > 7) return true;
  }
  return false;
}

/**
 * Parses a period label, or returns null when it is not one (or the year is outside
 * 1800–2100). Fiscal-year labels give fiscal periods.
 */
export function parsePeriod(raw: string, options: PeriodOptions = {}): PeriodCode | null {
  const text = raw.trim();
  let match = YEAR.exec(text) ?? DATABANK_YEAR.exec(text);
  if (match) return build(Number(match[1]), "A", 0);
  const fiscal = parseFiscal(text, options);
  if (fiscal !== undefined) return fiscal;
  if ((match = YEAR_MONTH.exec(text))) return build(Number(match[1]), "M", Number(match[2]));
  if ((match = YEAR_QUARTER.exec(text))) return build(Number(match[1]), "Q", Number(match[2]));
  if ((match = QUARTER_YEAR.exec(text))) return build(Number(match[2]), "Q", Number(match[1]));
  if ((match = ISO_DATE.exec(text))) return build(Number(match[1]), "M", Number(match[2]));
  if ((match = COMPACT_MONTH.exec(text))) return build(Number(match[1]), "M", Number(match[2]));
  if ((match = MONTH_SLASH_YEAR.exec(text))) return build(Number(match[2]), "M", Number(match[1]));
  if ((match = MONTH_NAME_YEAR.exec(text))) {
    return build(Number(match[2]), "M", MONTH_NAMES.indexOf((match[1] ?? "").toLowerCase()) + 1);
  }
  if ((match = YEAR_MONTH_NAME.exec(text))) {
    return build(Number(match[1]), "M", MONTH_NAMES.indexOf((match[2] ?? "").toLowerCase()) + 1);
  }
  return null;
}

/**
 * True for labels that look like a mistyped year, such as 20O8 or 2O08: four characters,
 * mostly digits. Such a label is reported as an error instead of being read as text.
 */
export function looksLikeMistypedYear(raw: string): boolean {
  const text = raw.trim();
  if (text.length !== 4 || parsePeriod(text) !== null) return false;
  const digits = text.replace(/\D/g, "").length;
  return digits >= 2 && /^[0-9OoIlSsBZz]{4}$/.test(text);
}

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * Reads the two commonest shapes, 2024 and 202402, from character codes: no regular
 * expression and no hashing, as this runs once per row. Undefined for any other shape.
 */
function quickPeriod(raw: string): PeriodCode | null | undefined {
  if (raw.length !== 4 && raw.length !== 6) return undefined;
  let number = 0;
  for (let index = 0; index < raw.length; index++) {
    const digit = digitAt(raw, index);
    if (digit === -1) return undefined;
    number = number * 10 + digit;
  }
  if (raw.length === 4) return build(number, "A", 0);
  return build(Math.floor(number / 100), "M", number % 100);
}

const LONG_RUN_YEAR = /^(-?\d{1,6})(?:\.0+)?$/;

/** A whole year as long-run files write it (-10000, 1, 1750, 2023), or null. */
export function parseLongRunYear(raw: string): PeriodCode | null {
  const match = LONG_RUN_YEAR.exec(raw.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_LONG_RUN_YEAR || year > MAX_LONG_RUN_YEAR) return null;
  return annualPeriod(year);
}

export interface PeriodParserOptions extends PeriodOptions {
  /** Any whole year is a year (Our World in Data's long-run series), not only 1800–2100. */
  longRunYears?: boolean;
}

/**
 * A memoising period parser for a column: a file holds few distinct periods but many rows,
 * so each label is parsed once.
 */
export function createPeriodParser(options: PeriodParserOptions = {}): (raw: string) => PeriodCode | null {
  const cache = new Map<string, PeriodCode | null>();
  return (raw) => {
    const quick = quickPeriod(raw);
    if (quick !== undefined && (quick !== null || !options.longRunYears)) return quick;
    const known = cache.get(raw);
    if (known !== undefined) return known;
    const parsed = parsePeriod(raw, options) ?? (options.longRunYears ? parseLongRunYear(raw) : null);
    if (cache.size < 10_000) cache.set(detachString(raw), parsed);
    return parsed;
  };
}
