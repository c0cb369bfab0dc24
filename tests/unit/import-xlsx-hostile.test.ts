import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { handleImportRequest } from "@/lib/import/http";
import { type ImportLimits } from "@/lib/import";
import { buildWorkbook, workbookParts, zipParts } from "./xlsx-builder";

/*
 * Workbooks built to hurt: every one must get a JSON 413 or 422 that says what was wrong,
 * within seconds, without a 5xx. Each goes through the HTTP handler as an upload would.
 */

const SECONDS = 5_000;
const DOTS = new Uint8Array(readFileSync(path.join(process.cwd(), "data", "raw", "imf-dots", "DOTS_151.xlsx")));

async function post(bytes: Uint8Array, limits: Partial<ImportLimits> = {}) {
  const started = performance.now();
  const response = await handleImportRequest(
    new Request("http://localhost/api/import?fileName=hostile.xlsx", {
      method: "POST",
      body: new Uint8Array(bytes),
      headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    }),
    { limits },
  );
  const elapsed = performance.now() - started;
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { error: string; errors: Array<{ message: string }> };
  return { status: response.status, body, elapsed };
}

/** A sheet part from a head, `count` copies of a repeated piece, and a tail, deflated (natively, for speed). */
function deflatedSheet(head: string, piece: string, count: number, tail: string): Uint8Array {
  return new Uint8Array(deflateRawSync(Buffer.from(head + piece.repeat(count) + tail), { level: 9 }));
}

/** Puts an already deflated sheet into a workbook by writing the ZIP around it by hand. */
function workbookWithDeflatedSheet(deflated: Uint8Array, declaredSize: number): Uint8Array {
  const parts = workbookParts({ sheets: [{ name: "Data", rows: [] }] });
  delete parts["xl/worksheets/sheet1.xml"];
  const plain = zipSync(
    Object.fromEntries(
      Object.entries(parts).map(([name, text]) => [
        name,
        [typeof text === "string" ? strToU8(text) : text, { level: 0 }],
      ]),
    ),
  );
  return appendDeflatedEntry(plain, "xl/worksheets/sheet1.xml", deflated, declaredSize);
}

