import { describe, expect, it } from "vitest";
import { buildTrendChart } from "../chart/trend-model";
import { getDataset } from "../data";
import { deflator } from "../official/constant-dollars";
import { claimLinks, deflateObservations, pressChartSeries, pressFiguresForLayer } from "./chart-view";
import { buildTradeExplorer } from "./explorer";
import { officialSeries, officialTableRows, officialToChart } from "./official-series";
import { describeTradeView } from "./summary";

/*
 * The trade explorer's official view on the real data: which lines and points
 * it draws for an address, how they are marked, and what its summary says.
 */

const data = getDataset();
const input = {
  trade: data.trade,
  series: data.tradeSeries,
  events: data.events,
  official: data.official,
  cpi: data.usCpi,
  claims: data.claims,
  sources: data.sources,
};
const sources = new Map(data.sources.map((source) => [source.id, source]));

describe("officialSeries", () => {
  it("marks single IMF cells reported and our sums derived, each saying how it was made", () => {
    const exports = officialSeries(data.official, "pk", "exports", { sources });
    const total = officialSeries(data.official, "pk", "total", { sources });
    const at = (series: typeof exports, year: number) => series.observations.find((point) => point.year === year);
    expect(at(exports, 2003)?.status).toBe("reported");
    expect(at(total, 2003)?.status).toBe("derived");
    expect(at(total, 2003)?.totalUsdM).toBeCloseTo(92.07, 2);
    expect(at(total, 2003)?.note).toContain("the sum is ours");
    expect(at(total, 1991)?.note).toContain("the USSR");
    expect(at(total, 2003)?.sources.map((source) => source.id)).toEqual(["imf-dots-pakistan"]);
  });

  it("in constant dollars scales every value by the CPI and cites it", () => {
    const cpi = deflator(data.usCpi, 2024);
    const real = officialSeries(data.official, "ru", "total", { sources, deflate: cpi });
    const nominal = officialSeries(data.official, "ru", "total", { sources });
    const real2012 = real.observations.find((point) => point.year === 2012);
    const nominal2012 = nominal.observations.find((point) => point.year === 2012);
    expect(real2012?.totalUsdM).toBeCloseTo((nominal2012?.totalUsdM ?? 0) * (cpi.factor(2012) ?? 0), 8);
    expect(real2012?.status).toBe("derived");
    expect(real2012?.sources.map((source) => source.id)).toEqual(["imf-dots-russia", "bls-cpi-u"]);
  });
});

describe("officialToChart", () => {
  it("draws Pakistan's count solid and Russia's dashed, and breaks Pakistan's line at 1992", () => {
    const pk = officialToChart(officialSeries(data.official, "pk", "total", { sources }));
    const ru = officialToChart(officialSeries(data.official, "ru", "total", { sources }));
    expect([pk.line, ru.line]).toEqual(["solid", "dashed"]);
    const model = buildTrendChart([pk], [], {
      width: 800,
      height: 400,
      from: 1960,
      to: 2020,
      scale: "linear",
      mode: "absolute",
    });
    const segmentIds = model.series[0]?.segments.map((segment) => segment.id) ?? [];
    expect(segmentIds).toContain("imf-pk-total-1990--imf-pk-total-1991");
    expect(segmentIds).not.toContain("imf-pk-total-1991--imf-pk-total-1992");
    expect(segmentIds).toContain("imf-pk-total-1992--imf-pk-total-1993");
  });

  it("puts a balance below zero on a linear axis with a zero line", () => {
    const balance = officialToChart(officialSeries(data.official, "pk", "balance", { sources }));
    const model = buildTrendChart([balance], [], {
      width: 800,
      height: 400,
      from: 1992,
      to: 2020,
      scale: "linear",
      mode: "absolute",
    });
    expect(model.zeroPy).toBeDefined();
    expect(model.yTicks.some((tick) => tick.label.startsWith("−$"))).toBe(true);
  });
});

