import { describe, expect, it } from "vitest";
import { findDataset, selectRows } from "../api/datasets";
import { buildTradeExplorer, observationsInRange, seriesColorIndex, seriesInView } from "./explorer";
import { testDataset, testTradeData } from "./test-data";

const data = testTradeData();
const ARTICLE = "source-article-unknown-calendar";
const MOC = "pakistan-ministry-of-commerce-pakistani-fiscal";

describe("observationsInRange", () => {
  it("keeps figures whose year lies in the range, ends included", () => {
    const years = observationsInRange(data.trade, 2006, 2009).map((observation) => observation.period);
    expect(years).toEqual(["2006", "2008", "2009"]);
  });

  it("counts a fiscal year in the year it ends: FY2012-13 is in 2013, not 2012", () => {
    expect(observationsInRange(data.trade, 2012, 2012).map((observation) => observation.id)).toEqual(["ru-2012"]);
    expect(observationsInRange(data.trade, 2013, 2013).map((observation) => observation.id)).toEqual(["moc-fy2012-13"]);
  });

  it("returns nothing for a range without figures", () => {
    expect(observationsInRange(data.trade, 2004, 2005)).toEqual([]);
  });
});

describe("seriesInView", () => {
  it("keeps only the selected series, cut to the range, and drops series left empty", () => {
    const view = seriesInView(data.series, [ARTICLE, MOC], 2008, 2013);
    expect(view.map((entry) => entry.id)).toEqual([ARTICLE, MOC]);
    expect(view[0]?.observations.map((observation) => observation.period)).toEqual(["2008", "2009"]);
    expect(seriesInView(data.series, [MOC], 2003, 2009)).toEqual([]);
  });
});

describe("seriesColorIndex", () => {
  it("numbers series within their perspective so colours do not move when one is hidden", () => {
    const indexes = seriesColorIndex(data.series);
    expect(indexes.get("russian-trade-representation-russian-calendar")).toBe(0);
    expect(indexes.get("russian-trade-representation-russian-partial")).toBe(1);
    expect(indexes.get("fpcci-pakistani-fiscal")).toBe(2);
  });
});

describe("buildTradeExplorer", () => {
  it("shows everything by default", () => {
    const explorer = buildTradeExplorer({}, data);
    expect([explorer.view.from, explorer.view.to]).toEqual([2003, 2023]);
    expect(explorer.rowsInView).toHaveLength(data.trade.length);
    expect(explorer.query).toBe("");
    expect(explorer.download).toEqual({ rangeRows: 13, allRows: 13, series: undefined });
  });

  it("names what the chart shows by the view without its comparison and table settings", () => {
    const explorer = buildTradeExplorer(
      { from: "2005", mode: "real", compare: "2008,2012", tableStatus: "reported", tableSort: "total.desc" },
      data,
    );
    expect(explorer.query).toContain("compare=2008,2012");
    expect(explorer.chartQuery).toBe("?from=2005&mode=real");
    expect(buildTradeExplorer({ compare: "2008,2012" }, data).chartQuery).toBe("");
  });

  it("follows the range in the chart, the table, the events and the download", () => {
    const explorer = buildTradeExplorer({ from: "2003", to: "2009" }, data);
    expect(explorer.rowsInView.map((row) => row.id)).toEqual([
      "article-2003",
      "article-2006",
      "article-2008",
      "article-2009",
    ]);
    // Events that bear on trade only; the concert is culture.
    expect(explorer.events.map((event) => event.id)).toEqual(["visit-2003", "crisis-2008"]);
    expect(explorer.download.rangeRows).toBe(4);
  });

  it("counts the same rows for each download as the data API sends", () => {
    const definition = findDataset("trade");
    if (definition === undefined) throw new Error("the data API has no trade dataset");
    for (const [from, to] of [
      [2003, 2009],
      [2012, 2013],
      [2010, 2011],
    ] as const) {
      const explorer = buildTradeExplorer({ from: String(from), to: String(to) }, data);
      expect(explorer.download.rangeRows).toBe(selectRows(definition, testDataset(), { from, to }).length);
    }
    expect(buildTradeExplorer({}, data).download.allRows).toBe(selectRows(definition, testDataset(), {}).length);
  });

  it("leaves hidden series out of the chart, the table and the download of what is shown", () => {
    const explorer = buildTradeExplorer({ series: MOC }, data);
    expect(explorer.chartSeries.map((entry) => entry.id)).toEqual([MOC]);
    expect(explorer.rowsInView).toHaveLength(3);
    expect(explorer.download.rangeRows).toBe(3);
    expect(explorer.download.series).toEqual([MOC]);
    expect(explorer.seriesOptions.filter((option) => option.selected)).toHaveLength(1);
  });

  it("carries notices for bad parameters and still builds a view", () => {
    const explorer = buildTradeExplorer({ from: "abc", scale: "foo", compare: "2003" }, data);
    expect(explorer.notices.map((notice) => notice.kind)).toEqual(["badRangeYear", "badChoice", "compareCount"]);
    expect(explorer.comparison).toBeUndefined();
    expect(explorer.rowsInView).toHaveLength(13);
  });

  it("lists every year of the data and says which have no figure", () => {
    const { years } = buildTradeExplorer({}, data);
    expect(years[0]).toEqual({ year: 2003, hasFigure: true });
    expect(years.find((entry) => entry.year === 2005)).toEqual({ year: 2005, hasFigure: false });
    expect(years).toHaveLength(21);
  });

  it("counts only the official series' years as having a figure when the flow is not total trade", () => {
    const { years } = buildTradeExplorer({ flow: "exports" }, data);
    expect(years.find((entry) => entry.year === 2003)).toEqual({ year: 2003, hasFigure: true });
    // 2006 has a published total, which cannot stand for Pakistan's exports.
    expect(years.find((entry) => entry.year === 2006)).toEqual({ year: 2006, hasFigure: false });
    expect(buildTradeExplorer({}, data).years.find((entry) => entry.year === 2006)?.hasFigure).toBe(true);
  });

  it("gives the forms a new key for a new address even when the view stays the same", () => {
    const refused = buildTradeExplorer({ from: "abc" }, data);
    const plain = buildTradeExplorer({}, data);
    expect(refused.query).toBe(plain.query);
    expect(refused.formKey).not.toBe(plain.formKey);
    expect(buildTradeExplorer({ to: "2009", from: "2003" }, data).formKey).toBe(
      buildTradeExplorer({ from: "2003", to: "2009" }, data).formKey,
    );
  });

  it("compares the two years asked for", () => {
    const explorer = buildTradeExplorer({ compare: "2003,2008" }, data);
    expect(explorer.comparison?.result?.change).toBe(538);
  });
});
