import { describe, expect, it } from "vitest";
import { testTradeData } from "../trade/test-data";
import { compareCombined, compareYearOptions, importedToTradeSeries } from "./compare";
import { storedSeries } from "./test-data";

const { series: builtIn } = testTradeData();

describe("importedToTradeSeries", () => {
  it("gives money series the chart's ids and an Imported label, and leaves other units out", () => {
    const series = importedToTradeSeries([
      storedSeries({ key: "a", unit: "% of GDP" }),
      storedSeries({ key: "b", name: "Pakistan exports", fileName: "wdi.csv" }),
    ]);
    expect(series.map((entry) => [entry.id, entry.label])).toEqual([["imported-2", "Imported: Pakistan exports"]]);
    expect(series[0]?.observations[0]).toMatchObject({
      id: "imported-2-2018",
      year: 2018,
      totalUsdM: 100,
      sources: [{ publisher: "wdi.csv" }],
    });
  });

  it("names imported series by the page's template, in the page's language", () => {
    const stored = [storedSeries({ key: "b", name: "Pakistan exports" })];
    expect(importedToTradeSeries(stored, "Импорт: {name}")[0]?.label).toBe("Импорт: Pakistan exports");
    const comparison = compareCombined([], stored, [2018, 2019], undefined, "درآمد شدہ: {name}");
    expect(comparison.from.chosen?.series.label).toBe("درآمد شدہ: Pakistan exports");
    // A file's own name is kept as it is, dollar signs and all.
    const dollars = [storedSeries({ key: "c", name: "US$'000 exports $&" })];
    expect(importedToTradeSeries(dollars, "Imported: {name}")[0]?.label).toBe("Imported: US$'000 exports $&");
  });
});

describe("compareCombined", () => {
  it("uses one of our series by default when one has both years", () => {
    const stored = [
      storedSeries({
        key: "a",
        points: [
          { year: 2014, value: 500 },
          { year: 2015, value: 400 },
        ],
      }),
    ];
    const comparison = compareCombined(builtIn, stored, [2014, 2015]);
    expect(comparison.from.chosen?.series.id).toBe("pakistan-business-council-pakistani-calendar");
    expect(comparison.from.figures.map((figure) => figure.series.id)).toContain("imported-1");
    expect(comparison.caveats.map((caveat) => caveat.kind)).not.toContain("importedFile");
  });

  it("uses the imported series when none of ours has both years, with a caveat naming the file", () => {
    const stored = [
      storedSeries({
        key: "a",
        fileName: "TradeData.csv",
        conversion: "values in US$, divided by 1,000,000",
        points: [
          { year: 2019, value: 200 },
          { year: 2021, value: 242 },
        ],
      }),
    ];
    const comparison = compareCombined(builtIn, stored, [2019, 2021]);
    expect(comparison.choice).toBe("one-series");
    expect(comparison.result).toMatchObject({ change: 42, elapsedYears: 2 });
    expect(comparison.result?.cagr).toBeCloseTo(0.1, 6);
    expect(comparison.importedIds.has("imported-1")).toBe(true);
    expect(comparison.caveats).toContainEqual({
      kind: "importedFile",
      fileName: "TradeData.csv",
      format: expect.objectContaining({ id: expect.any(String) }),
      conversion: "values in US$, divided by 1,000,000",
    });
    expect(comparison.gapYears).toEqual([2020]);
  });

  it("compares an imported figure with one of ours when the reader picks them, and warns about both", () => {
    const stored = [storedSeries({ key: "a", points: [{ year: 2012, value: 500 }] })];
    const comparison = compareCombined(
      builtIn,
      stored,
      [2012, 2014],
      ["imported-1", "pakistan-business-council-pakistani-calendar"],
    );
    expect(comparison.choice).toBe("picked");
    expect(comparison.result?.change).toBe(-46);
    // The imported series is named as its file names it, marked as imported, and ours by its label.
    expect(comparison.caveats).toContainEqual({
      kind: "differentSeries",
      from: { id: "imported-1", label: stored[0]?.name, imported: true },
      to: {
        id: "pakistan-business-council-pakistani-calendar",
        label: comparison.to.chosen?.series.label,
      },
    });
    expect(comparison.caveats).toContainEqual(expect.objectContaining({ kind: "importedFile", year: 2012 }));
  });

  it("says when an imported figure covers part of a year only", () => {
    const stored = [
      storedSeries({
        key: "a",
        points: [
          { year: 2022, value: 198 },
          { year: 2023, value: 66, period: "2023M1–2023M3", partial: true },
        ],
      }),
    ];
    const comparison = compareCombined(builtIn, stored, [2022, 2023], ["imported-1", "imported-1"]);
    expect(comparison.from.chosen?.observation.period).toBe("2022");
    expect(comparison.to.chosen?.observation.period).toBe("2023M1–2023M3");
    expect(comparison.caveats).toContainEqual({ kind: "importedPartYear", year: 2023, period: "2023M1–2023M3" });
    // One caveat names the file when both figures come from it, without a year.
    expect(comparison.caveats.filter((caveat) => caveat.kind === "importedFile")).toEqual([
      expect.objectContaining({ fileName: "pak-rus.csv" }),
    ]);
    expect(comparison.caveats.find((caveat) => caveat.kind === "importedFile")).not.toHaveProperty("year");
  });

  it("names imported series by their files and says nothing of a choice that no longer applies", () => {
    const stored = [storedSeries({ key: "a", name: "Pakistan exports" })];
    // The reader's choice from the list named a series since removed: the default applies, without a note about addresses.
    const comparison = compareCombined([], stored, [2018, 2019], ["imported-2", "imported-2"]);
    expect(comparison.from.chosen?.series.id).toBe("imported-1");
    expect(comparison.notes).toEqual([]);
    expect([...comparison.importedNames]).toEqual([["imported-1", "Pakistan exports"]]);
  });

  it("computes nothing when no series has a figure for a year", () => {
    const comparison = compareCombined(builtIn, [storedSeries({ key: "a" })], [2000, 2019]);
    expect(comparison.choice).toBe("none");
    expect(comparison.result).toBeUndefined();
  });
});

describe("compareYearOptions", () => {
  it("lists every year between the first and last figure, marking years without one", () => {
    const options = compareYearOptions(importedToTradeSeries([storedSeries({ key: "a" })]).concat(builtIn));
    expect(options[0]).toEqual({ year: 2003, hasFigure: true });
    expect(options.find((option) => option.year === 2004)).toEqual({ year: 2004, hasFigure: false });
    expect(options.find((option) => option.year === 2019)).toEqual({ year: 2019, hasFigure: true });
  });
});
