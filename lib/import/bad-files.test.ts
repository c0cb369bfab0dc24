import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ImportOptions, importCsv } from "./index";
import { type ImportErrorBody, type ImportInput } from "./index";

const SYNTHETIC = new URL("../../tests/fixtures/import/synthetic/", import.meta.url);

async function failure(
  input: ImportInput,
  options: ImportOptions = {},
): Promise<{ status: number; body: ImportErrorBody }> {
  const outcome = await importCsv(input, "bad.csv", options);
  if (outcome.ok) throw new Error("expected the import to fail");
  return { status: outcome.status, body: outcome.body };
}

const fixture = (name: string) => readFileSync(new URL(name, SYNTHETIC));

describe("files that are not CSV text", () => {
  it("rejects a PNG image with 422, naming what it is", async () => {
    const { status, body } = await failure(fixture("synthetic-bad-image.png"));
    expect(status).toBe(422);
    expect(body.error).toBe(
      "The file is a PNG image, not a CSV text file. Save or export the table as CSV and upload that.",
    );
  });

  it("rejects NUL bytes with 422 and their byte offset", async () => {
    const { status, body } = await failure(fixture("synthetic-bad-nul-bytes.csv"));
    expect(status).toBe(422);
    expect(body.error).toContain("NUL byte (at byte 36)");
  });

  it("rejects an empty file with 422", async () => {
    expect(await failure(fixture("synthetic-bad-empty.csv"))).toEqual({
      status: 422,
      body: { error: "The file is empty.", errors: [{ line: null, column: null, message: "The file is empty." }] },
    });
  });

  it("rejects a file of blank lines with 422", async () => {
    const { status, body } = await failure(fixture("synthetic-bad-blank-lines.csv"));
    expect(status).toBe(422);
    expect(body.error).toBe("The file has no rows: it contains only blank lines.");
  });
});

describe("tables that cannot be read", () => {
  it("rejects a header without data rows with 422 on line 1", async () => {
    const { status, body } = await failure(fixture("synthetic-bad-header-only.csv"));
    expect(status).toBe(422);
    expect(body.errors).toEqual([
      { line: 1, column: null, message: "line 1: the file has a header but no data rows." },
    ]);
  });

  it("rejects a ragged row with more fields than the header, on its line", async () => {
    const { status, body } = await failure(fixture("synthetic-bad-ragged.csv"));
    expect(status).toBe(422);
    expect(body.errors).toEqual([
      {
        line: 3,
        column: null,
        message:
          'line 3: 6 fields, but the header (line 1) names 4 columns; a value may contain "," without quotes around it.',
      },
    ]);
  });

  it("rejects a short row followed by data, on its line", async () => {
    const { body } = await failure(fixture("synthetic-bad-short-row.csv"));
    expect(body.errors).toEqual([
      { line: 3, column: null, message: "line 3: 3 fields, but the header (line 1) names 4 columns." },
    ]);
  });

  it("rejects an unclosed quote on the line where the quoted field starts", async () => {
    const { status, body } = await failure(fixture("synthetic-bad-unclosed-quote.csv"));
    expect(status).toBe(422);
    expect(body.errors[0]).toEqual({
      line: 3,
      column: 1,
      message:
        "line 3, column 1: a quoted field starts here but its closing quote is missing, so the rest of the file would be read as one cell.",
    });
  });

  it("stops early on an unclosed quote in a long file instead of reading on to the end", async () => {
    const rows = Array.from({ length: 500 }, (_, index) => `Pakistan,${1900 + (index % 200)},${index}`).join("\n");
    const { body } = await failure(`Reporter,Year,Value\nPakistan,2018,1\n"Pakistan,2019,2\n${rows}\n`, {
      limits: { maxRowChars: 1000 },
    });
    expect(body.error).toBe(
      "line 3 starts a row longer than 1,000 characters; most likely a quoted field is missing its closing quote.",
    );
  });

  it("rejects a header of 10,000 columns with the column limit", async () => {
    const header = ["Year", ...Array.from({ length: 9_999 }, (_, index) => `Series ${index}`)].join(",");
    const { status, body } = await failure(`${header}\n2020,${"1,".repeat(9_998)}1\n`);
    expect(status).toBe(422);
    expect(body.errors).toEqual([
      {
        line: 1,
        column: null,
        message: "line 1 (the header) has 10,000 columns; the importer reads at most 2,000 columns.",
      },
    ]);
  });

  it("rejects a data row of 10,000 fields under a normal header, on its line", async () => {
    const { body } = await failure(`Reporter,Year,Value\nPakistan,2018,1\n${"x,".repeat(9_999)}x\n`);
    expect(body.error).toBe("line 3 has 10,000 fields; the importer reads at most 2,000 columns.");
  });

  it("rejects a file without a year column or year headers", async () => {
    const { status, body } = await failure(fixture("synthetic-bad-no-year.csv"));
    expect(status).toBe(422);
    expect(body.error).toBe(
      "line 1: no year column (such as Year, Period or Date) and no years as column names (1990, 1991, …) were found, so the values cannot be placed in time. The header reads: Reporter, Partner, Value",
    );
  });
});

