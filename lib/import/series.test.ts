import { describe, expect, it } from "vitest";
import { IssueLog } from "./issues";
import { annualPeriod, monthlyPeriod, quarterlyPeriod } from "./periods";
import {
  DEFAULT_DIMENSION_LABELS,
  buildChoices,
  buildSeries,
  preselectSeries,
  seriesName,
  toYearlyPoints,
} from "./series";
import { ImportSink, type SeriesEntry } from "./sink";
import { type ImportedSeries, type SeriesDimensions } from "./types";
import { type UnitInfo, describeOutputUnit } from "./units";

const usd: UnitInfo = { kind: "usd", factor: 1, source: "" };
const percent: UnitInfo = { kind: "other", label: "% of GDP" };

const limits = { maxSeries: 100, maxWarnings: 10 };

function entry(
  values: Array<[number, number]>,
  unit: UnitInfo = usd,
  dimensions: SeriesDimensions = {},
  sink = new ImportSink(limits),
): SeriesEntry {
  const created = sink.create(JSON.stringify(dimensions), { dimensions, unit, extras: [] }, 1);
  values.forEach(([period, value], index) => sink.addValue(created, period, value, index + 2));
  return created;
}

const months = (year: number, count: number, value: number): Array<[number, number]> =>
  Array.from({ length: count }, (_, index) => [monthlyPeriod(year, index + 1), value]);

describe("toYearlyPoints", () => {
  it("sums all 12 months into a complete year, converted to US$ millions", () => {
    const { points, frequency } = toYearlyPoints(entry(months(2022, 12, 1_000_000)), describeOutputUnit(usd));
    expect(points).toEqual([{ year: 2022, value: 12 }]);
    expect(frequency).toBe("monthly");
  });

  it("marks a year with missing months partial and names the months it covers", () => {
    const { points } = toYearlyPoints(entry(months(2023, 3, 2_000_000)), describeOutputUnit(usd));
    expect(points).toEqual([{ year: 2023, value: 6, period: "2023M1–2023M3", partial: true }]);
  });

  it("lists months with gaps one by one", () => {
    const values: Array<[number, number]> = [
      [monthlyPeriod(2023, 1), 1e6],
      [monthlyPeriod(2023, 3), 1e6],
    ];
    expect(toYearlyPoints(entry(values), describeOutputUnit(usd)).points[0]?.period).toBe("2023M1, 2023M3");
  });

  it("sums four quarters and marks fewer as partial", () => {
    const values: Array<[number, number]> = [1, 2, 3, 4].map((quarter) => [quarterlyPeriod(2023, quarter), 1e6]);
    values.push([quarterlyPeriod(2024, 1), 5e6]);
    expect(toYearlyPoints(entry(values), describeOutputUnit(usd)).points).toEqual([
      { year: 2023, value: 4 },
      { year: 2024, value: 5, period: "2024Q1", partial: true },
    ]);
  });

  it("prefers the file's annual figure over its months", () => {
    const values = [...months(2022, 12, 1e6), [annualPeriod(2022), 15e6] as [number, number]];
    const { points, frequency } = toYearlyPoints(entry(values), describeOutputUnit(usd));
    expect(points).toEqual([{ year: 2022, value: 15 }]);
    expect(frequency).toBe("mixed");
  });

  it("keeps the first of two values for one period and reports the second with its line", () => {
    const sink = new ImportSink(limits);
    const values: Array<[number, number]> = [
      [annualPeriod(2020), 1e6],
      [annualPeriod(2021), 2e6],
      [annualPeriod(2020), 9e6],
      [monthlyPeriod(2022, 1), 1e6],
      [monthlyPeriod(2022, 1), 1e6],
    ];
    const result = toYearlyPoints(entry(values, usd, {}, sink), describeOutputUnit(usd));
    expect(result.points).toEqual([
      { year: 2020, value: 1 },
      { year: 2021, value: 2 },
      { year: 2022, value: 1, period: "2022M1", partial: true },
    ]);
    expect(sink.warnings.toArray().map((warning) => warning.message)).toEqual([
      "line 4: a second value for the same series and period (2020) was ignored; the first one is kept.",
      "line 6: a second value for the same series and period (2022M1) was ignored; the first one is kept.",
    ]);
  });

  it("leaves out years of monthly shares, which cannot be summed", () => {
    const result = toYearlyPoints(entry(months(2022, 12, 30), percent), describeOutputUnit(percent));
    expect(result.points).toEqual([]);
    expect(result.unsummableYears).toBe(1);
  });
});

const PAK = { id: "PAK", label: "Pakistan" };
const RUS = { id: "RUS", label: "Russian Federation" };
const CHN = { id: "CHN", label: "China" };

