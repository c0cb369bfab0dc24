import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCsv, type ImportResult, type ImportedSeries } from "@/lib/import";
import { serialToIsoDate } from "@/lib/import/xlsx/sheet";
import { buildWorkbook, dotsSheet, type SheetSpec } from "./xlsx-builder";

/*
 * Excel workbooks: the IMF's own DOTS country tables (kept byte for byte in data/raw),
 * DOTS-layout tables of other reporters, World Bank and WITS layouts with metadata sheets,
 * and the cell kinds a workbook holds (shared and inline strings, formulas with cached
 * values, dates as serial numbers), all built here part by part.
 */

const DOTS_DIR = path.join(process.cwd(), "data", "raw", "imf-dots");

async function read(bytes: Uint8Array, name = "book.xlsx"): Promise<ImportResult> {
  const outcome = await importCsv(bytes, name);
  if (!outcome.ok) throw new Error(`${name} did not import: ${outcome.body.error}`);
  return outcome.result;
}

async function refusal(bytes: Uint8Array, name = "book.xlsx") {
  const outcome = await importCsv(bytes, name);
  if (outcome.ok) throw new Error(`${name} was read, but should have been refused`);
  return outcome;
}

function named(result: ImportResult, name: string): ImportedSeries {
  const found = result.series.find((series) => series.name === name);
  if (!found) throw new Error(`no series ${name}; have ${result.series.slice(0, 5).map((series) => series.name)}`);
  return found;
}

const preselectedNames = (result: ImportResult) =>
  result.series.filter((series) => series.preselected).map((series) => series.name);

describe("the IMF's DOTS country tables", () => {
  it("reads Pakistan's table: every partner a series, Pakistan–Russia chosen in both sheets", async () => {
    const result = await read(new Uint8Array(readFileSync(path.join(DOTS_DIR, "DOTS_151.xlsx"))), "DOTS_151.xlsx");
    expect(result.format.id).toBe("imf-dots-table");
    expect(result.reading.sheets?.map((sheet) => [sheet.name, sheet.headerRow, sheet.seriesCount])).toEqual([
      ["Exports, FOB", 7, 238],
      ["Imports, CIF", 7, 240],
    ]);
    expect(preselectedNames(result)).toEqual([
      "Pakistan: exports (FOB) to Russian Federation",
      "Pakistan: imports (CIF) from Russian Federation",
    ]);
    const exports = named(result, "Pakistan: exports (FOB) to Russian Federation");
    expect(exports.unit).toBe("USD millions");
    expect(exports.dimensions.sheet?.label).toBe("Exports, FOB");
    expect(exports.points.find((point) => point.year === 2020)?.value).toBe(146.173789);
    // Australia is listed twice with the same figures: one series, and a note.
    expect(result.series.filter((series) => series.name === "Pakistan: exports (FOB) to Australia")).toHaveLength(1);
    expect(result.warnings.map((warning) => warning.message)).toContain(
      'sheet "Exports, FOB", row 32: "Australia" appears again (first on row 8) with the same figures; it was read once.',
    );
  });

  it("reads Russia's table with Pakistan as the partner chosen", async () => {
    const result = await read(new Uint8Array(readFileSync(path.join(DOTS_DIR, "DOTS_162.xlsx"))), "DOTS_162.xlsx");
    expect(preselectedNames(result)).toEqual([
      "Russian Federation: exports (FOB) to Pakistan",
      "Russian Federation: imports (CIF) from Pakistan",
    ]);
    expect(named(result, "Russian Federation: exports (FOB) to Pakistan").points[0]?.year).toBe(1992);
  });

  it("reads any reporter's table, and chooses nothing when it is not about Pakistan and Russia", async () => {
    const years = [2018, 2019, 2020];
    const book = buildWorkbook({
      sheets: [
        dotsSheet({
          flow: "exports",
          reporter: "Germany",
          years,
          partners: [
            ["World", [1560000, 1489000, 1380000]],
            ["France", [120000, 118000, 102000]],
            ["Pakistan", [1500, 1600, null]],
          ],
        }),
        dotsSheet({
          flow: "imports",
          reporter: "Germany",
          years,
          partners: [["Russian Federation", [38000, 36000, 23000]]],
        }),
      ],
    });
    const result = await read(book, "DOTS_134.xlsx");
    expect(result.format.id).toBe("imf-dots-table");
    expect(result.series.map((series) => series.name)).toEqual([
      "Germany: exports (FOB) to World",
      "Germany: exports (FOB) to France",
      "Germany: exports (FOB) to Pakistan",
      "Germany: imports (CIF) from Russian Federation",
    ]);
    expect(preselectedNames(result)).toEqual([]);
    // An empty cell is no figure, not zero.
    expect(named(result, "Germany: exports (FOB) to Pakistan").points.map((point) => point.year)).toEqual([2018, 2019]);
  });

  it("chooses Russia's series from a Russian table with numeric years and inline strings", async () => {
    const sheet = dotsSheet({
      flow: "imports",
      reporter: "Russian Federation",
      years: [2019, 2020],
      yearsAsNumbers: true,
      partners: [
        ["China", [54000, 57000]],
        ["Pakistan", [360.4, 292.9]],
      ],
    });
    sheet.rows = sheet.rows.map((row) => row.map((cell) => (typeof cell === "string" ? { inline: cell } : cell)));
    const result = await read(buildWorkbook({ sheets: [sheet] }));
    expect(preselectedNames(result)).toEqual(["Russian Federation: imports (CIF) from Pakistan"]);
    expect(named(result, "Russian Federation: imports (CIF) from Pakistan").points).toEqual([
      { year: 2019, value: 360.4 },
      { year: 2020, value: 292.9 },
    ]);
  });

  it("chooses Pakistan–Russia in a Kazakh-style table only when both are the pair", async () => {
    const result = await read(
      buildWorkbook({
        sheets: [
          dotsSheet({
            flow: "exports",
            reporter: "Pakistan",
            years: [2020],
            partners: [
              ["Kazakhstan", [20]],
              ["Russian Federation", [146.2]],
            ],
          }),
        ],
      }),
    );
    expect(preselectedNames(result)).toEqual(["Pakistan: exports (FOB) to Russian Federation"]);
  });
});

