import { describe, expect, it } from "vitest";
import { readDotsSheet } from "./dots";
import { type Cell, type Grid, cellRef } from "./grid";
import { economies, missingGroups } from "./partners";

/** A small DOTS-like sheet: the layout of the IMF's country tables, rows found by label. */
function sheet(overrides: { title?: Cell; reporter?: Cell; unit?: Cell; years?: Cell[]; rows?: Cell[][] } = {}): Grid {
  const title = overrides.title ?? "Exports, FOB to Partner Countries";
  return {
    file: "test.xlsx",
    sheet: "Exports, FOB",
    rows: [
      [],
      [null, title, null],
      [null, null],
      [null, overrides.reporter ?? "Pakistan"],
      [null, overrides.unit ?? "US Dollars, Millions"],
      [],
      [null, null, ...(overrides.years ?? ["2002", "2003", "2004"])],
      ...(overrides.rows ?? [
        [null, "World", 9000, 11000.5, 13000],
        [null, "Russian Federation", 12.5, 16.84752, null],
      ]),
    ],
  };
}

describe("readDotsSheet", () => {
  it("reads flow, valuation, years and each partner's values, leaving empty cells out", () => {
    const result = readDotsSheet(sheet(), { reporter: "Pakistan" });
    expect(result.flow).toBe("exports");
    expect(result.valuation).toBe("FOB");
    expect(result.years).toEqual([2002, 2003, 2004]);
    expect([...(result.partners.get("Russian Federation") ?? [])]).toEqual([
      [2002, 12.5],
      [2003, 16.84752],
    ]);
  });

  it("finds the layout when rows move", () => {
    const grid = sheet();
    grid.rows.unshift([], []);
    expect(readDotsSheet(grid, { reporter: "Pakistan" }).partners.get("World")?.get(2004)).toBe(13000);
  });

  it("reads an imports sheet as CIF", () => {
    const result = readDotsSheet(sheet({ title: "Imports, CIF from Partner Countries" }), { reporter: "Pakistan" });
    expect([result.flow, result.valuation]).toEqual(["imports", "CIF"]);
  });

  it("stops at a sheet without a DOTS title", () => {
    expect(() => readDotsSheet(sheet({ title: "Exports to partners" }), { reporter: "Pakistan" })).toThrow(
      /test\.xlsx, sheet "Exports, FOB", cell A1: no title cell/,
    );
  });

  it("stops at the wrong reporter, naming the cell", () => {
    expect(() => readDotsSheet(sheet({ reporter: "India" }), { reporter: "Pakistan" })).toThrow(
      'test.xlsx, sheet "Exports, FOB", cell B4: expected the reporter "Pakistan", found "India"',
    );
  });

  it("stops at another unit, naming the cell", () => {
    expect(() => readDotsSheet(sheet({ unit: "US Dollars, Thousands" }), { reporter: "Pakistan" })).toThrow(
      'cell B5: expected the unit "US Dollars, Millions", found "US Dollars, Thousands"',
    );
  });

  it("stops when a year is skipped", () => {
    expect(() => readDotsSheet(sheet({ years: ["2002", "2004", "2005"] }), { reporter: "Pakistan" })).toThrow(
      "cell D7: expected the year 2003 after 2002, found 2004; years must be consecutive",
    );
  });

  it("stops at text where a number belongs", () => {
    const rows = [[null, "World", 1, "n/a", 3]];
    expect(() => readDotsSheet(sheet({ rows }), { reporter: "Pakistan" })).toThrow(
      'cell D8: expected a number in US$ millions for World in 2003, found "n/a"',
    );
  });

  it("stops at a negative value", () => {
    const rows = [[null, "World", 1, -2, 3]];
    expect(() => readDotsSheet(sheet({ rows }), { reporter: "Pakistan" })).toThrow("cell D8: expected 0 or more");
  });

  it("keeps a partner listed twice with the same figures once, and stops when the figures differ", () => {
    const same = [
      [null, "Australia", 1, 2, 3],
      [null, "Australia", 1, 2, 3],
    ];
    expect(readDotsSheet(sheet({ rows: same }), { reporter: "Pakistan" }).partners.size).toBe(1);
    const different = [
      [null, "Australia", 1, 2, 3],
      [null, "Australia", 1, 2, 4],
    ];
    expect(() => readDotsSheet(sheet({ rows: different }), { reporter: "Pakistan" })).toThrow(
      'cell B9: "Australia" appears again (first on row 8) with other figures',
    );
  });
});

describe("partners", () => {
  it("keeps economies and drops the World, groups, remainders and the memorandum items", () => {
    expect(
      economies(["World", "Euro Area", "France", "Asia not specified", "USSR", "Memorandum Items", "Africa"]),
    ).toEqual(["France", "USSR"]);
  });

  it("names the groups a table lacks", () => {
    expect(missingGroups(["World", "Memorandum Items"])).toContain("Advanced Economies");
  });
});

describe("cellRef", () => {
  it("names columns past Z", () => {
    expect([cellRef(7, 3), cellRef(1, 26), cellRef(1, 27), cellRef(2, 63)]).toEqual(["C7", "Z1", "AA1", "BK2"]);
  });
});
