import { describe, expect, it } from "vitest";
import {
  addStoredSeries,
  isMoneySeries,
  MAX_STORED_SERIES,
  parseStoredImports,
  removeStoredSeries,
  serializeStoredImports,
  toStoredSeries,
} from "./storage";
import { importedSeries, importResult, storedSeries } from "./test-data";

describe("parseStoredImports", () => {
  it("returns no series and no problem when nothing is stored", () => {
    expect(parseStoredImports(null)).toEqual({ series: [] });
    expect(parseStoredImports("")).toEqual({ series: [] });
  });

  it("reads back what serializeStoredImports wrote", () => {
    const series = [storedSeries({ key: "a" }), storedSeries({ key: "b", unit: "% of GDP" })];
    expect(parseStoredImports(serializeStoredImports(series))).toEqual({ series });
  });

  it("sets aside text that is not JSON, with a problem to show", () => {
    const parsed = parseStoredImports("{not json");
    expect(parsed.series).toEqual([]);
    expect(parsed.problem).toMatch(/could not be read/);
  });

  it("sets aside another version of the stored shape", () => {
    const parsed = parseStoredImports(JSON.stringify({ version: 2, series: [storedSeries({ key: "a" })] }));
    expect(parsed.series).toEqual([]);
    expect(parsed.problem).toMatch(/form this version does not know/);
  });

  it.each([
    ["an array", "[]"],
    ["a number", "42"],
    ["null", "null"],
    ["series that is not a list", JSON.stringify({ version: 1, series: {} })],
  ])("sets aside %s", (_, raw) => {
    const parsed = parseStoredImports(raw);
    expect(parsed.series).toEqual([]);
    expect(parsed.problem).toBeDefined();
  });

  it("keeps the good series and drops a damaged one, saying how many", () => {
    const good = storedSeries({ key: "good" });
    const raw = JSON.stringify({
      version: 1,
      series: [good, { ...storedSeries({ key: "bad" }), points: [{ year: "2019", value: 1 }] }],
    });
    const parsed = parseStoredImports(raw);
    expect(parsed.series).toEqual([good]);
    expect(parsed.problem).toMatch(/^1 saved imported series was damaged/);
  });

  it.each([
    ["a year beyond what any file gives", { year: 20_000, value: 1 }],
    ["a fractional year", { year: 2019.5, value: 1 }],
    ["a value that is not a number", { year: 2019, value: "12" }],
    ["a missing value", { year: 2019 }],
  ])("drops a series with %s", (_, point) => {
    const raw = JSON.stringify({ version: 1, series: [{ ...storedSeries({ key: "a" }), points: [point] }] });
    expect(parseStoredImports(raw).series).toEqual([]);
  });

  it("drops a series without a file name or with an invalid date", () => {
    const raw = JSON.stringify({
      version: 1,
      series: [
        { ...storedSeries({ key: "a" }), fileName: "" },
        { ...storedSeries({ key: "b" }), addedAt: "yesterday" },
      ],
    });
    const parsed = parseStoredImports(raw);
    expect(parsed.series).toEqual([]);
    expect(parsed.problem).toMatch(/^2 saved imported series were/);
  });

  it("keeps the first of two series with one key", () => {
    const first = storedSeries({ key: "same", name: "First" });
    const raw = serializeStoredImports([first, storedSeries({ key: "same", name: "Second" })]);
    expect(parseStoredImports(raw).series).toEqual([first]);
  });

  it("puts points in year order and keeps one per year", () => {
    const raw = serializeStoredImports([
      storedSeries({
        key: "a",
        points: [
          { year: 2020, value: 3 },
          { year: 2018, value: 1 },
          { year: 2020, value: 99 },
        ],
      }),
    ]);
    expect(parseStoredImports(raw).series[0]?.points).toEqual([
      { year: 2018, value: 1 },
      { year: 2020, value: 3 },
    ]);
  });

  it("keeps no more than the limit of series", () => {
    const many = Array.from({ length: MAX_STORED_SERIES + 2 }, (_, index) => storedSeries({ key: `s${index}` }));
    const parsed = parseStoredImports(serializeStoredImports(many));
    expect(parsed.series).toHaveLength(MAX_STORED_SERIES);
    expect(parsed.problem).toMatch(/^2 saved imported series were/);
  });
});

describe("toStoredSeries", () => {
  it("keeps name, unit, conversion, format, file name and points, keyed by file and series", () => {
    const series = importedSeries({
      id: "pak-rus-x",
      name: "Pakistan exports to Russia",
      points: [
        { year: 2023, value: 66, period: "2023M1–2023M3", partial: true },
        { year: 2022, value: 198 },
      ],
    });
    const stored = toStoredSeries(
      importResult([series], { fileName: "TradeData.csv" }),
      series,
      new Date("2025-05-06T07:08:09Z"),
    );
    expect(stored).toEqual({
      key: "TradeData.csv::pak-rus-x",
      name: "Pakistan exports to Russia",
      unit: "USD millions",
      conversion: "values in US$ millions, not converted",
      format: { id: "tidy", label: "Tidy CSV (a year column and value columns)" },
      fileName: "TradeData.csv",
      addedAt: "2025-05-06T07:08:09.000Z",
      points: [
        { year: 2022, value: 198 },
        { year: 2023, value: 66, period: "2023M1–2023M3", partial: true },
      ],
    });
  });

  it("makes something that storage reads back unchanged", () => {
    const series = importedSeries({ id: "a" });
    const stored = toStoredSeries(importResult([series]), series, new Date());
    expect(parseStoredImports(serializeStoredImports([stored])).series).toEqual([stored]);
  });
});

describe("addStoredSeries and removeStoredSeries", () => {
  it("adds new series at the end and replaces one with the same key in place", () => {
    const kept = [storedSeries({ key: "a" }), storedSeries({ key: "b" })];
    const outcome = addStoredSeries(kept, [storedSeries({ key: "b", name: "New b" }), storedSeries({ key: "c" })]);
    expect(outcome.series.map((entry) => entry.key)).toEqual(["a", "b", "c"]);
    expect(outcome.series[1]?.name).toBe("New b");
    expect(outcome).toMatchObject({ added: 1, replaced: 1, refused: 0 });
  });

  it("refuses series beyond the limit", () => {
    const kept = Array.from({ length: MAX_STORED_SERIES - 1 }, (_, index) => storedSeries({ key: `k${index}` }));
    const outcome = addStoredSeries(kept, [storedSeries({ key: "x" }), storedSeries({ key: "y" })]);
    expect(outcome.series).toHaveLength(MAX_STORED_SERIES);
    expect(outcome).toMatchObject({ added: 1, refused: 1 });
  });

  it("removes one series by key", () => {
    const kept = [storedSeries({ key: "a" }), storedSeries({ key: "b" })];
    expect(removeStoredSeries(kept, "a").map((entry) => entry.key)).toEqual(["b"]);
  });
});

describe("isMoneySeries", () => {
  it("is true only for US$ millions", () => {
    expect(isMoneySeries({ unit: "USD millions" })).toBe(true);
    expect(isMoneySeries({ unit: "% of GDP" })).toBe(false);
    expect(isMoneySeries({ unit: "unspecified" })).toBe(false);
  });
});
