import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/import/route";
import { handleImportRequest } from "@/lib/import/http";
import { buildWorkbook, dotsSheet, workbookParts, zipParts } from "./xlsx-builder";

/*
 * Property-based fuzzing of POST /api/import with malformed files: real portal
 * downloads cut, spliced, re-encoded and sprinkled with junk, plain junk, and
 * broken multipart envelopes. The contract: never a 5xx, never a throw, every
 * answer JSON, and every answer other than 200 carries an `error` string.
 */

const NUM_RUNS = Number(process.env.IMPORT_FUZZ_RUNS ?? 1_200);
const SAMPLES_DIR = path.join(process.cwd(), "tests", "fixtures", "import", "samples");

function sampleFiles(dir: string): Uint8Array[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sampleFiles(full);
    return entry.name.endsWith(".csv") ? [new Uint8Array(readFileSync(full))] : [];
  });
}

const SAMPLES = sampleFiles(SAMPLES_DIR);
const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

const sample = fc.constantFrom(...SAMPLES);
const junkText = fc.string({
  unit: fc.constantFrom(
    ",",
    ";",
    "\t",
    '"',
    "\r",
    "\n",
    "\r\n",
    "1",
    "-",
    ".",
    "e",
    "x",
    " ",
    "é",
    "\u0000",
    "\uFEFF",
    "💥",
  ),
  maxLength: 200,
});
const junkBytes = fc.uint8Array({ maxLength: 400 });

/** One change to a real file: the kinds of damage uploads arrive with. */
const mutation: fc.Arbitrary<(file: Uint8Array) => Uint8Array> = fc.oneof(
  fc.nat().map((at) => (file: Uint8Array) => file.slice(0, at % (file.length + 1))),
  fc.tuple(fc.nat(), junkBytes).map(([at, junk]) => (file: Uint8Array) => {
    const cut = at % (file.length + 1);
    return concat(file.slice(0, cut), junk, file.slice(cut));
  }),
  fc.tuple(fc.nat(), junkText).map(([at, junk]) => (file: Uint8Array) => {
    const cut = at % (file.length + 1);
    return concat(file.slice(0, cut), bytesOf(junk), file.slice(cut));
  }),
  fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })
    .map((flips) => (file: Uint8Array) => {
      const out = file.slice();
      for (const [at, byte] of flips) if (out.length > 0) out[at % out.length] = byte;
      return out;
    }),
  // An unbalanced quote swallows the rest of the file into one field.
  fc.nat().map((at) => (file: Uint8Array) => {
    const cut = at % (file.length + 1);
    return concat(file.slice(0, cut), bytesOf('"'), file.slice(cut));
  }),
  // The same text in UTF-16 with a byte-order mark, as some spreadsheets save it.
  fc.constant((file: Uint8Array) => {
    const text = new TextDecoder().decode(file);
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      out[2 + i * 2] = code & 0xff;
      out[3 + i * 2] = code >> 8;
    }
    return out;
  }),
  fc.constant((file: Uint8Array) => concat(bytesOf("\uFEFF\uFEFF"), file)),
  fc.constant((file: Uint8Array) => new TextEncoder().encode(new TextDecoder().decode(file).replace(/,/g, ";"))),
  fc.constant((file: Uint8Array) => new TextEncoder().encode(new TextDecoder().decode(file).split(/\r?\n/)[0] ?? "")),
);

const malformedFile = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(sample, fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([file, steps]) => steps.reduce((out, step) => step(out), file)),
  },
  { weight: 2, arbitrary: junkText.map(bytesOf) },
  { weight: 1, arbitrary: junkBytes },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("", "\n", "\r\n\r\n", ",", "year", "year,value", "year,value\n", '"', "\uFEFF")
      .map(bytesOf),
  },
);

type Envelope = "raw" | "multipart" | "multipart-wrong-field" | "multipart-no-boundary" | "multipart-broken";

