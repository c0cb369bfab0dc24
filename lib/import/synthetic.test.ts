import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importCsv } from "./index";
import { type ImportResult, type ImportedSeries } from "./types";

// Small made-up files in each format, with Pakistan–Russia rows (values are invented round numbers).
const SYNTHETIC = new URL("../../tests/fixtures/import/synthetic/", import.meta.url);

async function importFixture(name: string): Promise<ImportResult> {
  const outcome = await importCsv(readFileSync(new URL(name, SYNTHETIC)), name);
  if (!outcome.ok) throw new Error(`${name} did not import: ${outcome.body.error}`);
  return outcome.result;
}

function preselected(result: ImportResult): ImportedSeries[] {
  return result.series.filter((series) => series.preselected);
}

function byName(result: ImportResult, name: string): ImportedSeries {
  const found = result.series.find((series) => series.name === name);
  if (!found)
    throw new Error(`no series named ${name}; have ${result.series.map((series) => series.name).join(" | ")}`);
  return found;
}

describe("Pakistan–Russia in each format", () => {
  it("WDI: preselects Pakistan and Russia among the countries", async () => {
    const result = await importFixture("synthetic-wdi-pak-rus.csv");
    expect(result.format.id).toBe("wdi");
    expect(preselected(result).map((series) => series.dimensions.reporter?.id)).toEqual(["PAK", "RUS"]);
    // 2021 is empty for Pakistan: no point, nothing invented.
    expect(byName(result, "Exports of goods and services (current US$): Pakistan").points).toEqual([
      { year: 2019, value: 1000 },
      { year: 2020, value: 1100 },
      { year: 2022, value: 1300 },
    ]);
    expect(byName(result, "Exports of goods and services (current US$): Korea, Dem. People's Rep.").points).toEqual([]);
  });

  it("Comtrade legacy: preselects the totals of both directions, not re-exports or single products", async () => {
    const result = await importFixture("synthetic-comtrade-legacy-pak-rus.csv");
    expect(result.format.id).toBe("comtrade-legacy");
    expect(preselected(result).map((series) => series.name)).toEqual([
      "Pakistan exports to Russian Federation — All Commodities",
      "Pakistan imports from Russian Federation — All Commodities",
      "Russian Federation exports to Pakistan — All Commodities",
    ]);
    expect(byName(result, "Pakistan imports from Russian Federation — All Commodities").points).toEqual([
      { year: 2019, value: 333 },
      { year: 2020, value: 344 },
    ]);
    // The description changes between HS versions ("Wheat and meslin."), the code does not.
    expect(byName(result, "Pakistan imports from Russian Federation — Wheat and meslin").points).toHaveLength(2);
  });

  it("Comtrade+: sums complete months into 2022 and marks the three months of 2023 partial", async () => {
    const result = await importFixture("synthetic-comtrade-plus-pak-rus-monthly.csv");
    expect(result.format.id).toBe("comtrade-plus");
    const exports = byName(result, "Pakistan exports to Russian Federation — All Commodities");
    expect(exports.frequency).toBe("monthly");
    expect(exports.points).toEqual([
      { year: 2022, value: 198 },
      { year: 2023, value: 66, period: "2023M1–2023M3", partial: true },
    ]);
    expect(byName(result, "Pakistan imports from Russian Federation — All Commodities").points).toEqual([
      { year: 2022, value: 600 },
    ]);
    expect(preselected(result)).toHaveLength(2);
    expect(result.warnings).toEqual([]);
  });

  it("IMF DOTS: reads IMF codes 564 and 922, sums quarters and marks gaps partial", async () => {
    const result = await importFixture("synthetic-imf-dots-pak-rus-quarterly.csv");
    expect(result.format.id).toBe("imf-dots");
    const [exports, imports, russianExports, ...others] = result.series;
    expect(exports?.dimensions).toMatchObject({
      reporter: { id: "564", label: "Pakistan" },
      partner: { id: "922", label: "Russian Federation" },
      flow: { id: "X", label: "Exports" },
    });
    expect(exports?.points).toEqual([
      { year: 2023, value: 220 },
      { year: 2024, value: 80, period: "2024Q1", partial: true },
    ]);
    expect(imports?.points[0]).toEqual({ year: 2023, value: 600, period: "2023Q1, 2023Q2, 2023Q4", partial: true });
    expect(russianExports?.points).toEqual([{ year: 2023, value: 390 }]);
    expect([exports, imports, russianExports].every((series) => series?.preselected)).toBe(true);
    expect(others.map((series) => series.preselected)).toEqual([false]);
  });

  it("OWID: converts the US$ indicator, keeps % of GDP as it is, preselects the US$ series", async () => {
    const result = await importFixture("synthetic-owid-pak-rus.csv");
    expect(result.format.id).toBe("owid");
    expect(preselected(result).map((series) => series.name)).toEqual([
      "Exports of goods and services (current US$): Pakistan",
      "Exports of goods and services (current US$): Russia",
    ]);
    expect(byName(result, "Exports of goods and services (current US$): Russia").points).toEqual([
      { year: 2019, value: 450000 },
      { year: 2020, value: 380000 },
    ]);
    expect(byName(result, "Trade (% of GDP): Pakistan").points).toContainEqual({ year: 2020, value: 27.25 });
    expect(byName(result, "Trade (% of GDP): South Asia (WB)").dimensions.reporter).toEqual({
      id: "South Asia (WB)",
      label: "South Asia (WB)",
    });
  });

  it("WITS: divides US$ thousand by 1,000 and skips the empty row", async () => {
    const result = await importFixture("synthetic-wits-pak-rus.csv");
    expect(result.format.id).toBe("wits");
    const [exports] = preselected(result);
    expect(exports?.name).toBe("Export (US$ Thousand): Pakistan exports to Russian Federation");
    expect(exports?.conversion).toBe("values in US$ thousands, divided by 1,000");
    expect(exports?.points).toEqual([
      { year: 2018, value: 123.4565 },
      { year: 2019, value: 150 },
    ]);
    expect(preselected(result)).toHaveLength(1);
    expect(result.warnings[0]?.message).toContain("1 value is written in E-notation");
  });

  it("tidy CSV: preselects both directions and leaves Pakistan–China out", async () => {
    const result = await importFixture("synthetic-tidy-pak-rus.csv");
    expect(result.format).toEqual({ id: "tidy", label: "Tidy CSV (a year column and value columns)" });
    expect(preselected(result).map((series) => series.name)).toEqual([
      "Pakistan exports to Russian Federation",
      "Pakistan imports from Russian Federation",
      "Russian Federation exports to Pakistan",
    ]);
    expect(byName(result, "Pakistan exports to Russian Federation")).toMatchObject({
      unit: "USD millions",
      conversion: "values in US$ millions, not converted",
      points: [
        { year: 2018, value: 100.5 },
        { year: 2019, value: 110.25 },
      ],
    });
    expect(result.choices.map((choice) => choice.dimension)).toEqual(["reporter", "partner", "flow"]);
  });

  it("tidy SDMX-style CSV: takes the scale column's Millions for the US dollars the indicator names", async () => {
    const result = await importFixture("synthetic-sdmx-imf-pak-rus.csv");
    expect(result.format.id).toBe("tidy");
    const [exports] = preselected(result);
    // DATAFLOW and FREQUENCY are the same everywhere, so they stay out of the name.
    expect(exports?.name).toBe("Exports of goods, FOB, US dollar: Pakistan – Russian Federation");
    expect(exports?.conversion).toBe("values in US$ millions, not converted");
    expect(exports?.points).toEqual([{ year: 2023, value: 22, period: "2023M1–2023M2", partial: true }]);
    expect(preselected(result).map((series) => series.dimensions.reporter?.label)).toEqual([
      "Pakistan",
      "Russian Federation",
    ]);
  });

  it("wide CSV (World Bank DataBank): reads .. as missing and skips the footnote lines at the end", async () => {
    const result = await importFixture("synthetic-wide-databank-pak-rus-footnotes.csv");
    expect(result.format).toEqual({ id: "wide", label: "Wide CSV (years as columns)" });
    expect(byName(result, "Exports of goods and services (current US$): Pakistan").points).toEqual([
      { year: 2019, value: 1000 },
      { year: 2021, value: 1200 },
    ]);
    expect(preselected(result).map((series) => series.dimensions.reporter?.id)).toEqual(["PAK", "RUS"]);
    expect(result.warnings.map((warning) => warning.line)).toEqual([7, 8]);
    expect(result.warnings[0]?.message).toBe(
      'line 7: "Data from database: World Development Indicators" follows the data and is not a data row; it was read as a note and skipped.',
    );
  });
});

