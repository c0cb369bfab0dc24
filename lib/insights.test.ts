import { describe, expect, it } from "vitest";
import type { Claim, TradeObservation, TradeSeries } from "./definitions";
import {
  countClaims,
  describeTrend,
  headlineCandidates,
  highestFigure,
  largestChange,
  yearsWithoutFigures,
} from "./insights";

function observation(id: string, year: number, total: number, extra: Partial<TradeObservation> = {}): TradeObservation {
  return {
    id,
    seriesId: "s",
    period: String(year),
    basis: "calendar",
    start: { year, month: 1 },
    end: { year, month: 12 },
    year,
    x: year,
    totalUsdM: total,
    atLeast: false,
    reporter: "Reporter",
    perspective: "unknown",
    status: "reported",
    sources: [],
    conflictsWith: [],
    ...extra,
  };
}

const article: TradeSeries = {
  id: "s",
  label: "Reporter, calendar years",
  reporter: "Reporter",
  perspective: "unknown",
  basis: "calendar",
  observations: [
    observation("a", 2003, 92, { status: "unverified" }),
    observation("b", 2006, 411.4),
    observation("c", 2008, 630),
    observation("d", 2009, 400),
  ],
};

describe("yearsWithoutFigures", () => {
  it("lists the years no observation covers", () => {
    expect(yearsWithoutFigures(article.observations, 2003, 2009)).toEqual([2004, 2005, 2007]);
  });
});

describe("highestFigure", () => {
  it("finds the largest total", () => {
    expect(highestFigure(article.observations)?.id).toBe("c");
  });
  it("returns undefined for no rows", () => {
    expect(highestFigure([])).toBeUndefined();
  });
});

describe("largestChange", () => {
  it("only compares points one year apart, never across a gap", () => {
    const change = largestChange([article], 2003, 2009);
    expect(change?.from.id).toBe("c");
    expect(change?.to.id).toBe("d");
    expect(change?.change).toBe(-230);
  });
});

describe("countClaims", () => {
  it("counts claims by status", () => {
    const claims = [{ status: "corrected" }, { status: "corrected" }, { status: "unverified" }] as Claim[];
    expect(countClaims(claims)).toEqual({ confirmed: 0, corrected: 2, conflicting: 0, unverified: 1 });
  });
});

describe("describeTrend", () => {
  it("names the range, first and last figures, the largest change and the gaps", () => {
    const text = describeTrend([article], [], 2003, 2009);
    expect(text).toContain("From 2003 to 2009 the chart shows 4 figures in 1 series.");
    expect(text).toContain("The earliest is $92m for 2003 (Reporter, unverified)");
    expect(text).toContain("the latest is $400m for 2009 (Reporter)");
    expect(text).toContain("The largest year-on-year fall within one series is $230m, from 2008 to 2009");
    expect(text).toContain("3 years have no figure at all");
  });
  it("says so when nothing falls in the range", () => {
    expect(describeTrend([article], [], 1990, 1995)).toBe("No trade figure in our data falls between 1990 and 1995.");
  });
});

describe("headlineCandidates", () => {
  it("keeps only whole-year figures as published that no other row disputes", () => {
    const rows = [
      observation("plain", 2021, 697),
      observation("disputed", 2024, 1810, { basis: "fiscal", conflictsWith: ["eleven-months"] }),
      observation("eleven-months", 2024, 1040, { basis: "partial", conflictsWith: ["disputed"] }),
      observation("part-year", 2018, 660, { basis: "partial" }),
      observation("ours", 2020, 792, { status: "derived" }),
      observation("about", 2009, 400, { status: "approximate" }),
      observation("record", 2023, 1000, { atLeast: true }),
    ];
    expect(headlineCandidates(rows).map((row) => row.id)).toEqual(["plain", "record"]);
    expect(highestFigure(headlineCandidates(rows))?.id).toBe("record");
  });
});
