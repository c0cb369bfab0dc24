import { describe, expect, it } from "vitest";
import { buildFinancingChart } from "./financing-model";
import { buildLineChart } from "./line-model";
import { SCRIPT_METRICS } from "./script-metrics";
import { buildTrendChart, type ChartSeries } from "./trend-model";

/*
 * Every word a chart draws must be inside its SVG: the Urdu edition's Nastaliq
 * letters rise almost twice as high above the baseline as Latin ones, so a
 * title placed for English would be cut off at the top.
 */

/** What Chromium measures for a 12 px Nastaliq label: about 1.94em above the baseline. */
const NASTALIQ_RISE = 1.94;

const series: ChartSeries = {
  id: "pk",
  label: "Pakistan",
  perspective: "pakistani",
  points: [
    { id: "p2000", x: 2000, value: 100, status: "reported", atLeast: false, description: "2000" },
    { id: "p2001", x: 2001, value: 200, status: "reported", atLeast: false, description: "2001" },
  ],
};
const trendOptions = { width: 960, height: 420, from: 1995, to: 2005, scale: "linear", mode: "absolute" } as const;
const events = [{ id: "e", x: 2000, title: "Visit", dateLabel: "2000" }];
const breaks = [{ x: 1998, label: "USSR | Russia" }];

describe("script metrics", () => {
  it("give Nastaliq at least the rise and depth the browser measures", () => {
    expect(SCRIPT_METRICS.ur.ascent).toBeGreaterThanOrEqual(NASTALIQ_RISE);
    expect(SCRIPT_METRICS.ur.descent).toBeGreaterThanOrEqual(0.6);
  });
});

describe("the trend chart's axis title", () => {
  it("stays where it was in English, with the plot below the event markers", () => {
    const model = buildTrendChart([series], events, { ...trendOptions, breaks });
    expect(model.yLabelY).toBe(12);
    expect(model.plot.top).toBe(28);
    expect(model.breaks[0]?.labelY).toBe(40);
  });

  it("leaves room above itself for Nastaliq on Urdu pages", () => {
    for (const width of [960, 360]) {
      const model = buildTrendChart([series], events, { ...trendOptions, width, breaks, locale: "ur" });
      expect(model.yLabelY - NASTALIQ_RISE * 12).toBeGreaterThanOrEqual(0);
      // The numbered markers start below the title's descenders.
      const marker = model.events[0];
      expect(marker).toBeDefined();
      expect((marker?.markerY ?? 0) - 7).toBeGreaterThanOrEqual(model.yLabelY + 0.6 * 12 - 3);
      // A break's label stays inside the plot, below its top.
      expect((model.breaks[0]?.labelY ?? 0) - NASTALIQ_RISE * 11).toBeGreaterThanOrEqual(model.plot.top);
    }
  });

  it("keeps Russian, in Cyrillic, where English is", () => {
    const en = buildTrendChart([series], events, trendOptions);
    const ru = buildTrendChart([series], events, { ...trendOptions, locale: "ru" });
    expect(ru.yLabelY).toBe(en.yLabelY);
    expect(ru.plot).toEqual(en.plot);
  });
});

describe("the official line charts' axis title", () => {
  const options = { width: 560, height: 250, from: 1988, to: 1995, format: String, breakAfter: 1991 };
  const lines = [
    {
      id: "a",
      label: "",
      points: [{ year: 1990, value: 5 }],
      style: "solid",
      marker: "circle",
      colorVar: "--series-pakistani-0",
    },
  ] as const;

  it("sits 12 px down in English, the plot 14 px lower than its own top as before", () => {
    const model = buildLineChart(lines, { ...options, labelledBreak: true });
    expect(model.offset).toBe(14);
    expect(model.offset + model.axisLabelY).toBe(12);
  });

  it("leaves room above itself and above the break labels for Nastaliq", () => {
    const model = buildLineChart(lines, { ...options, labelledBreak: true, locale: "ur" });
    const titleBaseline = model.offset + model.axisLabelY;
    expect(titleBaseline - NASTALIQ_RISE * 12).toBeGreaterThanOrEqual(0);
    // The break labels (baseline one pixel above the plot) start below the title's descenders.
    const breakBaseline = model.offset + model.plot.top - 1;
    expect(breakBaseline - NASTALIQ_RISE * 11).toBeGreaterThanOrEqual(titleBaseline + 0.6 * 12);
  });

  it("needs no room for break labels where the break is not drawn", () => {
    const labelled = buildLineChart(lines, { ...options, labelledBreak: true, locale: "ur" });
    const plain = buildLineChart(lines, { ...options, locale: "ur" });
    expect(plain.offset).toBeLessThan(labelled.offset);
    expect(plain.offset + plain.axisLabelY - NASTALIQ_RISE * 12).toBeGreaterThanOrEqual(0);
  });
});

describe("the financing chart's top axis", () => {
  it("writes its amounts inside the SVG in Urdu", () => {
    const model = buildFinancingChart([], { width: 900, locale: "ur" });
    expect(model.plot.top - 10 - NASTALIQ_RISE * 12).toBeGreaterThanOrEqual(0);
    expect(buildFinancingChart([], { width: 900 }).plot.top).toBe(32);
  });
});