describe("a DOTS country table saved as CSV", () => {
  it("reads the same way, rows found by their labels", async () => {
    const csv = [
      ",,,,",
      ",Exports, FOB to Partner Countries,,,",
      ",,,,",
      ",Pakistan,,,",
      ',"US Dollars, Millions",,,',
      ",,,,",
      ",,2018,2019,2020",
      ",World,23000,23800,22200",
      ",Russian Federation,150.4,144.1,146.2",
    ]
      .join("\n")
      .replace(",Exports, FOB to Partner Countries,", ',"Exports, FOB to Partner Countries",');
    const outcome = await importCsv(csv, "DOTS_151.csv");
    if (!outcome.ok) throw new Error(outcome.body.error);
    expect(outcome.result.format.id).toBe("imf-dots-table");
    expect(preselectedNames(outcome.result)).toEqual(["Pakistan: exports (FOB) to Russian Federation"]);
  });
});

const WDI_YEARS = [2019, 2020, 2021];

/** The World Bank's Excel download: a Data sheet in the WDI layout and two metadata sheets. */
function worldBankBook(): SheetSpec[] {
  return [
    {
      name: "Data",
      rows: [
        ["Data Source", "World Development Indicators"],
        [],
        ["Last Updated Date", { date: 45471 }],
        [],
        ["Country Name", "Country Code", "Indicator Name", "Indicator Code", ...WDI_YEARS.map(String)],
        ["Pakistan", "PAK", "Exports of goods and services (current US$)", "NE.EXP.GNFS.CD", 2.9e10, 2.5e10, 3.2e10],
        [
          "Russian Federation",
          "RUS",
          "Exports of goods and services (current US$)",
          "NE.EXP.GNFS.CD",
          4.8e11,
          3.8e11,
          5.5e11,
        ],
        ["Germany", "DEU", "Exports of goods and services (current US$)", "NE.EXP.GNFS.CD", 1.8e12, 1.7e12, 2e12],
      ],
    },
    {
      name: "Metadata - Countries",
      rows: [
        ["Country Code", "Region", "IncomeGroup", "SpecialNotes", "TableName"],
        ["PAK", "South Asia", "Lower middle income", "", "Pakistan"],
        ["RUS", "Europe & Central Asia", "Upper middle income", "", "Russian Federation"],
      ],
    },
    {
      name: "Metadata - Indicators",
      rows: [
        ["INDICATOR_CODE", "INDICATOR_NAME", "SOURCE_NOTE", "SOURCE_ORGANIZATION"],
        ["NE.EXP.GNFS.CD", "Exports of goods and services (current US$)", "Exports of goods…", "World Bank"],
      ],
    },
  ];
}

