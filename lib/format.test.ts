import { describe, expect, it } from "vitest";
import {
  formatFinancingAmount,
  formatMonthSpan,
  formatOriginalAmount,
  formatPercent,
  formatSignedUsdMillions,
  formatUsdCompact,
  formatUsdMillions,
  projectLabel,
} from "./format";

describe("formatUsdCompact", () => {
  it("writes billions, millions and thousands", () => {
    expect(formatUsdCompact(14000)).toBe("$14bn");
    expect(formatUsdCompact(526.5)).toBe("$526.5m");
    expect(formatUsdCompact(0.695)).toBe("$695k");
  });
});

describe("formatFinancingAmount", () => {
  it("says what the source says: a floor, a ceiling, an approximation or a range", () => {
    expect(formatFinancingAmount({ amountUsdM: 500, qualifier: "at_least" })).toBe("at least $500m");
    expect(formatFinancingAmount({ amountUsdM: 500, qualifier: "up_to" })).toBe("up to $500m");
    expect(formatFinancingAmount({ amountUsdM: 65, qualifier: "about" })).toBe("about $65m");
    expect(formatFinancingAmount({ amountUsdM: 1500, amountMaxUsdM: 3500 })).toBe("$1.5bn–$3.5bn");
  });

  it("says so when no dollar amount is published, rather than showing zero", () => {
    expect(formatFinancingAmount({})).toBe("amount not published");
  });
});

describe("formatOriginalAmount", () => {
  it("keeps the published currency and qualifier", () => {
    expect(formatOriginalAmount({ originalAmount: "EUR 500m", qualifier: "up_to" })).toBe("up to EUR 500m");
    expect(formatOriginalAmount({ originalAmount: "SDR 46.9m", amountUsdM: 65, qualifier: "about" })).toBe("SDR 46.9m");
    expect(formatOriginalAmount({})).toBeUndefined();
  });
});

describe("projectLabel", () => {
  it("names known projects and makes a readable name from an unknown slug", () => {
    expect(projectLabel("casa-1000")).toBe("CASA-1000 power line");
    expect(projectLabel("thar-coal")).toBe("Thar coal");
  });
});

describe("formatSignedUsdMillions", () => {
  it("puts a plus sign before a rise and a true minus before a fall", () => {
    expect(formatSignedUsdMillions(538)).toBe("+$538m");
    expect(formatSignedUsdMillions(-120.5)).toBe("−$120.5m");
  });

  it("writes no sign for no change", () => {
    expect(formatSignedUsdMillions(0)).toBe("$0m");
  });
});

describe("formatMonthSpan", () => {
  it("names the months once when a span lies within one year", () => {
    expect(formatMonthSpan({ year: 2018, month: 1 }, { year: 2018, month: 10 })).toBe("Jan–Oct 2018");
  });

  it("names both years when a span crosses New Year", () => {
    expect(formatMonthSpan({ year: 2012, month: 7 }, { year: 2013, month: 6 })).toBe("Jul 2012 – Jun 2013");
  });
});

describe("formatPercent", () => {
  it("rounds to one decimal and signs on request", () => {
    expect(formatPercent(5.847826, { signed: true })).toBe("+584.8%");
    expect(formatPercent(-0.1345, { signed: true })).toBe("−13.5%");
    expect(formatPercent(0.0004, { signed: true })).toBe("0.0%");
    expect(formatPercent(0.25)).toBe("25.0%");
  });

  it("keeps the sign before the digits in Urdu, isolating the number left to right", () => {
    expect(formatPercent(5.847826, { signed: true }, "ur")).toBe("\u2066+584.8%\u2069");
    expect(formatPercent(-0.1345, {}, "ur")).toBe("\u2066−13.5%\u2069");
    expect(formatPercent(0.25, {}, "ur")).toBe("25.0%");
    expect(formatPercent(-0.1345, { signed: true }, "ru")).toBe("−13,5\u00a0%");
  });
});

describe("signed US$ millions", () => {
  it("puts the sign before the currency in English and with the digits in Urdu", () => {
    expect(formatUsdMillions(-456.6)).toBe("−$456.6m");
    expect(formatSignedUsdMillions(538)).toBe("+$538m");
    expect(formatUsdMillions(-456.6, {}, "ur")).toBe("\u2066−456.6\u2069 ملین ڈالر");
    expect(formatSignedUsdMillions(619.07, "ur")).toBe("\u2066+619.07\u2069 ملین ڈالر");
    expect(formatSignedUsdMillions(0, "ur")).toBe("0 ملین ڈالر");
    expect(formatSignedUsdMillions(-120.5, "ru")).toBe("−120,5 млн долл.");
  });
});
