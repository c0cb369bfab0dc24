import { describe, expect, it } from "vitest";
import { ImportFailure } from "./errors";
import { boundaryFrom, findFilePart } from "./multipart";

const BOUNDARY = "----formBoundary7MA4YWxk";

function form(parts: Array<{ name: string; fileName?: string; content: string }>): Buffer {
  const body = parts
    .map((part) => {
      const fileName = part.fileName === undefined ? "" : `; filename="${part.fileName}"`;
      const type = part.fileName === undefined ? "" : "\r\nContent-Type: text/csv";
      return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${fileName}${type}\r\n\r\n${part.content}\r\n`;
    })
    .join("");
  return Buffer.from(`${body}--${BOUNDARY}--\r\n`);
}

async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

async function readAll(bytes: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of bytes) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

describe("boundaryFrom", () => {
  it("reads quoted and unquoted boundaries", () => {
    expect(boundaryFrom(`multipart/form-data; boundary=${BOUNDARY}`)).toBe(BOUNDARY);
    expect(boundaryFrom(`multipart/form-data; boundary="${BOUNDARY}"; charset=utf-8`)).toBe(BOUNDARY);
    expect(boundaryFrom("multipart/form-data")).toBeNull();
  });
});

describe("findFilePart", () => {
  it("streams the file field's bytes exactly, whatever the chunk size", async () => {
    const content = "Year,Value\r\n2019,1\r\n--not-a-boundary\r\n2020,2";
    const body = form([
      { name: "note", content: "ignored" },
      { name: "file", fileName: "trade.csv", content },
    ]);
    for (const size of [1, 7, 64, body.length]) {
      const part = await findFilePart(inChunks(body, size), BOUNDARY, "file");
      expect(part?.fileName).toBe("trade.csv");
      expect(part && (await readAll(part.bytes))).toBe(content);
    }
  });

  it("returns null when the form has no file field", async () => {
    expect(await findFilePart(inChunks(form([{ name: "other", content: "x" }]), 5), BOUNDARY, "file")).toBeNull();
  });

  it("fails with 422 when the body ends inside the file", async () => {
    const truncated = form([{ name: "file", fileName: "a.csv", content: "Year,Value\n2020,1\n" }]).subarray(0, 120);
    const part = await findFilePart(inChunks(truncated, 16), BOUNDARY, "file");
    const error = await readAll(part?.bytes ?? inChunks(Buffer.alloc(0), 1)).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ImportFailure);
    expect((error as ImportFailure).message).toContain("ends inside a part");
  });

  it("fails with 422 when the boundary never occurs", async () => {
    await expect(findFilePart(inChunks(Buffer.from("Year,Value\n"), 4), BOUNDARY, "file")).rejects.toThrow(
      "the boundary given in Content-Type does not occur in the body",
    );
  });
});