describe("plain sheets", () => {
  it("reads a World Bank workbook's Data sheet as WDI and skips its metadata sheets with a note", async () => {
    const result = await read(buildWorkbook({ sheets: worldBankBook() }), "API_NE.EXP.GNFS.CD_DS2_en_excel_v2.xlsx");
    expect(result.format.id).toBe("wdi");
    expect(result.reading.sheets?.map((sheet) => [sheet.name, sheet.format?.id ?? null])).toEqual([
      ["Data", "wdi"],
      ["Metadata - Countries", null],
      ["Metadata - Indicators", null],
    ]);
    expect(result.series.map((series) => series.dimensions.reporter?.id)).toEqual(["PAK", "RUS", "DEU"]);
    expect(
      result.series.filter((series) => series.preselected).map((series) => series.dimensions.reporter?.id),
    ).toEqual(["PAK", "RUS"]);
    const pakistan = result.series[0];
    expect(pakistan?.unit).toBe("USD millions");
    expect(pakistan?.points[0]).toEqual({ year: 2019, value: 29000 });
    expect(result.warnings[0]?.message).toMatch(/^sheet "Metadata - Countries" was not read: no year column/);
  });

  it("reads a WITS partner sheet beside a notes sheet, in US$ thousands", async () => {
    const result = await read(
      buildWorkbook({
        sheets: [
          {
            name: "Partner",
            rows: [
              ["Reporter Name", "Partner Name", "Year", "Trade Flow", "Product Group", "Export (US$ Thousand)"],
              ["Pakistan", "Russian Federation", 2019, "Export", "All Products", 144136.9],
              ["Pakistan", "Russian Federation", 2020, "Export", "All Products", 146173.8],
              ["Pakistan", "China", 2020, "Export", "All Products", 2090000],
            ],
          },
          { name: "Notes", rows: [["Source: WITS, World Bank"], ["Retrieved 2024"]] },
        ],
      }),
    );
    expect(result.format.id).toBe("wits");
    const chosen = result.series.filter((series) => series.preselected);
    expect(chosen.map((series) => series.points)).toEqual([
      [
        { year: 2019, value: 144.1369 },
        { year: 2020, value: 146.1738 },
      ],
    ]);
  });

  it("uses a formula's cached value, and reads years as columns from a merged title down", async () => {
    const result = await read(
      buildWorkbook({
        sheets: [
          {
            name: "Trade",
            merges: ["A1:D1"],
            rows: [
              ["Pakistan–Russia trade, US$ million"],
              [],
              ["Series", "2019", "2020", "2021"],
              ["Pakistan exports to Russia (US$ million)", 144.1, 146.2, { formula: "C4*1.1", cached: 160.82 }],
              ["Pakistan imports from Russia (US$ million)", 224.5, { formula: "B5+1" }, 616.2],
            ],
          },
        ],
      }),
    );
    expect(result.format.id).toBe("wide");
    expect(result.series.map((series) => series.points.map((point) => point.value))).toEqual([
      [144.1, 146.2, 160.82],
      // A formula that was never calculated has no value to read: no point, nothing invented.
      [224.5, 616.2],
    ]);
  });

  it("reads dates stored as Excel serial numbers as dates, monthly here", async () => {
    const months = Array.from({ length: 12 }, (_, index) => [
      { date: Date.UTC(2019, index, 1) / 86_400_000 + 25_569 },
      10 + index,
    ]);
    const result = await read(
      buildWorkbook({ sheets: [{ name: "Monthly", rows: [["Date", "Exports (US$ million)"], ...months] }] }),
    );
    expect(result.format.id).toBe("tidy");
    expect(result.series[0]?.frequency).toBe("monthly");
    expect(result.series[0]?.points).toEqual([{ year: 2019, value: 186 }]);
  });

  it("converts serial numbers with Excel's 1900 leap-year quirk and the 1904 system", () => {
    expect(serialToIsoDate(43466, false)).toBe("2019-01-01");
    expect(serialToIsoDate(59, false)).toBe("1900-02-28");
    // 60 is Excel's 29 February 1900, a day that never was.
    expect(serialToIsoDate(61, false)).toBe("1900-03-01");
    expect(serialToIsoDate(1, false)).toBe("1900-01-01");
    expect(serialToIsoDate(0, true)).toBe("1904-01-01");
  });

  it("reads fiscal-year labels in a sheet as fiscal years", async () => {
    const result = await read(
      buildWorkbook({
        sheets: [
          {
            name: "FY",
            rows: [
              ["Fiscal year", "Exports to Russia (US$ million)"],
              ["FY2021-22", 300],
              ["2022-23", 340],
            ],
          },
        ],
      }),
    );
    expect(result.series[0]?.points).toEqual([
      { year: 2022, value: 300, period: "FY2021-22", fiscal: true },
      { year: 2023, value: 340, period: "FY2022-23", fiscal: true },
    ]);
  });

  it("names the sheet and cell of a value that is not a number", async () => {
    const outcome = await refusal(
      buildWorkbook({
        sheets: [
          worldBankBook()[1] as SheetSpec,
          {
            name: "Data",
            rows: [
              ["Year", "Exports (US$ million)"],
              [2017, 8],
              [2018, 9],
              [2019, 10],
              [2020, "1O"],
            ],
          },
        ],
      }),
    );
    expect(outcome.status).toBe(422);
    expect(outcome.body.errors[0]).toEqual({
      line: 5,
      column: 2,
      sheet: "Data",
      message: 'sheet "Data", cell B5 (Exports (US$ million)): "1O" is not a number',
    });
  });

  it("says why for every sheet when none holds a table", async () => {
    const outcome = await refusal(buildWorkbook({ sheets: worldBankBook().slice(1) }));
    expect(outcome.status).toBe(422);
    expect(outcome.body.errors.map((issue) => issue.sheet)).toEqual(["Metadata - Countries", "Metadata - Indicators"]);
    expect(outcome.body.error).toMatch(/^No sheet of the workbook holds a table the importer can read/);
  });

  it("skips hidden sheets", async () => {
    const sheets = worldBankBook();
    const result = await read(
      buildWorkbook({
        sheets: [{ ...(sheets[0] as SheetSpec), hidden: true }, sheets[0] as SheetSpec].map((sheet, index) => ({
          ...sheet,
          name: `S${index}`,
        })),
      }),
    );
    expect(result.reading.sheets?.map((sheet) => sheet.skipped ?? "read")).toEqual([
      "it is hidden in the workbook.",
      "read",
    ]);
  });

  it("gives series of different sheets different ids and lets the reader choose a sheet", async () => {
    const result = await read(
      buildWorkbook({
        sheets: ["2019", "2020"].map((name) => ({
          name: `Copy ${name}`,
          rows: [
            ["Year", "Exports (US$ million)"],
            [Number(name), 1],
          ],
        })),
      }),
    );
    expect(new Set(result.series.map((series) => series.id)).size).toBe(2);
    expect(result.choices.find((choice) => choice.dimension === "sheet")?.values.map((value) => value.label)).toEqual([
      "Copy 2019",
      "Copy 2020",
    ]);
  });
});
