import { type DimensionValue } from "./types";

/** The two countries the dashboard is about; their series are preselected. */
export type FocusCountry = "PAK" | "RUS";

/**
 * Which code list a file's country codes come from. The numeric lists collide (586 is
 * Pakistan in UN M49 but another code in IMF's list), so a code is only trusted in the list
 * the format is known to use; names are trusted everywhere.
 */
export type CountryCodeSystem = "iso3" | "m49" | "imf";

interface FocusCountryCodes {
  country: FocusCountry;
  iso3: string;
  m49: string;
  imf: string;
  names: readonly string[];
}

const FOCUS_COUNTRIES: readonly FocusCountryCodes[] = [
  {
    country: "PAK",
    iso3: "PAK",
    m49: "586",
    imf: "564",
    names: ["pakistan", "islamic republic of pakistan", "pakistan, islamic republic of"],
  },
  {
    country: "RUS",
    iso3: "RUS",
    m49: "643",
    imf: "922",
    names: ["russian federation", "russia", "russian fed.", "russian fed", "russian federation (the)"],
  },
];

function normaliseName(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

function normaliseCode(code: string): string {
  // Comtrade and IMF codes sometimes arrive zero-padded ("0586").
  const trimmed = code.trim().toUpperCase();
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed;
}

/** Tells whether a reporter or partner is Pakistan or Russia, by name or by a code in one of `systems`. */
export function identifyFocusCountry(
  value: DimensionValue,
  systems: readonly CountryCodeSystem[],
): FocusCountry | null {
  const name = normaliseName(value.label);
  const code = normaliseCode(value.id);
  for (const focus of FOCUS_COUNTRIES) {
    if (focus.names.includes(name)) return focus.country;
    if (systems.some((system) => code === focus[system])) return focus.country;
  }
  return null;
}
