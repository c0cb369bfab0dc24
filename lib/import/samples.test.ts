import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importCsv } from "./index";
import { type DimensionKey, type ImportResult, type ImportedSeries } from "./types";

// Real portal downloads (see tests/fixtures/import/samples/README.md for their origin).
const SAMPLES = new URL("../../tests/fixtures/import/samples/", import.meta.url);

async function importSample(path: string): Promise<ImportResult> {
  const outcome = await importCsv(readFileSync(new URL(path, SAMPLES)), path.split("/").pop() ?? path);
  if (!outcome.ok) throw new Error(`${path} did not import: ${outcome.body.error}`);
  return outcome.result;
}

function findSeries(result: ImportResult, wanted: Partial<Record<DimensionKey, string>>): ImportedSeries {
  const found = result.series.filter((series) =>
    Object.entries(wanted).every(([key, id]) => series.dimensions[key as DimensionKey]?.id === id),
  );
  if (found.length !== 1) throw new Error(`${found.length} series match ${JSON.stringify(wanted)}`);
  return found[0] as ImportedSeries;
}

function valueIn(series: ImportedSeries, year: number): number | undefined {
  return series.points.find((point) => point.year === year)?.value;
}

describe("World Bank WDI bulk download", () => {
  it("reads exports of goods and services (2024 vintage) past the preamble", async () => {
    const result = await importSample("wdi/API_NE.EXP.GNFS.CD_DS2_en_csv_v2_3025_head.csv");
    expect(result.format).toEqual({ id: "wdi", label: "World Bank WDI bulk download" });
    expect(result.reading.headerLine).toBe(5);
    expect(result.series).toHaveLength(16);
    const australia = findSeries(result, { reporter: "AUS" });
    expect(australia.name).toBe("Exports of goods and services (current US$): Australia");
    expect(australia.unit).toBe("USD millions");
    expect(australia.conversion).toBe("values in current US$, divided by 1,000,000");
    expect(valueIn(australia, 1960)).toBe(2413.60038617606);
    // Aruba has no figures before 1995: the empty cells give no points.
    expect(findSeries(result, { reporter: "ABW" }).points[0]).toEqual({ year: 1995, value: 1121.22905027933 });
    expect(findSeries(result, { reporter: "AFE" }).dimensions.reporter?.label).toBe("Africa Eastern and Southern");
  });

  it("reads GDP (2016 vintage, years to 2015) and lists the countries as choices", async () => {
    const result = await importSample("wdi/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_2016.csv");
    const afghanistan = findSeries(result, { reporter: "AFG" });
    expect(valueIn(afghanistan, 1960)).toBe(537.777811911111);
    expect(afghanistan.points.at(-1)?.year).toBeLessThanOrEqual(2015);
    const countries = result.choices.find((choice) => choice.dimension === "reporter");
    expect(countries?.label).toBe("Country or region");
    expect(countries?.values).toContainEqual({ id: "AFG", label: "Afghanistan", seriesCount: 1 });
  });

  it("reads the semicolon re-save and rejoins the name split at an unquoted delimiter", async () => {
    const result = await importSample("wdi-semicolon/API_SP.POP.TOTL_DS2_en_csv_v2_5358404_semicolon_resave.csv");
    expect(result.format.id).toBe("wdi");
    expect(result.reading.delimiter).toBe(";");
    const aruba = findSeries(result, { reporter: "ABW" });
    expect(valueIn(aruba, 1960)).toBe(54608);
    expect(aruba.unit).toBe("unspecified");
    const bahamas = findSeries(result, { reporter: "BHS" });
    expect(bahamas.dimensions.reporter?.label).toBe("Bahamas, The");
    expect(valueIn(bahamas, 1960)).toBe(114500);
    expect(valueIn(bahamas, 2021)).toBe(407906);
    expect(result.warnings).toContainEqual(expect.objectContaining({ line: 29 }));
  });
});

describe("UN Comtrade legacy download", () => {
  it("reads bicycle imports and exports of all reporters against the World", async () => {
    const result = await importSample("comtrade_legacy/comtrade_hs871200_bicycles_world_excerpt.csv");
    expect(result.format).toEqual({ id: "comtrade-legacy", label: "UN Comtrade (legacy download)" });
    expect(valueIn(findSeries(result, { reporter: "ALB", flow: "1" }), 2017)).toBe(1.028137);
    expect(valueIn(findSeries(result, { reporter: "CAN", flow: "1" }), 2017)).toBe(226.294136);
    const reImport = findSeries(result, { reporter: "AUS", flow: "4" });
    expect(reImport.name).toBe(
      "Australia re-imports from World — Bicycles and other cycles; including delivery tricycles, not motorised",
    );
    expect(valueIn(reImport, 2017)).toBe(0.054198);
    const flows = result.choices.find((choice) => choice.dimension === "flow")?.values.map((value) => value.label);
    expect(flows).toEqual(["Export", "Import", "Re-Export", "Re-Import"]);
  });

  it("keeps one sorghum series across HS versions and unsorted years", async () => {
    const result = await importSample("comtrade_legacy/comtrade_ukraine_sorghum_eu28_export.csv");
    expect(result.series).toHaveLength(1);
    const [sorghum] = result.series;
    expect(sorghum?.dimensions.reporter).toEqual({ id: "EU2", label: "EU-28" });
    expect(sorghum?.points.map((point) => point.year)).toEqual(Array.from({ length: 21 }, (_, index) => 2000 + index));
    expect(sorghum && valueIn(sorghum, 2017)).toBe(0.640252);
    expect(sorghum && valueIn(sorghum, 2000)).toBe(0.028171);
  });
});