describe("published figures on the official chart", () => {
  it("shows the article's figures and those after 2020 by default, every one with the press layer", () => {
    const shown = pressFiguresForLayer(data.trade, "official");
    expect(shown.every((row) => row.year > 2020 || row.sources.some((source) => source.id === "source-article"))).toBe(
      true,
    );
    expect(pressFiguresForLayer(data.trade, "press")).toHaveLength(data.trade.length);
  });

  it("groups them by perspective, never joined, and links the article's figures to their claim", () => {
    const groups = pressChartSeries(data.trade, claimLinks(data.claims));
    expect(groups.map((group) => group.id)).toEqual([
      "press-pakistani",
      "press-russian",
      "press-unknown",
      "press-article",
    ]);
    expect(groups.every((group) => group.joined === false)).toBe(true);
    const article = groups.find((group) => group.id === "press-article");
    expect(article?.points.find((point) => point.id === "article-2003")?.href).toMatch(/^\/claims#/);
  });

  it("drops a figure from a year without a price index in constant dollars, and says it is deflated", () => {
    const row = data.trade.find((entry) => entry.year === 2025);
    const known = data.trade.find((entry) => entry.year === 2012);
    if (known === undefined) throw new Error("no 2012 figure in data/trade.csv");
    const { kept, dropped } = deflateObservations([known, ...(row ? [row] : [])], deflator(data.usCpi, 2024));
    expect(kept[0]?.note).toContain("constant 2024 US dollars");
    expect(dropped.map((entry) => entry.year)).toEqual(row ? [2025] : []);
  });
});

describe("buildTradeExplorer on the official series", () => {
  it("defaults to total trade from 1992, both countries' lines, and compares on Pakistan's count", () => {
    const explorer = buildTradeExplorer({ compare: "2003,2008" }, input);
    expect(explorer.view.from).toBe(1992);
    expect(explorer.officialSeries.map((series) => series.id)).toEqual(["imf-pk-total", "imf-ru-total"]);
    expect(explorer.comparison?.from.chosen?.series.id).toBe("imf-pk-total");
    expect(explorer.comparison?.from.chosen?.observation.totalUsdM).toBeCloseTo(92.07, 2);
    expect(explorer.comparison?.to.chosen?.observation.totalUsdM).toBeCloseTo(711.14, 2);
  });

  it("draws one reporter when asked, and no published figures beside a single flow", () => {
    const explorer = buildTradeExplorer({ reporter: "ru", flow: "exports" }, input);
    expect(explorer.chart.series.map((series) => series.id)).toEqual(["imf-ru-exports"]);
  });

  it("shows the USSR break only when the range crosses 1991/92", () => {
    expect(buildTradeExplorer({ from: "1960" }, input).chart.breaks).toHaveLength(1);
    expect(buildTradeExplorer({}, input).chart.breaks).toHaveLength(0);
  });

  it("says which dollars it shows, and refuses a logarithmic balance with a notice", () => {
    expect(buildTradeExplorer({ mode: "real" }, input).chart.yLabel).toBe("constant 2024 US$ millions");
    const balance = buildTradeExplorer({ flow: "balance", scale: "log" }, input);
    expect(balance.view.scale).toBe("linear");
    expect(balance.notices).toEqual([{ kind: "logBalance" }]);
  });

  it("summarises what it draws", () => {
    const explorer = buildTradeExplorer({ from: "1960", to: "2020" }, input);
    const text = describeTradeView({
      view: explorer.view,
      official: explorer.officialSeries,
      pressPoints: explorer.pressPoints,
      events: explorer.events,
      dollarsSuffix: "",
    });
    expect(text).toContain("By Pakistan's count, total trade went from");
    expect(text).toContain("Before 1992 Pakistan's partner is the USSR");
  });
});

describe("officialTableRows", () => {
  it("gives both counts of every measure for each year in range", () => {
    const rows = officialTableRows(data.official, { from: 2003, to: 2003 });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.pk.total).toBeCloseTo(92.07, 2);
    expect(rows[0]?.ru.total).toBeCloseTo(89.51, 2);
    expect((rows[0]?.pk.exports ?? 0) - (rows[0]?.pk.imports ?? 0)).toBeCloseTo(rows[0]?.pk.balance ?? Number.NaN, 10);
  });
});
