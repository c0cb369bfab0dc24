import { toCsv } from "../csv-writer";
import { readDotsSheet, type DotsSheet } from "./dots";
import { type Grid, ExtractionError } from "./grid";
import { WORLD, economies, missingGroups } from "./partners";
import { annualCpi, readBlsTable, readMonthlyCsv } from "./cpi";

/*
 * Turns the raw official files under data/raw/ into the tidy CSV files in
 * data/. Pure: it takes the workbooks as grids and the text files as text and
 * returns each output file's text, so the test can compare the committed CSV
 * with what the raw files give, byte for byte.
 */

export const DOTS_WORKBOOKS = [
  { file: "DOTS_151.xlsx", reporter: "Pakistan", sourceId: "imf-dots-pakistan" },
  { file: "DOTS_162.xlsx", reporter: "Russian Federation", sourceId: "imf-dots-russia" },
] as const;

export const CPI_FILES = { table: "cpiai_bls_2014-02-20.txt", monthly: "cpiai.csv" } as const;

/** The bilateral partners kept in imf-dots.csv for each reporter, besides the World. */
const BILATERAL_PARTNERS: Record<string, readonly string[]> = {
  Pakistan: ["Russian Federation", "USSR"],
  "Russian Federation": ["Pakistan"],
};

export const OFFICIAL_COLUMNS = [
  "reporter",
  "partner",
  "flow",
  "valuation",
  "year",
  "value_usd_m",
  "unit",
  "source_id",
] as const;
export const CPI_COLUMNS = ["year", "cpi_u", "method", "source_id"] as const;
const CPI_FIRST_YEAR = 1960;
const CPI_TABLE_LAST_YEAR = 2013;

export type OfficialOutputs = {
  "imf-dots.csv": string;
  "imf-dots-pakistan-partners.csv": string;
  "us-cpi.csv": string;
};

type Workbook = { file: string; reporter: string; sourceId: string; sheets: DotsSheet[] };

function readDotsWorkbook(grids: Grid[], expected: (typeof DOTS_WORKBOOKS)[number]): Workbook {
  const sheets = grids.map((grid) => readDotsSheet(grid, { reporter: expected.reporter }));
  for (const flow of ["exports", "imports"] as const) {
    const count = sheets.filter((sheet) => sheet.flow === flow).length;
    if (count !== 1) {
      throw new ExtractionError(`${expected.file}: expected one sheet of ${flow}, found ${count}`);
    }
  }
  sheets.forEach((sheet, index) => {
    const missing = missingGroups(sheet.partners.keys());
    if (missing.length > 0) {
      throw new ExtractionError(
        `${expected.file}, sheet "${grids[index]?.sheet}": no row for ${missing.map((name) => `"${name}"`).join(", ")}; the partner groups have changed, so countries cannot be told from regions`,
      );
    }
  });
  return { ...expected, sheets };
}

function rowsFor(workbook: Workbook, partners: readonly string[]) {
  const rows: Record<(typeof OFFICIAL_COLUMNS)[number], string | number>[] = [];
  for (const partner of partners) {
    for (const sheet of workbook.sheets.slice().sort((a, b) => a.flow.localeCompare(b.flow))) {
      const values = sheet.partners.get(partner);
      if (values === undefined) {
        throw new ExtractionError(`${workbook.file}: no row for the partner "${partner}" in the ${sheet.flow} sheet`);
      }
      for (const [year, value] of [...values].sort(([a], [b]) => a - b)) {
        rows.push({
          reporter: workbook.reporter,
          partner,
          flow: sheet.flow,
          valuation: sheet.valuation,
          year,
          value_usd_m: value,
          unit: "US$ millions",
          source_id: workbook.sourceId,
        });
      }
    }
  }
  return rows;
}

const lf = (text: string) => text.replace(/\r\n/g, "\n");

export function extractOfficial(input: {
  workbooks: Record<(typeof DOTS_WORKBOOKS)[number]["file"], Grid[]>;
  cpi: { table: string; monthly: string };
}): OfficialOutputs {
  const [pakistan, russia] = DOTS_WORKBOOKS.map((expected) =>
    readDotsWorkbook(input.workbooks[expected.file], expected),
  ) as [Workbook, Workbook];

  const bilateral = [pakistan, russia].flatMap((workbook) =>
    rowsFor(workbook, [...(BILATERAL_PARTNERS[workbook.reporter] ?? []), WORLD]),
  );
  // Economies are taken from the exports sheet and the imports sheet together:
  // a partner that appears in only one still counts.
  const partnerNames = [...new Set(pakistan.sheets.flatMap((sheet) => economies(sheet.partners.keys())))].sort((a, b) =>
    a.localeCompare(b, "en"),
  );
  const byPartner = rowsFor(
    {
      ...pakistan,
      sheets: pakistan.sheets.map((sheet) => ({
        ...sheet,
        partners: new Map(partnerNames.map((name) => [name, sheet.partners.get(name) ?? new Map()])),
      })),
    },
    partnerNames,
  );

  const cpi = annualCpi(
    readBlsTable(input.cpi.table, CPI_FILES.table),
    readMonthlyCsv(input.cpi.monthly, CPI_FILES.monthly),
    {
      from: CPI_FIRST_YEAR,
      tableUntil: CPI_TABLE_LAST_YEAR,
      files: CPI_FILES,
    },
  );

  return {
    "imf-dots.csv": lf(toCsv(OFFICIAL_COLUMNS, bilateral)),
    "imf-dots-pakistan-partners.csv": lf(toCsv(OFFICIAL_COLUMNS, byPartner)),
    "us-cpi.csv": lf(
      toCsv(
        CPI_COLUMNS,
        cpi.map((entry) => ({ year: entry.year, cpi_u: entry.cpi, method: entry.method, source_id: "bls-cpi-u" })),
      ),
    ),
  };
}
