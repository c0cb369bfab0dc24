import { describe, expect, it } from "vitest";
import { buildTrendChart, type ChartSeries } from "./trend-model";

const article: ChartSeries = {
  id: "article",
  label: "Source article",
  perspective: "unknown",
  points: [
    { id: "a2003", x: 2003, value: 92, status: "unverified", atLeast: false, description: "2003" },
    { id: "a2006", x: 2006, value: 411.4, status: "unverified", atLeast: false, description: "2006" },
    { id: "a2008", x: 2008, value: 630, status: "unverified", atLeast: false, description: "2008" },
    { id: "a2009", x: 2009, value: 400, status: "approximate", atLeast: false, description: "2009" },
  ],
};

const options = { width: 800, height: 400, from: 2003, to: 2009, scale: "linear", mode: "absolute" } as const;

describe("buildTrendChart", () => {
  it("joins only points one year apart, so missing years show as gaps", () => {
    const model = buildTrendChart([article], [], options);
    expect(model.series[0]?.segments.map((segment) => segment.id)).toEqual(["a2008--a2009"]);
  });

  it("marks a segment with an unverified or approximate end as uncertain", () => {
    const model = buildTrendChart([article], [], options);
    expect(model.series[0]?.segments[0]?.uncertain).toBe(true);
  });

  it("gives each status its own shape, so colour is never the only cue", () => {
    const model = buildTrendChart([article], [], options);
    expect(model.series[0]?.points.map((point) => point.shape)).toEqual([
      "triangle",
      "triangle",
      "triangle",
      "diamond",
    ]);
  });

  it("indexes each series to its first value in view", () => {
    const model = buildTrendChart([article], [], { ...options, from: 2006, mode: "index" });
    const shown = model.series[0]?.points.map((point) => Math.round(point.shownValue * 10) / 10);
    expect(shown).toEqual([100, 153.1, 97.2]);
    expect(model.series[0]?.indexBase).toEqual({ x: 2006, value: 411.4 });
  });

  it("leaves out points and events outside the range", () => {
    const events = [
      { id: "e1", x: 2001, title: "Before", dateLabel: "2001" },
      { id: "e2", x: 2007.3, title: "Inside", dateLabel: "2007" },
    ];
    const model = buildTrendChart([article], events, { ...options, from: 2005, to: 2008 });
    expect(model.series[0]?.points.map((point) => point.id)).toEqual(["a2006", "a2008"]);
    expect(model.events.map((event) => [event.id, event.number])).toEqual([["e2", 1]]);
  });

  it("keeps a period event that started before the range", () => {
    const events = [{ id: "war", x: 1979.9, endX: 1989.1, title: "War", dateLabel: "1979–1989" }];
    const model = buildTrendChart([], events, { ...options, from: 1985, to: 1995 });
    expect(model.events).toHaveLength(1);
    expect(model.events[0]?.px).toBe(model.plot.left);
  });

  it("says it is empty when no series has a point in range", () => {
    expect(buildTrendChart([article], [], { ...options, from: 2015, to: 2020 }).empty).toBe(true);
  });

  it("puts larger values higher on a log scale too", () => {
    const model = buildTrendChart([article], [], { ...options, scale: "log" });
    const [first, , third] = model.series[0]?.points ?? [];
    expect(third?.cy).toBeLessThan(first?.cy ?? 0);
  });

  it("keeps a series' colour when a fixed palette position is given, whatever is drawn before it", () => {
    const other: ChartSeries = { ...article, id: "other" };
    const fixed: ChartSeries = { ...article, id: "fixed", colorIndex: 2 };
    const model = buildTrendChart([other, fixed], [], options);
    expect(model.series.map((series) => series.colorVar)).toEqual(["--series-unknown-0", "--series-unknown-2"]);
  });

  it("places the months a point covers on the axis, cut to the range", () => {
    const fiscal: ChartSeries = {
      ...article,
      points: [
        {
          id: "fy",
          x: 2003.5,
          value: 100,
          status: "reported",
          atLeast: false,
          description: "FY",
          span: { start: 2003, end: 2004 },
        },
        {
          id: "late",
          x: 2009,
          value: 90,
          status: "reported",
          atLeast: false,
          description: "2009",
          span: { start: 2008.5, end: 2009.5 },
        },
      ],
    };
    const model = buildTrendChart([fiscal], [], { ...options, to: 2008 });
    const [point] = model.series[0]?.points ?? [];
    expect(point?.spanPx?.start).toBeLessThan(point?.cx ?? 0);
    expect(point?.spanPx?.end).toBeGreaterThan(point?.cx ?? 0);
    expect(model.series[0]?.points).toHaveLength(1);
  });

  it("lights up the calendar year of a dated event and the whole span of a period", () => {
    const events = [
      { id: "visit", x: 2003.2, title: "Visit", dateLabel: "Mar 2003" },
      { id: "crisis", x: 2007.7, endX: 2008.5, title: "Crisis", dateLabel: "2008–2009" },
    ];
    const model = buildTrendChart([article], events, options);
    const x = (year: number) => model.plot.left + ((year - 2002.5) / 7) * (model.plot.right - model.plot.left);
    const [visit, crisis] = model.events;
    expect(visit?.highlightPx.start).toBeCloseTo(x(2002.5), 0);
    expect(visit?.highlightPx.end).toBeCloseTo(x(2003.5), 0);
    expect(crisis?.highlightPx.start).toBeCloseTo(x(2007.7), 0);
    expect(crisis?.highlightPx.end).toBeCloseTo(x(2008.5), 0);
  });
});
