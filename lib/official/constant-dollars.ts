import type { CpiYear } from "../definitions";

/*
 * Constant US dollars: a value of year Y is multiplied by CPI(base) / CPI(Y),
 * with the US consumer price index's annual average, so that every year is
 * expressed in dollars of the base year's purchasing power. Derived.
 */

/** The latest year with a full-year CPI average: the default base year. */
export function latestCpiYear(cpi: readonly CpiYear[]): number | undefined {
  return cpi.reduce<number | undefined>(
    (latest, entry) => (latest === undefined || entry.year > latest ? entry.year : latest),
    undefined,
  );
}

export type Deflator = {
  baseYear: number;
  /** The factor for a year's values, or undefined when the CPI has no average for it. */
  factor(year: number): number | undefined;
  /** The value in constant dollars of the base year, or undefined without a CPI for its year. */
  real(value: number, year: number): number | undefined;
};

export function deflator(cpi: readonly CpiYear[], baseYear: number): Deflator {
  const byYear = new Map(cpi.map((entry) => [entry.year, entry.cpi]));
  const base = byYear.get(baseYear);
  if (base === undefined) throw new RangeError(`no CPI average for the base year ${baseYear}`);
  const factor = (year: number) => {
    const index = byYear.get(year);
    return index === undefined || index <= 0 ? undefined : base / index;
  };
  return {
    baseYear,
    factor,
    real: (value, year) => {
      const f = factor(year);
      return f === undefined ? undefined : value * f;
    },
  };
}
