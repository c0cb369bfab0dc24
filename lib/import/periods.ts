/**
 * Periods as the portals write them (2024, 2024M2, 2024Q1, 2024-02, 202402, January 2024,
 * "2024 [YR2024]") packed into one integer, year × 100 + sub-period, so that a series can
 * key its values in a Map<number, …> without allocating per row:
 * 202400 is the year 2024, 202402 February 2024, 202421 the first quarter of 2024.
 */

import { detachString } from "./strings";

export type PeriodCode = number;
export type PeriodFrequency = "A" | "Q" | "M";

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
const QUARTER_OFFSET = 20;

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

export function periodYear(code: PeriodCode): number {
  return Math.floor(code / 100);
}

export function periodFrequency(code: PeriodCode): PeriodFrequency {
  const sub = code % 100;
  if (sub === 0) return "A";
  return sub > QUARTER_OFFSET ? "Q" : "M";
}

/** The month (1–12) or quarter (1–4) within the year; 0 for a whole year. */
export function periodIndex(code: PeriodCode): number {
  const sub = code % 100;
  return sub > QUARTER_OFFSET ? sub - QUARTER_OFFSET : sub;
}

/** Formats a period the way IMF data does, e.g. 2024, 2024M2, 2024Q1. */
export function formatPeriod(code: PeriodCode): string {
  const year = periodYear(code);
  const frequency = periodFrequency(code);
  if (frequency === "A") return String(year);
  return `${year}${frequency}${periodIndex(code)}`;
}

function inRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function build(year: number, frequency: PeriodFrequency, index: number): PeriodCode | null {
  if (!inRange(year)) return null;
  if (frequency === "A") return annualPeriod(year);
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

/** Parses a period label, or returns null when it is not one (or the year is outside 1800–2100). */
export function parsePeriod(raw: string): PeriodCode | null {
  const text = raw.trim();
  let match = YEAR.exec(text) ?? DATABANK_YEAR.exec(text);
  if (match) return build(Number(match[1]), "A", 0);
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

/**
 * A memoising period parser for a column: a file holds few distinct periods but many rows,
 * so each label is parsed once.
 */
export function createPeriodParser(): (raw: string) => PeriodCode | null {
  const cache = new Map<string, PeriodCode | null>();
  return (raw) => {
    const quick = quickPeriod(raw);
    if (quick !== undefined) return quick;
    const known = cache.get(raw);
    if (known !== undefined) return known;
    const parsed = parsePeriod(raw);
    if (cache.size < 10_000) cache.set(detachString(raw), parsed);
    return parsed;
  };
}
