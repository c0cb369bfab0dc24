import { describe, expect, it } from "vitest";
import {
  absoluteChange,
  cagr,
  chosenChoice,
  compareChoices,
  compareYears,
  percentChange,
  rankCommonSeries,
} from "./compare";
import { testTradeData } from "./test-data";

const { series } = testTradeData();
const ARTICLE = "source-article-unknown-calendar";
const MOC = "pakistan-ministry-of-commerce-pakistani-fiscal";
const RUSSIA = "russian-trade-representation-russian-calendar";
const RUSSIA_PARTIAL = "russian-trade-representation-russian-partial";

describe("absoluteChange, percentChange and cagr", () => {
  it("gives +538, +584.8 % and +46.9 % a year from 92 in 2003 to 630 in 2008", () => {
    expect(absoluteChange(92, 630)).toBe(538);
    expect(percentChange(92, 630)).toBeCloseTo(5.848, 3);
    expect(cagr(92, 630, 5)).toBeCloseTo(0.469, 3);
  });

  it("gives a negative change and growth rate for a fall", () => {
    expect(absoluteChange(630, 400)).toBe(-230);
    expect(percentChange(630, 400)).toBeCloseTo(-0.3651, 4);
    expect(cagr(630, 400, 1)).toBeCloseTo(-0.3651, 4);
  });

  it("returns no percentage change when the earlier value is zero", () => {
    expect(percentChange(0, 100)).toBeUndefined();
  });

  it("returns no growth rate for values that are not positive or a span that is not", () => {
    expect(cagr(0, 100, 5)).toBeUndefined();
    expect(cagr(100, 0, 5)).toBeUndefined();
    expect(cagr(100, 200, 0)).toBeUndefined();
  });
});

