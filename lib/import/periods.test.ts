import { describe, expect, it } from "vitest";
import {
  annualPeriod,
  formatPeriod,
  looksLikeMistypedYear,
  monthlyPeriod,
  parsePeriod,
  periodFrequency,
  quarterlyPeriod,
} from "./periods";

describe("parsePeriod", () => {
  it("reads years as the portals write them", () => {
    expect(parsePeriod("2008")).toBe(annualPeriod(2008));
    expect(parsePeriod("2008.0")).toBe(annualPeriod(2008));
    expect(parsePeriod("2008 [YR2008]")).toBe(annualPeriod(2008));
  });

  it("reads IMF months and quarters such as 2024M2 and 2024Q1", () => {
    expect(parsePeriod("2024M2")).toBe(monthlyPeriod(2024, 2));
    expect(parsePeriod("2024M12")).toBe(monthlyPeriod(2024, 12));
    expect(parsePeriod("2024-M02")).toBe(monthlyPeriod(2024, 2));
    expect(parsePeriod("2024Q1")).toBe(quarterlyPeriod(2024, 1));
    expect(parsePeriod("2024-Q3")).toBe(quarterlyPeriod(2024, 3));
    expect(parsePeriod("Q4 2024")).toBe(quarterlyPeriod(2024, 4));
  });

  it("reads Comtrade's 202401, ISO dates and month names", () => {
    expect(parsePeriod("202401")).toBe(monthlyPeriod(2024, 1));
    expect(parsePeriod("2024-02")).toBe(monthlyPeriod(2024, 2));
    expect(parsePeriod("2024-02-01")).toBe(monthlyPeriod(2024, 2));
    expect(parsePeriod("January 2017")).toBe(monthlyPeriod(2017, 1));
    expect(parsePeriod("Feb 2017")).toBe(monthlyPeriod(2017, 2));
  });

  it("returns null for a mistyped year, month 13 and years outside 1800–2100", () => {
    expect(parsePeriod("20O8")).toBeNull();
    expect(parsePeriod("2024M13")).toBeNull();
    expect(parsePeriod("202413")).toBeNull();
    expect(parsePeriod("1700")).toBeNull();
    expect(parsePeriod("Total")).toBeNull();
  });
});

describe("formatPeriod and periodFrequency", () => {
  it("round-trip the IMF notation", () => {
    expect(formatPeriod(monthlyPeriod(2024, 2))).toBe("2024M2");
    expect(formatPeriod(quarterlyPeriod(2024, 1))).toBe("2024Q1");
    expect(formatPeriod(annualPeriod(2024))).toBe("2024");
    expect(periodFrequency(quarterlyPeriod(2024, 4))).toBe("Q");
    expect(periodFrequency(monthlyPeriod(2024, 12))).toBe("M");
  });
});

describe("looksLikeMistypedYear", () => {
  it("flags 20O8 and 2O08 but not words or real years", () => {
    expect(looksLikeMistypedYear("20O8")).toBe(true);
    expect(looksLikeMistypedYear("2O08")).toBe(true);
    expect(looksLikeMistypedYear("2008")).toBe(false);
    expect(looksLikeMistypedYear("Flag")).toBe(false);
    expect(looksLikeMistypedYear("Unit")).toBe(false);
  });
});
