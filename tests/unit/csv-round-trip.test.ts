import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/datasets/[id]/route";
import { DATASETS } from "@/lib/api/datasets";
import { type CsvCell, toCsv } from "@/lib/csv-writer";
import { getDataset } from "@/lib/data";
import { importCsv } from "@/lib/import";
import { NextRequest } from "next/server";

/*
 * Round trip: what the CSV export writes, a CSV reader gives back. Text comes
 * back as written except for the documented formula guard (a leading
 * apostrophe on text starting with = + - @ tab or CR); numbers come back as the
 * same numbers; missing values come back as empty cells.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** What a reader should get back for a value the writer was given. */
function expectedCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function parse(text: string): { fields: string[]; rows: Record<string, string>[]; errors: unknown[] } {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { fields: result.meta.fields ?? [], rows: result.data, errors: result.errors };
}

describe("every dataset survives export as CSV and parsing again", () => {
  for (const definition of DATASETS) {
    it(`${definition.id}: same columns, same rows, same values`, async () => {
      const response = await GET(new NextRequest(`http://localhost/api/datasets/${definition.id}?format=csv`), {
        params: Promise.resolve({ id: definition.id }),
      });
      expect(response.status).toBe(200);
      const original = definition.rows(getDataset());
      const parsed = parse(await response.text());

      expect(parsed.errors).toEqual([]);
      expect(parsed.fields).toEqual([...definition.columns]);
      expect(parsed.rows).toHaveLength(original.length);
      // Mismatches are collected and compared once: the partner file has some 17,000 rows.
      const mismatches: string[] = [];
      original.forEach((row, index) => {
        const back = parsed.rows[index] ?? {};
        for (const column of definition.columns) {
          const value = row[column];
          const where = `${definition.id} row ${index + 1} ${column}`;
          if (back[column] !== expectedCell(value))
            mismatches.push(`${where}: ${back[column]} ≠ ${expectedCell(value)}`);
          if (typeof value === "number" && Number(back[column]) !== value) mismatches.push(`${where}: not ${value}`);
        }
      });
      expect(mismatches).toEqual([]);
    });
  }

  it("trade keeps its status and source on every row", async () => {
    const response = await GET(new NextRequest("http://localhost/api/datasets/trade?format=csv"), {
      params: Promise.resolve({ id: "trade" }),
    });
    for (const row of parse(await response.text()).rows) {
      expect(row.status).not.toBe("");
      expect(row.source_ids).not.toBe("");
      expect(Number.isFinite(Number(row.total_usd_m))).toBe(true);
    }
  });
});

describe("trade survives export and the importer", () => {
  it("gives back every trade figure as a point of its series, from the export cut to series, year and total", async () => {
    const response = await GET(new NextRequest("http://localhost/api/datasets/trade?format=csv"), {
      params: Promise.resolve({ id: "trade" }),
    });
    const exported = parse(await response.text()).rows;
    const cut = Papa.unparse(
      exported.map((row) => ({ series: row.series, year: row.year, total_usd_m: row.total_usd_m })),
    );
    const outcome = await importCsv(cut, "trade.csv");
    if (!outcome.ok) throw new Error(`the importer refused the trade export: ${outcome.body.error}`);

    const imported = new Map<string, number>();
    for (const series of outcome.result.series) {
      for (const point of series.points)
        imported.set(`${series.dimensions.indicator?.label ?? ""}|${point.year}`, point.value);
    }
    expect(imported.size).toBe(exported.length);
    for (const row of getDataset().trade) {
      expect(imported.get(`${row.seriesId} · total_usd_m|${row.year}`), row.id).toBe(row.totalUsdM);
    }
  });

  it("imports the full trade CSV export as it is downloaded, every figure in its series and year", async () => {
    const response = await GET(new NextRequest("http://localhost/api/datasets/trade?format=csv"), {
      params: Promise.resolve({ id: "trade" }),
    });
    const outcome = await importCsv(await response.text(), "trade.csv");
    if (!outcome.ok) throw new Error(`the importer refused the trade export: ${outcome.body.error}`);
    expect(outcome.result.format.id).toBe("dashboard-trade");
    const byName = new Map(outcome.result.series.map((series) => [series.name, series]));
    for (const row of getDataset().trade) {
      const series = byName.get(row.seriesId);
      expect(series?.unit, row.id).toBe("USD millions");
      expect(series?.points.find((point) => point.year === row.year)?.value, row.id).toBe(row.totalUsdM);
    }
  });
});

describe("toCsv round trip on arbitrary values", () => {
  const text = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.string({
      unit: fc.constantFrom('"', ",", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", " ", "a"),
      maxLength: 10,
    }),
  );
  // -0 is written "0" on purpose; every other finite double must come back exactly.
  const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value));
  const cell: fc.Arbitrary<CsvCell> = fc.oneof(text, number, fc.integer(), fc.constant(undefined), fc.boolean());
  // Plain header names: the header row is the key the reader uses to give values back.
  const columns = fc.uniqueArray(fc.stringMatching(/^[a-z_][a-z0-9_]{0,7}$/), { minLength: 2, maxLength: 6 });

  it("gives back every value, quoted text and formula-like text included", () => {
    fc.assert(
      fc.property(
        columns.chain((names) =>
          fc.tuple(fc.constant(names), fc.array(fc.tuple(...names.map(() => cell)), { maxLength: 10 })),
        ),
        ([names, tuples]) => {
          const rows = tuples.map((values) => Object.fromEntries(names.map((name, index) => [name, values[index]])));
          const parsed = parse(toCsv(names, rows));
          expect(parsed.fields).toEqual(names);
          // A row whose every cell is empty is written as ",,": never an empty line, so never dropped.
          expect(parsed.rows).toHaveLength(rows.length);
          rows.forEach((row, index) => {
            for (const name of names) expect(parsed.rows[index]?.[name]).toBe(expectedCell(row[name]));
          });
        },
      ),
      { numRuns: 2000 },
    );
    // Two thousand generated tables take a few seconds on a busy machine.
  }, 60_000);
});
