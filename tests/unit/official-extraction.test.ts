import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { describeDifference } from "@/lib/extract/compare";
import { extractFromRaw } from "@/lib/extract/read-raw";
import type { OfficialOutputs } from "@/lib/extract/official";

/*
 * The committed official CSV files must be exactly what the raw workbooks and
 * price files give today: no number in data/ can drift from its raw file or be
 * typed by hand. The sample cells are those read by hand from the workbooks
 * (research notes, section 8).
 */

const root = process.cwd();
let outputs: OfficialOutputs;

beforeAll(async () => {
  outputs = await extractFromRaw(root);
}, 60_000);

type Row = Record<string, string>;
const rowsOf = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

function value(rows: Row[], reporter: string, partner: string, flow: string, year: number): number | undefined {
  const row = rows.find(
    (entry) =>
      entry.reporter === reporter && entry.partner === partner && entry.flow === flow && entry.year === String(year),
  );
  return row === undefined ? undefined : Number(row.value_usd_m);
}

describe("the official CSV files", () => {
  for (const file of ["imf-dots.csv", "imf-dots-pakistan-partners.csv", "us-cpi.csv"] as const) {
    it(`data/${file} is exactly what npm run data:extract produces from data/raw/`, () => {
      const committed = readFileSync(path.join(root, "data", file), "utf8");
      expect(describeDifference(file, committed, outputs[file])).toBeUndefined();
    });
  }

  it.each([
    [1992, 40.37, 65.24, 52.6, 64.6],
    [2003, 16.85, 75.22, 70.92, 18.59],
    [2006, 66.94, 392.14, 299.48, 111.68],
    [2008, 127.3, 583.85, 459.72, 154.22],
    [2009, 88.43, 323.02, 234.48, 147.74],
    [2012, 186.19, 246.51, 209.95, 332.2],
    [2020, 146.17, 616.2, 582.26, 292.91],
  ])("holds the hand-read cells for %i", (year, pkExports, pkImports, ruExports, ruImports) => {
    const rows = rowsOf(outputs["imf-dots.csv"]);
    // The hand-read figures are rounded to cents, one of them (2006, 111.6746 as 111.68) upwards.
    const near = (actual: number | undefined, expected: number) =>
      expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThan(0.01);
    near(value(rows, "Pakistan", "Russian Federation", "exports", year), pkExports);
    near(value(rows, "Pakistan", "Russian Federation", "imports", year), pkImports);
    near(value(rows, "Russian Federation", "Pakistan", "exports", year), ruExports);
    near(value(rows, "Russian Federation", "Pakistan", "imports", year), ruImports);
  });

  it("keeps full precision rather than the rounded figures", () => {
    const rows = rowsOf(outputs["imf-dots.csv"]);
    expect(value(rows, "Pakistan", "Russian Federation", "exports", 2012)).toBe(186.192189);
  });

  it("has the USSR from 1960 to 1992 and the Russian Federation from 1992 in Pakistan's figures", () => {
    const rows = rowsOf(outputs["imf-dots.csv"]);
    const years = (partner: string) =>
      rows.filter((row) => row.reporter === "Pakistan" && row.partner === partner).map((row) => Number(row.year));
    expect(Math.min(...years("USSR"))).toBe(1960);
    expect(Math.max(...years("USSR"))).toBe(1992);
    expect(Math.min(...years("Russian Federation"))).toBe(1992);
    expect(Math.max(...years("Russian Federation"))).toBe(2020);
  });

  it("writes no row for an empty cell", () => {
    const rows = rowsOf(outputs["imf-dots.csv"]);
    expect(rows.every((row) => row.value_usd_m !== "" && Number.isFinite(Number(row.value_usd_m)))).toBe(true);
    // Russia's statistics start in 1992: nothing earlier may appear.
    expect(rows.filter((row) => row.reporter === "Russian Federation" && Number(row.year) < 1992)).toEqual([]);
  });

  it("lists Pakistan's partner economies and no regional groups", () => {
    const partners = new Set(rowsOf(outputs["imf-dots-pakistan-partners.csv"]).map((row) => row.partner));
    for (const economy of [
      "China, P.R.: Mainland",
      "United States",
      "Russian Federation",
      "USSR",
      "Afghanistan, Islamic Rep. of",
    ]) {
      expect(partners.has(economy)).toBe(true);
    }
    for (const group of [
      "World",
      "Advanced Economies",
      "Euro Area",
      "Sub-Saharan Africa",
      "European Union",
      "Asia not specified",
    ]) {
      expect(partners.has(group)).toBe(false);
    }
  });

  it.each([
    [1960, 29.6],
    [1962, 30.2],
    [1980, 82.4],
    [2000, 172.2],
    [2010, 218.056],
    [2020, 258.811],
    [2022, 292.655],
    [2023, 304.702],
    [2024, 313.689],
  ])("gives BLS's annual CPI-U average for %i", (year, cpi) => {
    const row = rowsOf(outputs["us-cpi.csv"]).find((entry) => entry.year === String(year));
    expect(Number(row?.cpi_u)).toBe(cpi);
  });

  it("gives no annual average for a year with a month missing (2025) or an unfinished one (2026)", () => {
    const years = rowsOf(outputs["us-cpi.csv"]).map((row) => Number(row.year));
    expect(years).not.toContain(2025);
    expect(years).not.toContain(2026);
    expect(Math.max(...years)).toBe(2024);
  });
});

describe("describeDifference", () => {
  it("names the line and column of a changed cell", () => {
    const produced = "year,value\n2003,16.84752\n2004,20\n";
    const edited = "year,value\n2003,16.85\n2004,20\n";
    expect(describeDifference("x.csv", edited, produced)).toBe(
      'data/x.csv line 2, column value: committed "16.85", the raw files give "16.84752"',
    );
  });

  it("reports a row added by hand", () => {
    expect(describeDifference("x.csv", "year\n2003\n2004\n", "year\n2003\n")).toBe(
      'data/x.csv line 3: not produced by the extraction ("2004")',
    );
  });
});