describe("cells that are not what they should be", () => {
  it("rejects 1e400 on its line and column, never answering Infinity", async () => {
    const { status, body } = await failure(fixture("synthetic-bad-1e400.csv"));
    expect(status).toBe(422);
    expect(body.errors).toEqual([
      {
        line: 3,
        column: 4,
        message: 'line 3, column 4 (Value): "1e400" is too large to be a number (it would be infinite)',
      },
    ]);
  });

  it("treats a formula as text, which is not a value", async () => {
    const { body } = await failure(fixture("synthetic-bad-formula.csv"));
    expect(body.errors).toEqual([
      {
        line: 3,
        column: 4,
        message:
          'line 3, column 4 (Value): "=SUM(D2)" is a spreadsheet formula, not a value; export the values rather than the formulas',
      },
    ]);
  });

  it("rejects the year 20O8 in a year column on its line and column", async () => {
    const { body } = await failure(fixture("synthetic-bad-year-typo-tidy.csv"));
    expect(body.errors).toEqual([
      {
        line: 3,
        column: 3,
        message:
          'line 3, column 3 (Year): "20O8" is not a year (expected e.g. 2008, 2008M2, 2008Q1, 2008-02 or the fiscal year 2008-09, between 1800 and 2100).',
      },
    ]);
  });

  it("rejects the year 20O8 among year headers on line 1 and its column", async () => {
    const { body } = await failure(fixture("synthetic-bad-year-typo-wide.csv"));
    expect(body.errors).toEqual([
      {
        line: 1,
        column: 5,
        message: 'line 1, column 5: "20O8" is not a year, but it sits among the year columns (expected e.g. 2008).',
      },
    ]);
  });

  it("counts lines across quoted line breaks when placing an error", async () => {
    const text = 'Reporter,Note,Year,Value\nPakistan,"two\nlines",2018,1\nPakistan,"x",2019,=A1\n';
    const { body } = await failure(text);
    expect(body.errors[0]).toMatchObject({ line: 4, column: 4 });
  });

  it("lists at most maxErrors problems and says reading stopped", async () => {
    const rows = Array.from({ length: 10 }, (_, index) => `Pakistan,${2000 + index},=A${index}`).join("\n");
    const { body } = await failure(`Reporter,Year,Value\n${rows}\n`, { limits: { maxErrors: 3 } });
    expect(body.errors.map((error) => error.line)).toEqual([2, 3, 4]);
    expect(body.error).toMatch(/^The file could not be read: reading stopped after 3 problems\./);
  });
});

describe("limits", () => {
  it("answers 413 for a stream larger than 50 MB, without reading it all", async () => {
    // Rows of about 100 bytes, so the size limit comes before the row limit.
    const header = new TextEncoder().encode("Reporter,Note,Year,Value\n");
    const megabyte = new TextEncoder().encode(`Pakistan,${"x".repeat(80)},2020,1\n`.repeat(10_000));
    let yielded = 0;
    async function* upload(): AsyncGenerator<Uint8Array> {
      yield header;
      for (let index = 0; index < 60; index++) {
        yielded++;
        yield megabyte;
      }
    }
    const { status, body } = await failure(upload());
    expect(status).toBe(413);
    expect(body.error).toBe(
      "The file is larger than 50 MB, the most the importer accepts. Upload a smaller extract (fewer years, reporters or products).",
    );
    expect(yielded).toBeLessThan(60);
  });

  it("answers 413 for text beyond the size limit", async () => {
    const { status } = await failure("Year,Value\n2020,1\n", { limits: { maxFileBytes: 10 } });
    expect(status).toBe(413);
  });

  it("answers 422 beyond the row limit, naming it", async () => {
    const { status, body } = await failure("Year,Value\n2018,1\n2019,2\n2020,3\n", { limits: { maxRows: 3 } });
    expect(status).toBe(422);
    expect(body.error).toBe(
      "The file has more than 3 rows, the most the importer reads (line 4 is beyond it). Download fewer years, reporters or products.",
    );
  });

  it("answers 422 beyond the parse-time limit, naming it", async () => {
    const rows = Array.from({ length: 100_000 }, (_, index) => `Pakistan,${1900 + (index % 200)},${index}`).join("\n");
    const { status, body } = await failure(`Reporter,Year,Value\n${rows}\n`, { limits: { maxParseMs: 1 } });
    expect(status).toBe(422);
    expect(body.error).toMatch(
      /^Reading the file took longer than 0\.001 s, the most the importer spends on one file\./,
    );
  });

  it("answers 422 beyond the series limit, naming it", async () => {
    const { body } = await failure("Country,Year,Value\nA,2020,1\nB,2020,2\nC,2020,3\n", { limits: { maxSeries: 2 } });
    expect(body.error).toMatch(/^The file holds more than 2 series .*line 4 starts series 3\./);
  });

  it("turns an unexpected failure of the input into a 422, never a thrown error", async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode("Year,Value\n");
      throw new Error("connection reset");
    }
    const { status, body } = await failure(broken());
    expect(status).toBe(422);
    expect(body.error).toContain("unexpected problem");
  });
});
