import { describe, expect, it } from "vitest";
import { formatMonthSpan, formatPercent, formatSignedUsdMillions } from "./format";

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
  });
});
