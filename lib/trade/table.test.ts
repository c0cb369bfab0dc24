import { describe, expect, it } from "vitest";
import { observationsInRange } from "./explorer";
import { filterTableRows, isSortColumn, toSortParam } from "./table";
import { testTradeData } from "./test-data";

const data = testTradeData();
const MOC = "pakistan-ministry-of-commerce-pakistani-fiscal";

describe("filterTableRows", () => {
  it("filters by series and by status, together or alone", () => {
    const rows = observationsInRange(data.trade, 2002, 2023);
    expect(filterTableRows(rows, { status: "approximate" }).map((row) => row.id)).toEqual(["article-2009"]);
    expect(filterTableRows(rows, { series: MOC })).toHaveLength(3);
    expect(filterTableRows(rows, { series: MOC, status: "unverified" })).toEqual([]);
    expect(filterTableRows(rows, {})).toHaveLength(rows.length);
  });
});

describe("toSortParam", () => {
  it("writes the first sorted column and its direction", () => {
    expect(toSortParam([{ id: "totalUsdM", desc: true }])).toBe("totalUsdM.desc");
    expect(toSortParam([{ id: "status", desc: false }])).toBe("status");
  });

  it("falls back to the period column when nothing is sorted", () => {
    expect(toSortParam([])).toBe("period");
  });
});

describe("isSortColumn", () => {
  it("accepts the table's sortable columns only", () => {
    expect(isSortColumn("totalUsdM")).toBe(true);
    expect(isSortColumn("note")).toBe(false);
  });
});