describe("encodings, line ends and number styles", () => {
  const expected = [
    { year: 2018, value: 100.5 },
    { year: 2019, value: 110.25 },
  ];

  it.each([
    ["synthetic-tidy-pak-rus-utf8-bom-crlf.csv", "UTF-8 with BOM"],
    ["synthetic-tidy-pak-rus-utf16le-bom.csv", "UTF-16LE with BOM"],
    ["synthetic-tidy-pak-rus-utf16be-bom.csv", "UTF-16BE with BOM"],
  ])("reads %s (%s) exactly like the plain UTF-8 file", async (name, encoding) => {
    const plain = await importFixture("synthetic-tidy-pak-rus.csv");
    const variant = await importFixture(name);
    expect(variant.reading.encoding).toBe(encoding);
    expect(variant.series).toEqual(plain.series);
    expect(variant.choices).toEqual(plain.choices);
    expect(byName(variant, "Pakistan exports to Russian Federation").points).toEqual(expected);
  });

  it("reads a semicolon file with decimal commas, dot thousands separators and .. for missing", async () => {
    const result = await importFixture("synthetic-tidy-pak-rus-semicolon-decimal-comma.csv");
    expect(result.reading).toMatchObject({ delimiter: ";", decimalSeparator: "," });
    expect(byName(result, "Pakistan exports to Russian Federation").points).toEqual([
      { year: 2018, value: 100.5 },
      { year: 2019, value: 1110.25 },
    ]);
    expect(byName(result, "Pakistan imports from Russian Federation").points).toEqual([{ year: 2018, value: 400 }]);
  });

  it("reads a tab-separated file with quoted thousands separators and n/a, - and : as missing", async () => {
    const result = await importFixture("synthetic-tidy-pak-rus-tab-thousands.csv");
    expect(result.reading.delimiter).toBe("\t");
    const [series] = result.series;
    expect(series?.dimensions).toMatchObject({ reporter: { label: "Pakistan" }, partner: { label: "Russia" } });
    expect(series?.points).toEqual([
      { year: 2017, value: 1234.5675 },
      { year: 2021, value: 2000 },
    ]);
    expect(series?.preselected).toBe(true);
  });

  it("reads a Windows-1252 file (Excel's ANSI save) and says so", async () => {
    const bytes = Buffer.from(
      "Reporter,Partner,Year,Value (US$)\nPakistan,Saint Barth\xe9lemy,2018,1000000\n",
      "latin1",
    );
    const outcome = await importCsv(bytes, "ansi.csv");
    expect(outcome.ok && outcome.result.series[0]?.dimensions.partner?.label).toBe("Saint Barthélemy");
    expect(outcome.ok && outcome.result.warnings[0]?.message).toMatch(
      /^The file is not UTF-8, so it was read as Windows-1252/,
    );
  });

  it("reads old Mac line ends (CR only) and an Excel sep= line", async () => {
    const outcome = await importCsv("sep=;\rYear;Value (US$ million)\r2019;1,5\r2020;2,5\r", "mac.csv");
    expect(outcome.ok && outcome.result.reading).toMatchObject({
      delimiter: ";",
      decimalSeparator: ",",
      headerLine: 2,
    });
    expect(outcome.ok && outcome.result.series[0]?.points).toEqual([
      { year: 2019, value: 1.5 },
      { year: 2020, value: 2.5 },
    ]);
  });

  it("reads text given as a string the same as bytes", async () => {
    const bytes = readFileSync(new URL("synthetic-tidy-pak-rus.csv", SYNTHETIC));
    const fromText = await importCsv(bytes.toString("utf8"), "synthetic-tidy-pak-rus.csv");
    const fromBytes = await importCsv(bytes, "synthetic-tidy-pak-rus.csv");
    expect(fromText.ok && fromBytes.ok && fromText.result.series).toEqual(fromBytes.ok && fromBytes.result.series);
  });
});