describe("UN Comtrade+", () => {
  it("reads China's imports by partner despite the extra trailing field on every row", async () => {
    const result = await importSample("comtrade_plus/TradeData_CHN_imports_by_partner_2022_head.csv");
    expect(result.format).toEqual({ id: "comtrade-plus", label: "UN Comtrade+ (TradeData)" });
    expect(result.series).toHaveLength(20);
    const world = findSeries(result, { partner: "W00" });
    expect(world.name).toBe("China imports from World — All Commodities");
    expect(world.points).toEqual([{ year: 2022, value: 2715997.517261 }]);
    expect(valueIn(findSeries(result, { partner: "AFG" }), 2022)).toBe(42.016266);
  });

  it("reads Thailand's imports of HS 8542 down to single dollars", async () => {
    const result = await importSample("comtrade_plus/TradeData_THA_imports_HS8542_2014_head.csv");
    expect(valueIn(findSeries(result, { partner: "W00" }), 2014)).toBe(9680.795326);
    expect(valueIn(findSeries(result, { partner: "BGD" }), 2014)).toBe(0.000026);
    expect(findSeries(result, { partner: "BGD" }).dimensions.product).toEqual({
      id: "8542",
      label: "Electronic integrated circuits",
    });
  });
});

describe("IMF Direction of Trade Statistics", () => {
  it("keeps Value rows, drops Status rows and marks the single month 2024M2 partial", async () => {
    const result = await importSample("imf_dots/DOTS_G7_2024M2_timeseries_export.csv");
    expect(result.format.id).toBe("imf-dots");
    expect(result.series).toHaveLength(26);
    const ukToFrance = findSeries(result, { reporter: "112", partner: "132" });
    expect(ukToFrance.dimensions.flow).toEqual({ id: "X", label: "Exports" });
    expect(ukToFrance.frequency).toBe("monthly");
    expect(ukToFrance.points).toEqual([{ year: 2024, value: 2466.848948, period: "2024M2", partial: true }]);
    const canadaImports = findSeries(result, { reporter: "156", partner: "111", indicator: "TMG_CIF_USD" });
    expect(canadaImports.points[0]?.value).toBe(23989.901168);
  });
});

describe("Our World in Data grapher download", () => {
  it("reads trade as a share of GDP and keeps the unit", async () => {
    const result = await importSample("owid/trade-as-share-of-gdp.csv");
    expect(result.format).toEqual({ id: "owid", label: "Our World in Data grapher download" });
    const albania = findSeries(result, { reporter: "ALB" });
    expect(albania.unit).toBe("% of GDP");
    expect(albania.conversion).toBe("not converted: % of GDP is not an amount of US$");
    expect(valueIn(albania, 1992)).toBe(108.78547);
    expect(valueIn(findSeries(result, { reporter: "AFG" }), 2023)).toBe(67.58466);
  });
});

describe("World Bank WITS", () => {
  it("reads trade by partner in US$ thousand, trimming the leading space of ' World'", async () => {
    const result = await importSample("wits/WITS-Partner_World_2018_export_head.csv");
    expect(result.format).toEqual({ id: "wits", label: "World Bank WITS" });
    const uae = findSeries(result, { partner: "United Arab Emirates", indicator: "Export (US$ Thousand)" });
    expect(uae.dimensions.reporter).toEqual({ id: "World", label: "World" });
    expect(uae.conversion).toBe("values in US$ thousands, divided by 1,000");
    expect(valueIn(uae, 2018)).toBe(199686.7445);
    expect(findSeries(result, { partner: "United Arab Emirates", indicator: "Export Partner Share (%)" }).unit).toBe(
      "%",
    );
    // Listed by WITS but without any figure.
    expect(findSeries(result, { partner: "Netherlands Antilles", indicator: "Export (US$ Thousand)" }).points).toEqual(
      [],
    );
  });

  it("reads the Excel re-save, including 1.03198E+11, and warns that such values are rounded", async () => {
    const result = await importSample("wits/WITS-Country-Timeseries_GDP_excel_resave_head.csv");
    expect(result.format.id).toBe("wits");
    const algeria = findSeries(result, { reporter: "Algeria" });
    expect(valueIn(algeria, 2005)).toBe(103198);
    expect(valueIn(algeria, 1988)).toBe(59089.40019);
    expect(valueIn(findSeries(result, { reporter: "Albania" }), 1992)).toBe(652.1749908);
    expect(result.warnings[0]?.message).toMatch(
      /^\d+ values are written in E-notation with at most six significant digits/,
    );
  });
});
