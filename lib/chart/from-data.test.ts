import { describe, expect, it } from "vitest";
import { testTradeData } from "../trade/test-data";
import { describePlacement, tradeSeriesToChart } from "./from-data";

const { series } = testTradeData();

describe("describePlacement", () => {
  it("says a fiscal year is plotted at the middle of its July–June span", () => {
    expect(describePlacement({ basis: "fiscal", start: { year: 2012, month: 7 }, end: { year: 2013, month: 6 } })).toBe(
      "Fiscal year Jul 2012 – Jun 2013, plotted at its middle",
    );
  });

  it("says a part-year figure covers only some months", () => {
    expect(
      describePlacement({ basis: "partial", start: { year: 2018, month: 1 }, end: { year: 2018, month: 10 } }),
    ).toBe("Part-year figure: covers Jan–Oct 2018 only, plotted at its middle");
  });

  it("says nothing extra for a calendar year", () => {
    expect(
      describePlacement({ basis: "calendar", start: { year: 2008, month: 1 }, end: { year: 2008, month: 12 } }),
    ).toBeUndefined();
  });
});

describe("tradeSeriesToChart", () => {
  const chart = tradeSeriesToChart(series);
  const points = chart.flatMap((entry) => entry.points);

  it("gives a fiscal point the span from July to June around its middle", () => {
    const fiscal = points.find((point) => point.id === "moc-fy2012-13");
    expect(fiscal?.x).toBe(2012.5);
    expect(fiscal?.span?.start).toBeCloseTo(2012, 6);
    expect(fiscal?.span?.end).toBeCloseTo(2013, 6);
    expect(fiscal?.description).toContain("Fiscal year Jul 2012 – Jun 2013");
  });

  it("marks part-year points as partial and no others", () => {
    expect(points.filter((point) => point.partial).map((point) => point.id)).toEqual(["ru-2018"]);
  });

  it("keeps the basis on the series for the legend", () => {
    expect(chart.find((entry) => entry.id === "pakistan-ministry-of-commerce-pakistani-fiscal")?.basis).toBe("fiscal");
  });
});
