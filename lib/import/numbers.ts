/**
 * Reading numbers the way statistical portals and spreadsheets write them: decimal point or
 * decimal comma, thousands separators, E-notation, and the many spellings of "no value".
 */

export type DecimalSeparator = "." | ",";

export interface NumberStyle {
  decimalSeparator: DecimalSeparator;
}

/** Why a cell that should hold a number does not. */
export interface InvalidNumber {
  problem: string;
}

/** A parsed cell: a finite number, null for a missing-value marker, or the reason it is not a number. */
export type NumberCell = number | null | InvalidNumber;

// Markers portals use for "no value": World Bank "..", Eurostat ":", "n/a", dashes, Excel's #N/A.
const MISSING_MARKERS = new Set(["", "..", "...", ":", "-", "–", "—", "n/a", "na", "n.a.", "nan", "null", "#n/a"]);

const COMMA_DECIMAL_NUMBER = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;
// Thousands groups: 1,234,567.8 / 1 234 567.8 / 1'234'567.8 (and the decimal-comma mirror).
const GROUPED_POINT = /^[+-]?\d{1,3}(?:([, \u00a0\u202f'])\d{3})(?:\1\d{3})*(?:\.\d*)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(?:([. \u00a0\u202f'])\d{3})(?:\1\d{3})*(?:,\d*)?$/;
const GROUP_CHARACTERS = /[,. \u00a0\u202f']/g;
const SPACES_AND_APOSTROPHES = /[ \u00a0\u202f']/g;

export function isMissingMarker(text: string): boolean {
  return MISSING_MARKERS.has(text.toLowerCase());
}

function finiteOrProblem(value: number): NumberCell {
  if (Number.isFinite(value)) return value;
  return { problem: "is too large to be a number (it would be infinite)" };
}

function notANumber(text: string): InvalidNumber {
  if (text.startsWith("=")) {
    return { problem: "is a spreadsheet formula, not a value; export the values rather than the formulas" };
  }
  return { problem: "is not a number" };
}

/**
 * Parses one cell. The common case (an unquoted plain number with a decimal point) takes
 * one regular expression test; everything else is normalised first.
 */
/**
 * True for [+-]digits[.digits][e[+-]digits] with at least one digit before the exponent:
 * the shape of nearly every cell, checked character by character because it runs for every
 * value of a 50 MB file.
 */
function isPlainNumber(raw: string): boolean {
  const length = raw.length;
  let index = 0;
  let digits = 0;
  let code = raw.charCodeAt(0);
  if (code === 43 || code === 45) index++;
  for (; index < length; index++) {
    code = raw.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    else break;
  }
  if (index < length && code === 46) {
    for (index++; index < length; index++) {
      code = raw.charCodeAt(index);
      if (code >= 48 && code <= 57) digits++;
      else break;
    }
  }
  if (digits === 0) return false;
  if (index === length) return true;
  if (code !== 69 && code !== 101) return false;
  index++;
  code = raw.charCodeAt(index);
  if (code === 43 || code === 45) index++;
  const exponentStart = index;
  for (; index < length; index++) {
    code = raw.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return index > exponentStart;
}

export function parseNumber(raw: string, style: NumberStyle): NumberCell {
  if (style.decimalSeparator === "." && isPlainNumber(raw)) return finiteOrProblem(Number(raw));
  const text = raw.trim();
  if (isMissingMarker(text)) return null;

  if (style.decimalSeparator === ".") {
    if (isPlainNumber(text)) return finiteOrProblem(Number(text));
    if (GROUPED_POINT.test(text))
      return finiteOrProblem(Number(text.replace(SPACES_AND_APOSTROPHES, "").replace(/,/g, "")));
    return notANumber(text);
  }

  if (GROUPED_COMMA.test(text)) {
    return finiteOrProblem(Number(text.replace(GROUP_CHARACTERS, (match) => (match === "," ? "." : ""))));
  }
  if (COMMA_DECIMAL_NUMBER.test(text)) return finiteOrProblem(Number(text.replace(",", ".")));
  // A stray decimal-point value in a decimal-comma file, e.g. 1.5 (1.500 was taken as grouped above).
  if (isPlainNumber(text)) return finiteOrProblem(Number(text));
  return notANumber(text);
}

export function isInvalidNumber(cell: NumberCell): cell is InvalidNumber {
  return cell !== null && typeof cell === "object";
}

const DECISIVE_COMMA = [/^[+-]?\d+,\d+(?:[eE][+-]?\d+)?$/, /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/];
const DECISIVE_POINT = [/^[+-]?\d+\.\d+(?:[eE][+-]?\d+)?$/, /^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/];
const GROUPED_BY_COMMA_ONLY = /^[+-]?\d{1,3}(?:,\d{3})+$/;
const GROUPED_BY_POINT_ONLY = /^[+-]?\d{1,3}(?:\.\d{3})+$/;

/**
 * Decides between decimal point and decimal comma from sample cells. "1,5" or "1.234,5"
 * count for a comma, "1.5" or "1,234.5" for a point; "1,234" and "1.234" could be either
 * and only break a tie, where a semicolon-separated file (a European-locale spreadsheet)
 * leans towards the comma.
 */
export function detectNumberStyle(cells: readonly string[], delimiter: string): NumberStyle {
  let comma = 0;
  let point = 0;
  let ambiguousComma = 0;
  for (const raw of cells) {
    // Only a comma or a point can tell the styles apart.
    if (raw.indexOf(",") === -1 && raw.indexOf(".") === -1) continue;
    const text = raw.trim();
    if (!/\d/.test(text)) continue;
    if (GROUPED_BY_COMMA_ONLY.test(text)) {
      ambiguousComma++;
      continue;
    }
    if (GROUPED_BY_POINT_ONLY.test(text)) continue;
    if (DECISIVE_COMMA.some((pattern) => pattern.test(text))) comma++;
    else if (DECISIVE_POINT.some((pattern) => pattern.test(text))) point++;
  }
  if (comma > point) return { decimalSeparator: "," };
  if (point > comma) return { decimalSeparator: "." };
  if (delimiter === ";" && ambiguousComma > 0) return { decimalSeparator: "," };
  return { decimalSeparator: "." };
}

// Excel writes numbers of 12 or more digits as e.g. 1.03198E+11 when it saves a CSV:
// six significant digits at most, so the value is rounded.
const EXCEL_ROUNDED = /^[+-]?\d(?:[.,]\d{1,5})?[eE]\+\d{2}$/;

export function looksExcelRounded(raw: string): boolean {
  return EXCEL_ROUNDED.test(raw.trim());
}

/**
 * Removes floating-point noise from arithmetic on the file's values (sums, unit
 * conversion) without losing any digit the file gave: 15 significant digits is what a
 * double holds exactly.
 */
export function roundToPrecision(value: number): number {
  return Number(value.toPrecision(15));
}