function requestFor(file: Uint8Array, envelope: Envelope, fileName: string): Request {
  const url = "http://localhost/api/import";
  if (envelope === "raw") {
    return new Request(url, {
      method: "POST",
      // A copy, so the body is backed by a plain ArrayBuffer as fetch's types require.
      body: new Uint8Array(file),
      headers: { "content-type": "text/csv", "x-file-name": encodeURIComponent(fileName) },
    });
  }
  const boundary = "----fuzzboundary7MA4YWxkTrZu0gW";
  const field = envelope === "multipart-wrong-field" ? "upload" : "file";
  const head = bytesOf(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName.replace(/["\r\n]/g, "_")}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = envelope === "multipart-broken" ? new Uint8Array() : bytesOf(`\r\n--${boundary}--\r\n`);
  const contentType =
    envelope === "multipart-no-boundary" ? "multipart/form-data" : `multipart/form-data; boundary=${boundary}`;
  return new Request(url, { method: "POST", body: concat(head, file, tail), headers: { "content-type": contentType } });
}

async function expectContract(response: Response, what: string) {
  expect(response.status, what).toBeLessThan(500);
  expect(response.headers.get("content-type"), what).toMatch(/^application\/json/);
  const body = (await response.json()) as { error?: unknown; series?: unknown };
  if (response.status === 200) expect(Array.isArray(body.series), what).toBe(true);
  else {
    expect(typeof body.error, what).toBe("string");
    expect((body.error as string).length, what).toBeGreaterThan(0);
  }
}

describe("POST /api/import under fuzzing", () => {
  it("has real portal files to start from", () => {
    expect(SAMPLES.length).toBeGreaterThan(5);
  });

  it(`answers ${NUM_RUNS} malformed files without a 5xx, every answer JSON`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        malformedFile,
        fc.constantFrom<Envelope>(
          "raw",
          "raw",
          "multipart",
          "multipart",
          "multipart-wrong-field",
          "multipart-no-boundary",
          "multipart-broken",
        ),
        fc.oneof(fc.constantFrom("data.csv", "", "../../etc/passwd", "a\u0000b.csv"), fc.string({ maxLength: 300 })),
        async (file, envelope, fileName) => {
          const response = await POST(requestFor(file, envelope, fileName));
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          await expectContract(response, `${envelope}, ${file.length} bytes`);
        },
      ),
      { numRuns: NUM_RUNS },
    );
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 422]));
  }, 300_000);

  it("answers an upload over the size limit with a JSON 413", async () => {
    await fc.assert(
      fc.asyncProperty(malformedFile, fc.constantFrom<Envelope>("raw", "multipart"), async (file, envelope) => {
        const oversized = concat(file, new Uint8Array(2048).fill(0x2c));
        const response = await handleImportRequest(requestFor(oversized, envelope, "big.csv"), {
          limits: { maxFileBytes: 1024, maxRequestBytes: 1024 + 512 },
        });
        expect(response.status).toBe(413);
        await expectContract(response, "oversized");
      }),
      { numRuns: 50 },
    );
  });
});

/*
 * Workbooks: small .xlsx files built part by part, damaged at the archive level (cut,
 * bytes flipped, junk spliced in) or with a sheet's XML replaced by random markup. The
 * same contract holds: never a 5xx, every error JSON with what was wrong.
 */
const WORKBOOK_RUNS = Number(process.env.IMPORT_FUZZ_WORKBOOK_RUNS ?? 300);

const BASE_WORKBOOKS = [
  buildWorkbook({
    sheets: [
      dotsSheet({
        flow: "exports",
        reporter: "Pakistan",
        years: [2018, 2019, 2020],
        partners: [
          ["World", [23000, 23800, 22200]],
          ["Russian Federation", [150.4, 144.1, 146.2]],
        ],
      }),
    ],
  }),
  buildWorkbook({
    sheets: [
      {
        name: "Data",
        rows: [
          ["Year", "Exports (US$ million)"],
          [2019, 1],
          [2020, { formula: "B2*2", cached: 2 }],
        ],
      },
      { name: "Notes", rows: [["Source: made up"]] },
    ],
  }),
];

const xmlPiece = fc.constantFrom(
  "<row>",
  "</row>",
  '<row r="2">',
  '<c r="B2">',
  '<c r="XFD1048576" t="s">',
  "</c>",
  "<v>1</v>",
  "<v>",
  "</v>",
  '<c t="inlineStr"><is><t>',
  "</t></is>",
  "&amp;",
  "&lol;",
  "&#0;",
  "<!DOCTYPE x>",
  '<!ENTITY e "e">',
  "<![CDATA[",
  "]]>",
  "<!--",
  "-->",
  "<?pi?>",
  '"',
  ">",
  "<",
  "\u0000",
  "💥",
  "2019",
);
const randomSheetXml = fc
  .array(xmlPiece, { maxLength: 60 })
  .map(
    (pieces) =>
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${pieces.join("")}</sheetData></worksheet>`,
  );

const damagedWorkbook = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...BASE_WORKBOOKS), fc.array(mutation, { minLength: 1, maxLength: 2 }))
      .map(([file, steps]) => steps.reduce((out, step) => step(out), file)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(randomSheetXml, fc.constantFrom(0, 6) as fc.Arbitrary<0 | 6>)
      .map(([xml, level]) => buildWorkbook({ sheets: [{ name: "Data", rows: [], xml }], level })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml", "_rels/.rels"), randomSheetXml)
      .map(([part, xml]) => {
        const parts = workbookParts({
          sheets: [
            {
              name: "Data",
              rows: [
                ["Year", "Value"],
                [2020, 1],
              ],
            },
          ],
        });
        parts[part] = xml;
        return zipParts(parts);
      }),
  },
);

describe("POST /api/import under fuzzing with workbooks", () => {
  it(`answers ${WORKBOOK_RUNS} damaged workbooks without a 5xx, every answer JSON`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(damagedWorkbook, fc.constantFrom<Envelope>("raw", "multipart"), async (file, envelope) => {
        const response = await POST(requestFor(file, envelope, "book.xlsx"));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        // The catch-all answer would mean the reader met a case it does not handle.
        const text = await response.clone().text();
        expect(text, "an unhandled case").not.toContain("unexpected problem");
        await expectContract(response, `${envelope}, ${file.length} bytes`);
      }),
      { numRuns: WORKBOOK_RUNS },
    );
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 422]));
  }, 300_000);
});
