import { describe, expect, it } from "vitest";
import { buildTrendChart } from "../chart/trend-model";
import { countOutsideChart, formatCoverage, importedLabels, importedToChart, yearCoverage } from "./chart";
import { importedPointWords } from "@/components/import/import-labels";
import { storedSeries } from "./test-data";

const english = importedPointWords("en");

describe("importedToChart", () => {
  it("draws money series as imported, with star markers and their file in each description", () => {
    const [series] = importedToChart(
      [storedSeries({ key: "a", name: "Pakistan exports", fileName: "wdi.csv" })],
      english,
    );
    expect(series).toMatchObject({ id: "imported-1", label: "Pakistan exports", perspective: "imported" });
    expect(series?.points.map((point) => point.status)).toEqual(["imported", "imported"]);
    expect(series?.points[0]?.description).toBe("2018: $100m. Imported. Pakistan exports. From wdi.csv (Tidy CSV)");
    const model = buildTrendChart(series ? [series] : [], [], {
      width: 960,
      height: 420,
      from: 2018,
      to: 2019,
      scale: "linear",
      mode: "absolute",
    });
    expect(model.series[0]?.imported).toBe(true);
    expect(model.series[0]?.points.every((point) => point.shape === "star")).toBe(true);
  });

  it("leaves out series whose unit is not US$ millions", () => {
    const chart = importedToChart(
      [storedSeries({ key: "a", unit: "% of GDP" }), storedSeries({ key: "b", name: "Money" })],
      english,
    );
    expect(chart.map((series) => series.label)).toEqual(["Money"]);
    // The id follows the stored position, so removing another series does not rename this one.
    expect(chart[0]?.id).toBe("imported-2");
  });

  it("says when a point covers only part of the year", () => {
    const [series] = importedToChart(
      [storedSeries({ key: "a", points: [{ year: 2023, value: 66, period: "2023M1–2023M3", partial: true }] })],
      english,
    );
    expect(series?.points[0]?.description).toContain("Part of the year only: 2023M1–2023M3");
  });

  it("places a fiscal year between the ticks of the years it spans, as the trade explorer does", () => {
    const [series] = importedToChart(
      [storedSeries({ key: "a", points: [{ year: 2009, value: 180, period: "FY2008-09", fiscal: true }] })],
      english,
    );
    expect(series?.basis).toBe("fiscal");
    expect(series?.points[0]).toMatchObject({ x: 2008.5, periodLabel: "FY2008-09", span: { start: 2008, end: 2009 } });
    expect(series?.points[0]?.description).toContain("FY2008-09: $180m. Fiscal year Jul 2008 – Jun 2009");
  });

  it("describes a point in the page's language, the file's own names kept", () => {
    const stored = storedSeries({ key: "a", name: "Pakistan exports", fileName: "wdi.csv" });
    const fiscal = storedSeries({ key: "b", points: [{ year: 2009, value: 180, period: "FY2008-09", fiscal: true }] });
    const [ur] = importedToChart([stored], importedPointWords("ur"));
    expect(ur?.points[0]?.description).toMatch(/^2018: .*۔ درآمد شدہ۔ Pakistan exports۔ فائل wdi\.csv سے/);
    const [ru] = importedToChart([fiscal], importedPointWords("ru"));
    expect(ru?.points[0]?.description).toContain("Финансовый год: июль 2008 – июнь 2009");
    expect(ru?.points[0]?.description).toContain("180 млн долл.");
    expect(ru?.points[0]?.description).not.toMatch(/Fiscal|Imported|From /);
  });

  it("draws only the points of 1800–2100 of a long-run series and keeps the others", () => {
    const points = [
      { year: -10000, value: 1 },
      { year: 1750, value: 2 },
      { year: 1800, value: 3 },
      { year: 2020, value: 4 },
    ];
    const [series] = importedToChart([storedSeries({ key: "a", points })], english);
    expect(series?.points.map((point) => point.x)).toEqual([1800, 2020]);
    expect(countOutsideChart(points)).toBe(2);
  });
});

describe("importedLabels", () => {
  it("adds the file name only when two series share a name", () => {
    const labels = importedLabels([
      storedSeries({ key: "a", name: "Exports", fileName: "one.csv" }),
      storedSeries({ key: "b", name: "Exports", fileName: "two.csv" }),
      storedSeries({ key: "c", name: "Imports" }),
    ]);
    expect([...labels.values()]).toEqual(["Exports (one.csv)", "Exports (two.csv)", "Imports"]);
  });
});

describe("yearCoverage and formatCoverage", () => {
  it("lists the missing years between the first and the last", () => {
    const coverage = yearCoverage([{ year: 2001 }, { year: 2004 }, { year: 2002 }, { year: 2006 }]);
    expect(coverage).toEqual({ first: 2001, last: 2006, count: 4, missing: [2003, 2005], partial: [] });
    expect(formatCoverage(coverage)).toBe("2001–2006 (4 years; no value for 2003, 2005)");
  });

  it("counts many missing years instead of listing them", () => {
    expect(formatCoverage(yearCoverage([{ year: 1990 }, { year: 2000 }]))).toBe(
      "1990–2000 (2 years; no value for 9 years between)",
    );
  });

  it("says so when there are no values", () => {
    expect(yearCoverage([])).toBeUndefined();
    expect(formatCoverage(undefined)).toBe("no values");
  });

  it("names a single year", () => {
    expect(formatCoverage(yearCoverage([{ year: 2019, partial: true }]))).toBe("2019 (1 year)");
  });
});