describe("the answer", () => {
  it("is plain JSON data: serialising and parsing it gives it back unchanged", async () => {
    for (const name of [
      "synthetic-comtrade-plus-pak-rus-monthly.csv",
      "synthetic-wide-databank-pak-rus-footnotes.csv",
    ]) {
      const result = await importFixture(name);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });

  it("keeps the first of two values for one year and warns with the second one's line", async () => {
    const outcome = await importCsv(
      "Country,Year,Value (US$)\nPakistan,2019,1000000\nPakistan,2019,5000000\n",
      "dup.csv",
    );
    expect(outcome.ok && outcome.result.series[0]?.points).toEqual([{ year: 2019, value: 1 }]);
    expect(outcome.ok && outcome.result.warnings).toEqual([
      {
        line: 3,
        column: null,
        message: "line 3: a second value for the same series and period (2019) was ignored; the first one is kept.",
      },
    ]);
  });

  it("tells apart consecutive rows whose code is blank by their names", async () => {
    const outcome = await importCsv(
      "Entity,Code,Year,Exports (US$)\nSouth Asia,,2019,1000000\nEast Asia,,2019,2000000\nEast Asia,,2020,3000000\n",
      "regions.csv",
    );
    expect(
      outcome.ok && outcome.result.series.map((series) => [series.dimensions.reporter?.label, series.points]),
    ).toEqual([
      ["South Asia", [{ year: 2019, value: 1 }]],
      [
        "East Asia",
        [
          { year: 2019, value: 2 },
          { year: 2020, value: 3 },
        ],
      ],
    ]);
  });

  it("keeps only the last segment of the file name", async () => {
    const outcome = await importCsv("Year,Value\n2020,1\n", "C:\\Users\\someone\\Downloads\\trade.csv");
    expect(outcome.ok && outcome.result.fileName).toBe("trade.csv");
  });
});
