import { describe, expect, it } from "vitest";
import { ParseBudget } from "./budget";
import { chooseEncoding, createDecodeState, decodeBytes, detectBinarySignature } from "./decode";
import { ImportFailure } from "./errors";

const budget = () => new ParseBudget({ maxParseMs: 60_000, maxRequestMs: 60_000 });

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

async function decodeAll(bytes: Uint8Array, chunkSize = 3, maxBytes = 1_000_000) {
  const state = createDecodeState();
  let text = "";
  for await (const piece of decodeBytes(chunksOf(bytes, chunkSize), state, maxBytes, budget())) text += piece;
  return { text, state };
}

function utf16(text: string, byteOrder: "le" | "be", bom = true): Uint8Array {
  const le = Buffer.from((bom ? "\uFEFF" : "") + text, "utf16le");
  if (byteOrder === "le") return le;
  const be = Buffer.alloc(le.length);
  for (let index = 0; index < le.length; index += 2) {
    be[index] = le[index + 1] ?? 0;
    be[index + 1] = le[index] ?? 0;
  }
  return be;
}

describe("chooseEncoding", () => {
  it("follows a byte order mark", () => {
    expect(chooseEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).label).toBe("UTF-8 with BOM");
    expect(chooseEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00])).label).toBe("UTF-16LE with BOM");
    expect(chooseEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x41])).label).toBe("UTF-16BE with BOM");
  });

  it("recognises UTF-16 without a byte order mark by its zero bytes", () => {
    expect(chooseEncoding(utf16("Year,Value\n2019,1\n", "le", false)).encoding).toBe("utf-16le");
    expect(chooseEncoding(utf16("Year,Value\n2019,1\n", "be", false)).encoding).toBe("utf-16be");
  });

  it("falls back to Windows-1252 when the start is not valid UTF-8", () => {
    expect(chooseEncoding(Buffer.from("Saint Barth\xe9lemy,2018\n", "latin1")).label).toBe("Windows-1252");
  });
});

describe("decodeBytes", () => {
  it("decodes UTF-8 with a BOM, dropping the mark, across chunk boundaries inside a character", async () => {
    const { text, state } = await decodeAll(Buffer.from("\uFEFFSaint Barthélemy,Türkiye\n", "utf8"), 1);
    expect(text).toBe("Saint Barthélemy,Türkiye\n");
    expect(state.encoding).toBe("UTF-8 with BOM");
  });

  it("decodes UTF-16LE and UTF-16BE with a BOM", async () => {
    expect((await decodeAll(utf16("Year,Value\r\n2019,1\r\n", "le"))).text).toBe("Year,Value\r\n2019,1\r\n");
    expect((await decodeAll(utf16("Year,Value\n2019,1\n", "be"))).text).toBe("Year,Value\n2019,1\n");
  });

  it("reads Windows-1252 bytes as Western European text", async () => {
    const { text, state } = await decodeAll(Buffer.from([0x42, 0x61, 0x72, 0x74, 0x68, 0xe9, 0x6c, 0x65, 0x6d, 0x79]));
    expect(text).toBe("Barthélemy");
    expect(state.encoding).toBe("Windows-1252");
  });

  it("rejects a PNG image by its signature", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    await expect(decodeAll(png)).rejects.toThrow("The file is a PNG image, not a CSV text file.");
  });

  it("rejects NUL bytes anywhere in a UTF-8 file with their offset", async () => {
    const bytes = Buffer.concat([Buffer.from("Year,Value\n2019,1\n"), Buffer.from([0, 0]), Buffer.from("\n")]);
    await expect(decodeAll(bytes, 4)).rejects.toThrow("NUL byte (at byte 19)");
  });

  it("stops with 413 as soon as the bytes pass the size limit", async () => {
    const error = await decodeAll(Buffer.alloc(100, 0x41), 10, 50).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ImportFailure);
    expect((error as ImportFailure).status).toBe(413);
    expect((error as ImportFailure).message).toContain("larger than 50 bytes");
  });

  it("names common binary formats", () => {
    expect(detectBinarySignature(Buffer.from("PK\u0003\u0004", "latin1"))).toContain("Excel workbook (.xlsx)");
    expect(detectBinarySignature(Buffer.from("%PDF-1.7", "latin1"))).toBe("a PDF document");
    expect(detectBinarySignature(Buffer.from("Year,Value", "latin1"))).toBeNull();
  });
});
