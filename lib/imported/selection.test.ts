import { describe, expect, it } from "vitest";
import { chosenSeries, delimiterName, filterSeries, groupByUnit, initialSelection, previewRows } from "./selection";
import { importedSeries, importResult } from "./test-data";

const pakRus = importedSeries({
  id: "pak-rus-x",
  name: "Pakistan exports to Russian Federation",
  preselected: true,
  dimensions: {
    reporter: { id: "PAK", label: "Pakistan" },
    partner: { id: "RUS", label: "Russian Federation" },
    flow: { id: "X", label: "Export" },
  },
});
const pakWorld = importedSeries({
  id: "pak-w00-x",
  name: "Pakistan exports to World",
  dimensions: {
    reporter: { id: "PAK", label: "Pakistan" },
    partner: { id: "W00", label: "World" },
    flow: { id: "X", label: "Export" },
  },
});
const share = importedSeries({ id: "share", name: "Trade (% of GDP)", unit: "% of GDP" });

describe("initialSelection", () => {
  it("checks the preselected series", () => {
    expect(initialSelection(importResult([pakRus, pakWorld]))).toEqual(["pak-rus-x"]);
  });
});

describe("filterSeries", () => {
  it("keeps series with the chosen value of a dimension", () => {
    expect(filterSeries([pakRus, pakWorld], { partner: "W00" }, "").map((entry) => entry.id)).toEqual(["pak-w00-x"]);
  });

  it("ignores dimensions set to all", () => {
    expect(filterSeries([pakRus, pakWorld], { partner: "" }, "")).toHaveLength(2);
  });

  it("matches every word of the query against names and codes, ignoring case", () => {
    expect(filterSeries([pakRus, pakWorld], {}, "pakistan RUS").map((entry) => entry.id)).toEqual(["pak-rus-x"]);
    expect(filterSeries([pakRus, pakWorld], {}, "world")).toEqual([pakWorld]);
    expect(filterSeries([pakRus, pakWorld], {}, "china")).toEqual([]);
  });
});

describe("chosenSeries", () => {
  it("keeps the file's order", () => {
    expect(chosenSeries([pakRus, pakWorld, share], ["share", "pak-rus-x"]).map((entry) => entry.id)).toEqual([
      "pak-rus-x",
      "share",
    ]);
  });
});

describe("previewRows", () => {
  it("has a row for every year and null where a series has no value, so lines break there", () => {
    const rows = previewRows([
      {
        id: "a",
        points: [
          { year: 2001, value: 1 },
          { year: 2003, value: 3 },
        ],
      },
      { id: "b", points: [{ year: 2002, value: 20 }] },
    ]);
    expect(rows).toEqual([
      { year: 2001, a: 1, b: null },
      { year: 2002, a: null, b: 20 },
      { year: 2003, a: 3, b: null },
    ]);
  });

  it("is empty without points", () => {
    expect(previewRows([{ id: "a", points: [] }])).toEqual([]);
  });
});

describe("groupByUnit", () => {
  it("groups series by unit in order of first appearance", () => {
    const groups = groupByUnit([pakRus, share, pakWorld]);
    expect(groups.map((group) => [group.unit, group.series.map((entry) => entry.id)])).toEqual([
      ["USD millions", ["pak-rus-x", "pak-w00-x"]],
      ["% of GDP", ["share"]],
    ]);
  });
});

describe("delimiterName", () => {
  it("names the usual delimiters", () => {
    expect([",", ";", "\t", "|"].map(delimiterName)).toEqual(["comma", "semicolon", "tab", "pipe"]);
  });
});
