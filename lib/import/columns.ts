import { type DimensionKey } from "./types";

/**
 * Header names as comparable words: camelCase and snake_case split, punctuation dropped,
 * lower case. "reporterISO" → "reporter iso", "TIME_PERIOD" → "time period",
 * "Trade Value (US$)" → "trade value us".
 */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_\-./()[\]$%#:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

// Formats look up many columns in one header; each header is normalised once.
const NORMALISED_HEADERS = new WeakMap<readonly string[], string[]>();

function normalisedHeaders(header: readonly string[]): string[] {
  const known = NORMALISED_HEADERS.get(header);
  if (known) return known;
  const normalised = header.map(normaliseHeader);
  NORMALISED_HEADERS.set(header, normalised);
  return normalised;
}

/** Finds a column by exact normalised name, trying `names` in order of preference; -1 when none is there. */
export function findColumn(header: readonly string[], ...names: string[]): number {
  const normalised = normalisedHeaders(header);
  for (const name of names) {
    const index = normalised.indexOf(normaliseHeader(name));
    if (index !== -1) return index;
  }
  return -1;
}

export function hasColumns(header: readonly string[], ...names: string[]): boolean {
  return names.every((name) => findColumn(header, name) !== -1);
}

// Partner comes before reporter: "Counterpart Country Name" names a partner, not a reporter.
const DIMENSION_PATTERNS: ReadonlyArray<readonly [DimensionKey, RegExp]> = [
  ["partner", /\b(partner|counterpart|destination|origin)\b/],
  ["reporter", /\b(reporter|reporting|country|countries|economy|entity|area|geo|location|nation|state)\b/],
  ["flow", /\b(flow|direction)\b/],
  ["product", /\b(product|products|commodity|cmd|hs|sitc|goods|sector)\b/],
  ["indicator", /\b(indicator|series|variable|measure|concept|subject)\b/],
];

const CODE_WORDS = /\b(code|iso|iso2|iso3|id|m49|abbr|abbreviation)\b/;
const PERIOD_NAMES =
  /^(year|years|yr|period|time|time period|date|ref year|reference year|jahr|annee|année|año|fiscal year)$/;
const UNIT_NAMES =
  /^(unit|units|unit of measure|unit measure|currency|scale|unit name|measure unit|unit mult|unit multiplier|multiplier)$/;
const IGNORED_NAMES =
  /\b(flag|flags|status|note|notes|footnote|footnotes|comment|comments|remark|remarks|source|sources|estimated|is reported|is aggregate|obs status)\b/;

export interface DimensionRole {
  key: DimensionKey;
  role: "label" | "code";
}

/** Which dimension a header names, and whether the column holds codes or labels; null when none. */
export function classifyDimensionHeader(name: string): DimensionRole | null {
  const normalised = normaliseHeader(name);
  for (const [key, pattern] of DIMENSION_PATTERNS) {
    if (pattern.test(normalised)) return { key, role: CODE_WORDS.test(normalised) ? "code" : "label" };
  }
  return null;
}

export function isPeriodHeaderName(name: string): boolean {
  return PERIOD_NAMES.test(normaliseHeader(name));
}

export function isUnitHeaderName(name: string): boolean {
  return UNIT_NAMES.test(normaliseHeader(name));
}

/** Columns about the data rather than part of it: flags, notes, sources. */
export function isIgnoredHeaderName(name: string): boolean {
  return IGNORED_NAMES.test(normaliseHeader(name));
}