function series(id: string, dimensions: SeriesDimensions, unit = "USD millions", points = [{ year: 2020, value: 1 }]) {
  return {
    id,
    name: id,
    unit,
    conversion: "",
    dimensions,
    frequency: "annual",
    preselected: false,
    points,
  } satisfies ImportedSeries;
}

describe("preselectSeries", () => {
  it("selects Pakistan–Russia in both directions and nothing else", () => {
    const chosen = preselectSeries(
      [
        series("pak-rus", { reporter: PAK, partner: RUS, flow: { id: "X", label: "Export" } }),
        series("rus-pak", { reporter: RUS, partner: PAK, flow: { id: "X", label: "Export" } }),
        series("pak-chn", { reporter: PAK, partner: CHN, flow: { id: "X", label: "Export" } }),
      ],
      ["iso3"],
    );
    expect(chosen.filter((item) => item.preselected).map((item) => item.id)).toEqual(["pak-rus", "rus-pak"]);
  });

  it("recognises Comtrade M49 and IMF codes only in their own code lists", () => {
    const comtrade = series("m49", { reporter: { id: "586", label: "Pak." }, partner: { id: "643", label: "Rus." } });
    expect(preselectSeries([comtrade], ["m49"])[0]?.preselected).toBe(true);
    expect(preselectSeries([comtrade], ["imf"])[0]?.preselected).toBe(false);
    const imf = series("imf", { reporter: { id: "564", label: "Pak." }, partner: { id: "922", label: "Rus." } });
    expect(preselectSeries([imf], ["imf"])[0]?.preselected).toBe(true);
  });

  it("prefers the total over products, imports and exports over re-exports, US$ over shares", () => {
    const chosen = preselectSeries(
      [
        series("total", { reporter: PAK, partner: RUS, product: { id: "TOTAL", label: "All Commodities" } }),
        series("wheat", { reporter: PAK, partner: RUS, product: { id: "1001", label: "Wheat" } }),
        series("re-export", {
          reporter: PAK,
          partner: RUS,
          product: { id: "TOTAL", label: "All Commodities" },
          flow: { id: "3", label: "Re-Export" },
        }),
        series("share", { reporter: PAK, partner: RUS, product: { id: "TOTAL", label: "All Commodities" } }, "%"),
      ],
      ["iso3"],
    );
    expect(chosen.filter((item) => item.preselected).map((item) => item.id)).toEqual(["total"]);
  });

  it("selects Pakistan and Russia in a file of countries without partners", () => {
    const chosen = preselectSeries(
      [
        series("pak", { reporter: PAK }),
        series("rus", { reporter: { id: "RUS", label: "Russia" } }),
        series("wld", { reporter: { id: "WLD", label: "World" } }),
      ],
      ["iso3"],
    );
    expect(chosen.map((item) => item.preselected)).toEqual([true, true, false]);
  });

  it("selects every series of a small file without any country", () => {
    const chosen = preselectSeries([series("a", {}), series("b", {})], ["iso3"]);
    expect(chosen.every((item) => item.preselected)).toBe(true);
  });
});

describe("seriesName", () => {
  it("reads like a sentence for bilateral trade", () => {
    expect(seriesName({ reporter: PAK, partner: RUS, flow: { id: "M", label: "Import" } }, null)).toBe(
      "Pakistan imports from Russian Federation",
    );
    expect(
      seriesName(
        {
          reporter: PAK,
          partner: RUS,
          flow: { id: "X", label: "Exports" },
          product: { id: "TOTAL", label: "All Commodities" },
        },
        null,
      ),
    ).toBe("Pakistan exports to Russian Federation — All Commodities");
  });

  it("puts the indicator first for country-level data", () => {
    expect(seriesName({ reporter: PAK, indicator: { id: "NE.EXP", label: "Exports (current US$)" } }, null)).toBe(
      "Exports (current US$): Pakistan",
    );
  });
});

describe("buildSeries and buildChoices", () => {
  it("gives unique ids and lists each dimension's values with their series counts", () => {
    const warnings = new IssueLog(10, 5);
    const built = buildSeries(
      [
        entry([[annualPeriod(2020), 1e6]], usd, { reporter: PAK, partner: RUS }),
        entry([[annualPeriod(2020), 2e6]], usd, { reporter: PAK, partner: CHN }),
      ],
      warnings,
    );
    expect(built.map((item) => item.id)).toEqual(["pak-rus", "pak-chn"]);
    expect(buildChoices(built, DEFAULT_DIMENSION_LABELS)).toEqual([
      { dimension: "reporter", label: "Reporter", values: [{ id: "PAK", label: "Pakistan", seriesCount: 2 }] },
      {
        dimension: "partner",
        label: "Partner",
        values: [
          { id: "CHN", label: "China", seriesCount: 1 },
          { id: "RUS", label: "Russian Federation", seriesCount: 1 },
        ],
      },
    ]);
  });
});
