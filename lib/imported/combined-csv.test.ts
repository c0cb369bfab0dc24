import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { TradeSeries } from "../definitions";
import { tradeObservation } from "@/tests/unit/fixtures";
import { builtInRows, combinedCsv, combinedCsvFileName, COMBINED_COLUMNS, importedRows } from "./combined-csv";
import { storedSeries } from "./test-data";

const trade: TradeSeries[] = [
  {
    id: "article",
    label: "Source article",
    reporter: "Source article",
    perspective: "unknown",
    basis: "calendar",
    observations: [
      tradeObservation({ id: "a-2003", year: 2003, totalUsdM: 92, status: "unverified" }),
      tradeObservation({ id: "a-2008", year: 2008, totalUsdM: 500, atLeast: true }),
    ],
  },
];

function parse(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe("combinedCsv", () => {
  it("labels built-in rows as built-in and imported rows as imported, with the file as source", () => {
    const imported = [
      storedSeries({
        key: "f::x",
        name: "Pakistan exports to Russia",
        fileName: "TradeData.csv",
        format: { id: "comtrade-plus", label: "UN Comtrade+ (TradeData)" },
        conversion: "values in US$, divided by 1,000,000",
        points: [{ year: 2008, value: 198.5 }],
      }),
    ];
    const rows = parse(combinedCsv(trade, imported, { from: 2000, to: 2010 }));
    expect(rows.map((row) => [row.origin, row.status, row.value_usd_m])).toEqual([
      ["built-in", "unverified", "92"],
      ["built-in", "reported", "500"],
      ["imported: TradeData.csv", "imported", "198.5"],
    ]);
    expect(rows[2]).toMatchObject({
      series: "Pakistan exports to Russia",
      period: "2008",
      perspective: "imported",
      source: "TradeData.csv (UN Comtrade+ (TradeData))",
      conversion: "values in US$, divided by 1,000,000",
    });
    expect(rows[2]?.note).toContain("not checked by this site");
    expect(rows[1]?.note).toBe("the source says more than this value");
  });

  it("writes the columns in the documented order", () => {
    const header = combinedCsv(trade, [], { from: 2000, to: 2010 }).split("\r\n")[0];
    expect(header).toBe(COMBINED_COLUMNS.join(","));
  });

  it("keeps only years in the range", () => {
    expect(builtInRows(trade, { from: 2004, to: 2010 }).map((row) => row.year)).toEqual([2008]);
    const imported = [
      storedSeries({
        key: "a",
        points: [
          { year: 1999, value: 1 },
          { year: 2005, value: 2 },
        ],
      }),
    ];
    expect(importedRows(imported, { from: 2004, to: 2010 }).map((row) => row.year)).toEqual([2005]);
  });

  it("leaves out imported series that are not in US$ millions", () => {
    expect(importedRows([storedSeries({ key: "a", unit: "% of GDP" })], { from: 1900, to: 2100 })).toEqual([]);
  });

  it("marks a part-year point as partial and names the months it covers", () => {
    const [row] = importedRows(
      [storedSeries({ key: "a", points: [{ year: 2023, value: 66, period: "2023M1–2023M3", partial: true }] })],
      { from: 2000, to: 2030 },
    );
    expect(row).toMatchObject({ period: "2023M1–2023M3", basis: "partial" });
    expect(row?.note).toMatch(/^covers only 2023M1–2023M3/);
  });

  it("defuses a file name that a spreadsheet would run as a formula", () => {
    const text = combinedCsv(trade, [storedSeries({ key: "a", fileName: "=cmd.csv" })], { from: 2018, to: 2018 });
    expect(text).toContain("imported: =cmd.csv");
    expect(text).toContain("'=cmd.csv (Tidy CSV)");
  });

  it("names the file after the range", () => {
    expect(combinedCsvFileName({ from: 2003, to: 2009 })).toBe("trade-with-imported_2003-2009.csv");
  });
});