describe("compareYears", () => {
  it("compares 2003 with 2008 in the one series that has both", () => {
    const comparison = compareYears(series, [2003, 2008]);
    expect(comparison.choice).toBe("one-series");
    expect(comparison.from.chosen?.series.id).toBe(ARTICLE);
    expect(comparison.from.chosen?.observation.totalUsdM).toBe(92);
    expect(comparison.to.chosen?.observation.totalUsdM).toBe(630);
    expect(comparison.result?.change).toBe(538);
    expect(comparison.result?.percentChange).toBeCloseTo(5.848, 3);
    expect(comparison.result?.cagr).toBeCloseTo(0.469, 3);
    expect(comparison.result?.elapsedYears).toBe(5);
  });

  it("flags unverified figures and lists the years between that have no figure", () => {
    const comparison = compareYears(series, [2003, 2008]);
    expect(comparison.caveats).toEqual([
      { kind: "status", period: expect.objectContaining({ period: "2003" }), status: "unverified" },
      { kind: "status", period: expect.objectContaining({ period: "2008" }), status: "unverified" },
    ]);
    expect(comparison.gapYears).toEqual([2004, 2005, 2007]);
  });

  it("flags an approximate figure", () => {
    const comparison = compareYears(series, [2008, 2009]);
    expect(comparison.caveats).toContainEqual({
      kind: "status",
      period: { period: "2009", basis: "calendar", start: { year: 2009, month: 1 }, end: { year: 2009, month: 12 } },
      status: "approximate",
    });
  });

  it("says a year has no figure, points to the nearest years, and computes nothing", () => {
    const comparison = compareYears(series, [2005, 2008]);
    expect(comparison.from.figures).toEqual([]);
    expect(comparison.from.nearest).toEqual({ before: 2003, after: 2006 });
    expect(comparison.result).toBeUndefined();
    expect(comparison.choice).toBe("none");
  });

  it("computes nothing when no single series has both years, but lists what each year has", () => {
    const comparison = compareYears(series, [2003, 2013]);
    expect(comparison.commonSeries).toEqual([]);
    expect(comparison.result).toBeUndefined();
    expect(comparison.from.figures.map((figure) => figure.series.id)).toEqual([ARTICLE]);
    expect(comparison.to.figures.map((figure) => figure.series.id)).toEqual([MOC]);
  });

  it("compares across series when the reader picks them, warning about perspective and basis", () => {
    const comparison = compareYears(series, [2003, 2013], [ARTICLE, MOC]);
    expect(comparison.choice).toBe("picked");
    expect(comparison.result?.change).toBeCloseTo(392.47, 2);
    // From the middle of 2003 to the middle of FY2012-13 (1 January 2013).
    expect(comparison.result?.elapsedYears).toBe(9.5);
    const [fromSeries, toSeries] = [comparison.from.chosen?.series, comparison.to.chosen?.series];
    expect(comparison.caveats).toContainEqual({
      kind: "differentSeries",
      from: { id: ARTICLE, label: fromSeries?.label },
      to: { id: MOC, label: toSeries?.label },
    });
    expect(comparison.caveats).toContainEqual({ kind: "differentPerspectives", from: "unknown", to: "pakistani" });
    expect(comparison.caveats).toContainEqual({ kind: "differentBases", from: "calendar", to: "fiscal" });
  });

  it("warns that a part-year figure is not a whole year", () => {
    const comparison = compareYears(series, [2012, 2018], [RUSSIA, RUSSIA_PARTIAL]);
    expect(comparison.caveats).toContainEqual(
      expect.objectContaining({ kind: "partYear", start: { year: 2018, month: 1 }, end: { year: 2018, month: 10 } }),
    );
    expect(comparison.caveats.map((caveat) => caveat.kind)).not.toContain("differentPerspectives");
    expect(comparison.caveats.map((caveat) => caveat.kind)).toContain("differentBases");
  });

  it("says the true change is at least the one shown when the later figure is a floor", () => {
    const comparison = compareYears(series, [2012, 2023]);
    expect(comparison.from.chosen?.series.id).toBe(RUSSIA);
    expect(comparison.caveats).toContainEqual(expect.objectContaining({ kind: "floor", side: "later" }));
    expect(comparison.caveats).not.toContainEqual(expect.objectContaining({ kind: "floor", side: "earlier" }));
  });

  it("names the conflicting figure from another source", () => {
    const comparison = compareYears(series, [2013, 2023], [MOC, MOC]);
    expect(comparison.caveats).toContainEqual({
      kind: "conflict",
      period: expect.objectContaining({ period: "FY2022-23", basis: "fiscal" }),
      rivals: [{ totalUsdM: 666.85, atLeast: false, reporter: "FPCCI" }],
    });
  });

  it("falls back to the default with a note when the picked series lacks a year", () => {
    const comparison = compareYears(series, [2003, 2008], [MOC, MOC]);
    expect(comparison.from.chosen?.series.id).toBe(ARTICLE);
    expect(comparison.notes).toEqual([
      {
        kind: "unusablePick",
        missing: [
          { series: MOC, year: 2003 },
          { series: MOC, year: 2008 },
        ],
      },
    ]);
  });

  it("notes which of a series' figures for one year it used", () => {
    const russia = series.find((entry) => entry.id === RUSSIA);
    const whole = russia?.observations.find((observation) => observation.year === 2012);
    if (russia === undefined || whole === undefined) throw new Error("test data lacks Russia's 2012 figure");
    const firstHalf = {
      ...whole,
      id: `${whole.id}-h1`,
      basis: "partial" as const,
      period: "Jan–Jun 2012",
      end: { year: 2012, month: 6 },
      totalUsdM: 1,
    };
    const withHalf = { ...russia, observations: [...russia.observations, firstHalf] };
    const comparison = compareYears([withHalf], [2012, 2023], [RUSSIA, RUSSIA]);
    expect(comparison.from.chosen?.observation.id).toBe(whole.id);
    expect(comparison.notes).toEqual([
      {
        kind: "severalFigures",
        series: { id: RUSSIA, label: russia.label },
        year: 2012,
        figure: {
          totalUsdM: whole.totalUsdM,
          atLeast: whole.atLeast,
          reporter: whole.reporter,
          period: { period: whole.period, basis: whole.basis, start: whole.start, end: whole.end },
        },
      },
    ]);
  });
});

describe("rankCommonSeries", () => {
  it("prefers the series whose figures are more reliable", () => {
    const article = series.find((entry) => entry.id === ARTICLE);
    if (article === undefined) throw new Error("fixture lacks the article series");
    const reliable = {
      ...article,
      id: "reliable",
      observations: article.observations.map((observation) => ({ ...observation, status: "reported" as const })),
    };
    expect(rankCommonSeries([article, reliable], 2003, 2008).map((entry) => entry.id)).toEqual(["reliable", ARTICLE]);
  });
});

describe("compareChoices", () => {
  it("offers the series with both years first, then every pair across series", () => {
    const comparison = compareYears(series, [2013, 2023]);
    const choices = compareChoices(comparison);
    expect(choices[0]).toMatchObject({ value: MOC, sameSeries: true });
    expect(choices[0]?.label).toContain("$484.47m → $920m");
    expect(choices.filter((choice) => !choice.sameSeries).map((choice) => choice.value)).toEqual([
      `${MOC},russian-trade-representation-russian-calendar`,
      `${MOC},fpcci-pakistani-fiscal`,
    ]);
    expect(chosenChoice(comparison)).toBe(MOC);
  });

  it("offers nothing when a year has no figure", () => {
    const comparison = compareYears(series, [2005, 2008]);
    expect(compareChoices(comparison)).toEqual([]);
    expect(chosenChoice(comparison)).toBeUndefined();
  });
});
