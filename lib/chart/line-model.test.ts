import { describe, expect, it } from "vitest";
import { buildLineChart, runsOf, spreadLabels, type LineSeriesInput } from "./line-model";

const series = (id: string, points: [number, number][], label = id): LineSeriesInput => ({
  id,
  label,
  points: points.map(([year, value]) => ({ year, value })),
  style: "solid",
  marker: "circle",
  colorVar: "--series-pakistani-0",
});

const OPTIONS = { width: 400, height: 200, from: 1990, to: 1995, format: String };

describe("runsOf", () => {
  it("breaks a line at a missing year instead of joining across it", () => {
    const runs = runsOf([{ year: 1990 }, { year: 1991 }, { year: 1993 }, { year: 1994 }]);
    expect(runs.map((run) => run.map((p) => p.year))).toEqual([
      [1990, 1991],
      [1993, 1994],
    ]);
  });

  it("breaks a line between the break year and the next, even when both have figures", () => {
    const runs = runsOf([{ year: 1990 }, { year: 1991 }, { year: 1992 }], 1991);
    expect(runs.map((run) => run.map((p) => p.year))).toEqual([[1990, 1991], [1992]]);
  });
});

describe("spreadLabels", () => {
  it("moves labels that would overlap apart and keeps them in bounds", () => {
    expect(spreadLabels([100, 104], 14, 0, 200)).toEqual([100, 114]);
    expect(spreadLabels([198, 196], 14, 0, 200)).toEqual([200, 186]);
  });

  it("leaves labels that are far enough apart where they are", () => {
    expect(spreadLabels([40, 120], 14, 0, 200)).toEqual([40, 120]);
  });
});

describe("buildLineChart", () => {
  it("draws one path per unbroken run and a lone year as a marker only", () => {
    const model = buildLineChart(
      [
        series("a", [
          [1990, 10],
          [1991, 20],
          [1993, 30],
        ]),
      ],
      OPTIONS,
    );
    expect(model.series[0]?.segments).toHaveLength(1);
    expect(model.series[0]?.points.map((p) => p.year)).toEqual([1990, 1991, 1993]);
  });

  it("keeps zero on the axis for negative and positive values and places the zero rule", () => {
    const model = buildLineChart(
      [
        series("a", [
          [1990, -40],
          [1991, 25],
        ]),
      ],
      { ...OPTIONS, includeZero: true },
    );
    expect(model.zeroPy).toBeDefined();
    expect(model.yTicks.map((tick) => tick.label)).toContain("0");
    const [low, high] = model.series[0]?.points ?? [];
    expect(low && high && model.zeroPy !== undefined && low.cy > model.zeroPy && high.cy < model.zeroPy).toBe(true);
  });

  it("stretches the axis to a shared extent so two charts side by side have one scale", () => {
    const own = buildLineChart([series("a", [[1990, 40]])], { ...OPTIONS, includeZero: true });
    const shared = buildLineChart([series("a", [[1990, 40]])], { ...OPTIONS, includeZero: true, extent: [0, 800] });
    expect(own.yTicks.at(-1)?.label).toBe("40");
    expect(shared.yTicks.at(-1)?.label).toBe("800");
  });

  it("puts rank 1 at the top when inverted", () => {
    const model = buildLineChart(
      [
        series("a", [
          [1990, 1],
          [1991, 30],
        ]),
      ],
      { ...OPTIONS, invert: true },
    );
    const [first, second] = model.series[0]?.points ?? [];
    expect(first?.cy).toBe(model.plot.top);
    expect((second?.cy ?? 0) > (first?.cy ?? 0)).toBe(true);
    expect(model.yTicks[0]?.label).toBe("1");
  });

  it("places the break rule between the two years and only when the break is in range", () => {
    const inRange = buildLineChart([series("a", [[1990, 1]])], { ...OPTIONS, breakAfter: 1991 });
    const x = (year: number) => inRange.plot.left + ((year - 1990) / 5) * (inRange.plot.right - inRange.plot.left);
    expect(inRange.breakPx).toBeCloseTo(x(1991.5), 1);
    expect(buildLineChart([series("a", [[1990, 1]])], { ...OPTIONS, breakAfter: 1995 }).breakPx).toBeUndefined();
  });

  it("labels each line at its last point and leaves room for the label on the right", () => {
    const model = buildLineChart(
      [
        series(
          "a",
          [
            [1990, 1],
            [1995, 2],
          ],
          "Pakistan’s count",
        ),
      ],
      OPTIONS,
    );
    const label = model.series[0]?.label;
    expect(label?.text).toBe("Pakistan’s count");
    expect((label?.x ?? 0) > (model.series[0]?.points[1]?.cx ?? 0)).toBe(true);
    expect(model.plot.right + "Pakistan’s count".length * 6).toBeLessThan(400);
  });

  it("leaves years outside the range out and says when nothing is left", () => {
    const model = buildLineChart([series("a", [[1980, 1]])], OPTIONS);
    expect(model.empty).toBe(true);
    expect(model.series).toEqual([]);
  });
});
