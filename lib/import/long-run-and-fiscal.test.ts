import { describe, expect, it } from "vitest";
import { importCsv } from "./index";
import { type ImportResult } from "./types";
import { fiscalPeriod, formatPeriod, hasIsoMonths, monthlyPeriod, parsePeriod, periodFrequency } from "./periods";

async function read(text: string, name = "upload.csv"): Promise<ImportResult> {
  const outcome = await importCsv(text, name);
  if (!outcome.ok) throw new Error(`did not import: ${outcome.body.error}`);
  return outcome.result;
}

describe("long-run Our World in Data files", () => {
  const population = [
    "Entity,Code,Year,Population (historical)",
    "Pakistan,PAK,-10000,12000",
    "Pakistan,PAK,1,9000000",
    "Pakistan,PAK,1750,14000000",
    "Pakistan,PAK,1800,15000000",
    "Pakistan,PAK,2023,240485658",
    "Russia,RUS,-10000,90000",
    "Russia,RUS,2023,144444359",
  ].join("\n");

  it("keeps every whole year, including 10,000 BCE, year 1 and 1750, instead of refusing the file", async () => {
    const result = await read(population, "population.csv");
    expect(result.format.id).toBe("owid");
    const pakistan = result.series.find((series) => series.dimensions.reporter?.id === "PAK");
    expect(pakistan?.points.map((point) => point.year)).toEqual([-10000, 1, 1750, 1800, 2023]);
  });

  it("says how many values fall outside the charts' years and that they are kept", async () => {
    const result = await read(population, "population.csv");
    const warning = result.warnings.find((issue) => issue.message.includes("outside 1800–2100"));
    expect(warning?.message).toBe(
      "4 values in 2 series are for years outside 1800–2100 (10,000 BCE to 1750). They are kept in the series and in downloads; the charts here draw 1800–2100 only.",
    );
  });

  it("still refuses a year that is not a whole number in an OWID file, on its line and column", async () => {
    const outcome = await importCsv("Entity,Code,Year,CO2\nPakistan,PAK,17x0,1\n", "co2.csv");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.body.errors[0]).toEqual({
      line: 2,
      column: 3,
      message:
        'line 2, column 3 (Year): "17x0" is not a year (expected a whole year such as 2008, 1750 or -10000 for 10,000 BCE).',
    });
  });

  it("keeps other formats to 1800–2100, where a small number in a year column is a mistake", async () => {
    const outcome = await importCsv("Country,Year,Value\nPakistan,1750,1\n", "tidy.csv");
    expect(outcome.ok).toBe(false);
  });
});

describe("Pakistani fiscal-year labels", () => {
  it.each(["2008-09", "2008/09", "FY2008-09", "FY09", "FY 2008/09", "2008-2009", "FY2009"])(
    "reads %s as the July 2008 – June 2009 fiscal year",
    (label) => {
      expect(parsePeriod(label)).toBe(fiscalPeriod(2009));
      expect(periodFrequency(fiscalPeriod(2009))).toBe("F");
      expect(formatPeriod(fiscalPeriod(2009))).toBe("FY2008-09");
    },
  );

  it("reads FY99 in the 1900s and 1999-00 across the century", () => {
    expect(parsePeriod("FY99")).toBe(fiscalPeriod(1999));
    expect(parsePeriod("1999-00")).toBe(fiscalPeriod(2000));
  });

  it("reads 2008-09 as September 2008 in a column that also writes months as 2008-01", () => {
    expect(hasIsoMonths(["2008-01", "2008-09"])).toBe(true);
    expect(hasIsoMonths(["2008-09", "2009-10"])).toBe(false);
    expect(parsePeriod("2008-09", { isoMonths: true })).toBe(monthlyPeriod(2008, 9));
    // "FY" leaves no doubt.
    expect(parsePeriod("FY2008-09", { isoMonths: true })).toBe(fiscalPeriod(2009));
  });

  it("does not read years that do not follow each other as a fiscal year", () => {
    expect(parsePeriod("2008-11")).toBe(monthlyPeriod(2008, 11));
    expect(parsePeriod("FY2008-11")).toBeNull();
  });

  it("places fiscal points in the year they end, marked fiscal and named as Pakistan names them", async () => {
    const result = await read(
      "Year,Pakistan exports to Russia (US$ million)\n2008-09,180.5\n2009/10,210\nFY2010-11,250\nFY12,300\n",
    );
    expect(result.series).toHaveLength(1);
    expect(result.series[0]?.frequency).toBe("annual");
    expect(result.series[0]?.points).toEqual([
      { year: 2009, value: 180.5, period: "FY2008-09", fiscal: true },
      { year: 2010, value: 210, period: "FY2009-10", fiscal: true },
      { year: 2011, value: 250, period: "FY2010-11", fiscal: true },
      { year: 2012, value: 300, period: "FY2011-12", fiscal: true },
    ]);
  });

  it("reads fiscal years as column headers of a wide file", async () => {
    const result = await read("Country,2008-09,2009-10\nPakistan,1,2\n");
    expect(result.format.id).toBe("wide");
    expect(result.series[0]?.points.map((point) => point.period)).toEqual(["FY2008-09", "FY2009-10"]);
  });

  it("keeps a monthly file's 2008-09 as September", async () => {
    const months = Array.from({ length: 12 }, (_, index) => `2008-${String(index + 1).padStart(2, "0")},10`);
    const result = await read(`Date,Exports (US$ million)\n${months.join("\n")}\n`);
    expect(result.series[0]?.points).toEqual([{ year: 2008, value: 120 }]);
  });
});