/** Rewrites a ZIP with one more, pre-deflated entry (CRC left 0: the reader does not need it). */
function appendDeflatedEntry(zip: Uint8Array, name: string, data: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirStart = view.getUint32(end + 16, true);
  const nameBytes = strToU8(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const localView = new DataView(local.buffer);
  localView.setUint32(0, 0x04034b50, true);
  localView.setUint16(4, 20, true);
  localView.setUint16(8, 8, true);
  localView.setUint32(18, data.length, true);
  localView.setUint32(22, size, true);
  localView.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const centralView = new DataView(central.buffer);
  centralView.setUint32(0, 0x02014b50, true);
  centralView.setUint16(4, 20, true);
  centralView.setUint16(6, 20, true);
  centralView.setUint16(10, 8, true);
  centralView.setUint32(20, data.length, true);
  centralView.setUint32(24, size, true);
  centralView.setUint16(28, nameBytes.length, true);
  centralView.setUint32(42, dirStart, true);
  central.set(nameBytes, 46);
  const entries = zip.subarray(0, dirStart);
  const directory = zip.subarray(dirStart, dirStart + dirSize);
  const shift = local.length + data.length;
  // Existing entries keep their offsets; the new one goes where the directory was.
  const endRecord = zip.slice(end, end + 22);
  const endView = new DataView(endRecord.buffer);
  endView.setUint16(8, count + 1, true);
  endView.setUint16(10, count + 1, true);
  endView.setUint32(12, dirSize + central.length, true);
  endView.setUint32(16, dirStart + shift, true);
  const out = new Uint8Array(entries.length + shift + directory.length + central.length + 22);
  out.set(entries, 0);
  out.set(local, dirStart);
  out.set(data, dirStart + local.length);
  out.set(directory, dirStart + shift);
  out.set(central, dirStart + shift + directory.length);
  out.set(endRecord, dirStart + shift + directory.length + central.length);
  return out;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = "</sheetData></worksheet>";

describe("hostile workbooks", () => {
  it("stops a zip bomb while inflating: 88 MB of cells in a file of a few hundred KB", async () => {
    // Identical empty cells deflate about 1,000 to 1; a real bomb only repeats this further.
    const deflated = deflatedSheet(
      SHEET_HEAD + '<row r="1">',
      '<c r="A1"><v>1</v></c>',
      4_000_000,
      "</row>" + SHEET_TAIL,
    );
    const bomb = workbookWithDeflatedSheet(deflated, 0xffffffff);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const { status, body, elapsed } = await post(bomb);
    expect(status).toBe(413);
    // Stopped soon after the ratio is first checked at 16 MB, not at the end of the entry.
    expect(body.error).toMatch(/inflates more than 250 times its stored size \(stopped at (1[6-9]|2\d)(\.\d)? MB\)/);
    expect(elapsed).toBeLessThan(SECONDS);
  }, 60_000);

  it("stops at the total inflated size when the parts compress like real sheets", async () => {
    const { status, body } = await post(DOTS, { maxInflatedBytes: 256 * 1024 });
    expect(status).toBe(413);
    expect(body.error).toMatch(
      /^The workbook inflates to more than 256 KB of data \(stopped while reading xl\/worksheets\/sheet1.xml\)/,
    );
  });

  it("never expands entity declarations: a billion-laughs sheet is refused", async () => {
    const laughs = [
      '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ""};`.repeat(10)}">`),
      "]>",
    ].join("");
    const xml = `${laughs}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
    const { status, body, elapsed } = await post(buildWorkbook({ sheets: [{ name: "Data", rows: [], xml }] }));
    expect(status).toBe(422);
    expect(body.error).toMatch(/^the sheet "Data" in the workbook declares a document type or entities/);
    expect(elapsed).toBeLessThan(SECONDS);
  });

  it("refuses entity declarations in the shared strings and in the workbook part too", async () => {
    for (const part of ["xl/sharedStrings.xml", "xl/workbook.xml"]) {
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
      const original = parts[part];
      parts[part] = String(original).replace("?>", '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>');
      const { status, body } = await post(zipParts(parts));
      expect(status, part).toBe(422);
      expect(body.error, part).toContain(`${part} in the workbook declares a document type or entities`);
    }
  });

  it("refuses a truncated workbook", async () => {
    const { status, body } = await post(DOTS.slice(0, Math.floor(DOTS.length / 2)));
    expect(status).toBe(422);
    expect(body.error).toMatch(/damaged or cut short: the ZIP directory at its end is missing/);
  });

  it("refuses a workbook whose compressed sheet is damaged", async () => {
    const damaged = DOTS.slice();
    for (let index = 20_000; index < 20_400; index++) damaged[index] = (damaged[index] ?? 0) ^ 0x5a;
    const { status, body } = await post(damaged);
    expect(status).toBe(422);
    expect(body.error).toMatch(/cannot be inflated|not well-formed XML|damaged/);
  });

  it("refuses a ZIP archive that is not a workbook, naming what it is", async () => {
    const plain = zipSync({ "readme.txt": strToU8("hello") });
    expect((await post(plain)).body.error).toBe(
      "The file is a ZIP archive but not an Excel workbook: it has no xl/workbook.xml. Upload an .xlsx workbook or a CSV file.",
    );
    const word = zipSync({ "word/document.xml": strToU8("<w:document/>") });
    expect((await post(word)).body.error).toContain("it is a Word document (.docx).");
  });

  it("refuses a password-protected workbook (an encrypted package in an OLE container)", async () => {
    const header = new Uint8Array(4096);
    header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    header.set(new Uint8Array(Buffer.from("EncryptionInfo\u0000EncryptedPackage", "utf16le")), 1024);
    const { status, body } = await post(header);
    expect(status).toBe(422);
    expect(body.error).toMatch(/^The workbook is protected with a password/);
    header.fill(0, 1024);
    expect((await post(header)).body.error).toMatch(/^The file is an old Excel workbook \(\.xls\)/);
  });

  it("refuses a sheet of a million empty rows quickly", async () => {
    const deflated = deflatedSheet(SHEET_HEAD, "<row/>", 1_000_000, SHEET_TAIL);
    const { status, body, elapsed } = await post(workbookWithDeflatedSheet(deflated, 6_000_000));
    expect(status).toBe(422);
    expect(body.error).toMatch(/^sheet "Data", row 500,001: more than 500,000 empty rows or cells in a row/);
    expect(elapsed).toBeLessThan(SECONDS);
  });

  it("refuses values in 16,384 columns, naming the cell", async () => {
    const cells = Array.from({ length: 16_384 }, (_, column) => column + 1);
    const { status, body, elapsed } = await post(buildWorkbook({ sheets: [{ name: "Wide", rows: [cells, cells] }] }));
    expect(status).toBe(422);
    expect(body.error).toBe(
      'sheet "Wide", cell BXY1: the sheet has values in column BXY (column 2,001); the importer reads at most 2,000 columns.',
    );
    expect(elapsed).toBeLessThan(SECONDS);
  });

  it("refuses an archive of more entries than a workbook has", async () => {
    const files = Object.fromEntries(
      Array.from({ length: 10_001 }, (_, index) => [`f${index}.txt`, new Uint8Array(0)]),
    );
    const { status, body } = await post(zipSync(files));
    expect(status).toBe(422);
    expect(body.error).toMatch(/^The archive holds 10,001 files/);
  });

  it("refuses a workbook over 50 MB with 413 as it arrives", async () => {
    const { status } = await post(DOTS, { maxFileBytes: 100_000, maxRequestBytes: 200_000 });
    expect(status).toBe(413);
  });
});
