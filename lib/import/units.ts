import { formatCount } from "./limits";
import { USD_MILLIONS } from "./types";

/**
 * What the file says about a value's unit, read from a column header ("Export (US$ Thousand)"),
 * an indicator name ("GDP (current US$)") or a unit column ("Millions of US dollars").
 * `factor` is the number of US dollars one unit of the file's value stands for.
 */
export type UnitInfo =
  { kind: "usd"; factor: number; source: string } | { kind: "other"; label: string } | { kind: "unknown" };

const USD = /US\s?\$|\bUSD\b|\bUS\s+dollars?\b|\bU\.S\.\s+dollars?\b|\bUnited\s+States\s+dollars?\b/i;
const THOUSANDS = /\bthousands?\b|\bthsd\b|'000|\b000s\b/i;
const MILLIONS = /\bmillions?\b|\bmn\b|\bmln\b|\bmio\b|(?:US\$|USD)\s*m\b/i;
const BILLIONS = /\bbillions?\b|\bbn\b|\bbln\b/i;
// Amounts per person, per kilogram and so on are prices or ratios, not totals, so they are
// never rescaled to US$ millions.
const PER_SOMETHING = /\bper\s+(?:capita|person|head|kg|kilogram|ton|tonne|unit|item)\b/i;
const PARENTHESES = /\(([^()]*)\)\s*$/;

const SCALE_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [THOUSANDS, 1e3],
  [MILLIONS, 1e6],
  [BILLIONS, 1e9],
];

function lastParenthetical(text: string): string | null {
  const match = PARENTHESES.exec(text.trim());
  const inner = match?.[1]?.trim();
  return inner ? inner : null;
}

/** Reads the unit from any text that may state one; see `UnitInfo`. */
export function detectUnit(text: string): UnitInfo {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "unknown" };
  const parenthetical = lastParenthetical(trimmed);
  if (USD.test(trimmed)) {
    if (PER_SOMETHING.test(trimmed)) {
      const per = PER_SOMETHING.exec(trimmed)?.[0] ?? "per unit";
      return { kind: "other", label: `${parenthetical ?? "US$"} ${per.toLowerCase()}`.trim() };
    }
    const scale = SCALE_WORDS.find(([pattern]) => pattern.test(trimmed));
    return { kind: "usd", factor: scale ? scale[1] : 1, source: parenthetical ?? "" };
  }
  if (parenthetical) return { kind: "other", label: parenthetical };
  return { kind: "unknown" };
}

/** Reads the unit from several texts in order of authority; the first that states one wins. */
export function detectUnitFrom(...texts: ReadonlyArray<string | null | undefined>): UnitInfo {
  for (const text of texts) {
    if (!text) continue;
    const unit = detectUnit(text);
    if (unit.kind !== "unknown") return unit;
  }
  return { kind: "unknown" };
}

const POWER_OF_TEN_NAMES = new Map<string, string>([
  ["0", ""],
  ["3", "thousands"],
  ["6", "millions"],
  ["9", "billions"],
]);

/**
 * Turns an SDMX unit multiplier (UNIT_MULT 6 = 10⁶) into the word the unit reader knows;
 * any other text is returned as it is.
 */
export function describeScale(text: string): string {
  return POWER_OF_TEN_NAMES.get(text) ?? text;
}

/**
 * Reads the unit when a unit or scale column may state only the scale ("Millions", UNIT_MULT
 * 6) and the currency is in the indicator's name ("…, US dollars"): the column's scale then
 * applies to the currency found elsewhere. A column that states a whole unit wins outright.
 */
export function detectUnitWithScale(unitText: string, ...others: ReadonlyArray<string | null | undefined>): UnitInfo {
  const stated = detectUnit(unitText);
  if (stated.kind !== "unknown") return stated;
  const found = detectUnitFrom(...others);
  const scale = SCALE_WORDS.find(([pattern]) => pattern.test(unitText));
  if (scale && found.kind === "usd") return { ...found, factor: scale[1] };
  return found;
}

export interface OutputUnit {
  unit: string;
  conversion: string;
  /** Exactly one of divisor and multiplier is not 1; dividing by a power of ten is exact where multiplying by its inverse is not. */
  divisor: number;
  multiplier: number;
}

const SCALE_NAMES = new Map<number, string>([
  [1, "US$"],
  [1e3, "US$ thousands"],
  [1e6, "US$ millions"],
  [1e9, "US$ billions"],
]);

/**
 * True when the unit text says more than currency and scale, e.g. "current US$" or
 * "constant 2015 US$": that qualifier is repeated in the conversion sentence.
 */
function qualifiesMoney(source: string): boolean {
  const residue = source
    .replace(new RegExp(USD.source, "gi"), "")
    .replace(/thousands?|millions?|billions?|\bmn\b|\bbn\b|'000/gi, "")
    .replace(/[^a-z0-9]/gi, "");
  return residue.length > 0;
}

function formatFactor(factor: number): string {
  return formatCount(factor);
}

/** How a series' values are converted for the answer, with the sentence that says so. */
export function describeOutputUnit(unit: UnitInfo): OutputUnit {
  if (unit.kind === "usd") {
    // "current US$" or "constant 2015 US$" say more than "US$", so the file's words are kept.
    const name = qualifiesMoney(unit.source)
      ? unit.source
      : (SCALE_NAMES.get(unit.factor) ?? `units of ${formatFactor(unit.factor)} US$`);
    if (unit.factor === 1e6) {
      return {
        unit: USD_MILLIONS,
        conversion: `values in ${name}, not converted`,
        divisor: 1,
        multiplier: 1,
      };
    }
    if (unit.factor < 1e6) {
      const divisor = 1e6 / unit.factor;
      return {
        unit: USD_MILLIONS,
        conversion: `values in ${name}, divided by ${formatFactor(divisor)}`,
        divisor,
        multiplier: 1,
      };
    }
    const multiplier = unit.factor / 1e6;
    return {
      unit: USD_MILLIONS,
      conversion: `values in ${name}, multiplied by ${formatFactor(multiplier)}`,
      divisor: 1,
      multiplier,
    };
  }
  if (unit.kind === "other") {
    return {
      unit: unit.label,
      conversion: `not converted: ${unit.label} is not an amount of US$`,
      divisor: 1,
      multiplier: 1,
    };
  }
  return {
    unit: "unspecified",
    conversion: "not converted: the file does not state a unit",
    divisor: 1,
    multiplier: 1,
  };
}

export function isMoney(unit: UnitInfo): boolean {
  return unit.kind === "usd";
}
