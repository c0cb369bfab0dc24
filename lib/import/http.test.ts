import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POST, runtime } from "@/app/api/import/route";
import { handleImportRequest } from "./http";
import { type ImportErrorBody, type ImportResult } from "./types";

const FIXTURES = new URL("../../tests/fixtures/import/", import.meta.url);
const URL_BASE = "http://localhost/api/import";

// A plain ArrayBuffer-backed copy, which is what Blob and Request bodies accept.
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));

function multipart(content: Uint8Array<ArrayBuffer>, fileName: string, field = "file"): Request {
  const form = new FormData();
  form.append("note", "a field before the file");
  form.append(field, new Blob([content], { type: "text/csv" }), fileName);
  return new Request(URL_BASE, { method: "POST", body: form });
}

function rawBody(content: Uint8Array<ArrayBuffer> | string, query = "", headers: Record<string, string> = {}): Request {
  return new Request(`${URL_BASE}${query}`, {
    method: "POST",
    headers: { "content-type": "text/csv", ...headers },
    body: content,
  });
}

/** A body produced on demand, `megabytes` long, counting the chunks actually read out of `chunksInAll`. */
function streamingRequest(megabytes: number): { request: Request; chunksRead: () => number; chunksInAll: number } {
  const chunk = new TextEncoder().encode(`Pakistan,${"x".repeat(80)},2020,1\n`.repeat(10_000));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("Reporter,Note,Year,Value\n"));
    },
    pull(controller) {
      if (sent * chunk.length >= megabytes * 1024 * 1024) {
        controller.close();
        return;
      }
      sent++;
      controller.enqueue(chunk);
    },
  });
  const request = new Request(URL_BASE, {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: stream,
    duplex: "half",
  } as RequestInit);
  return { request, chunksRead: () => sent, chunksInAll: Math.ceil((megabytes * 1024 * 1024) / chunk.length) };
}

describe("POST /api/import", () => {
  it("runs on Node.js and answers through the shared handler", async () => {
    expect(runtime).toBe("nodejs");
    const response = await POST(rawBody("Year,Value (US$ million)\n2020,1.5\n"));
    expect(response.status).toBe(200);
  });

  it("reads a multipart upload (field file) and names the detected format and file", async () => {
    const response = await handleImportRequest(
      multipart(fixture("samples/wdi/API_NE.EXP.GNFS.CD_DS2_en_csv_v2_3025_head.csv"), "API_NE.EXP.csv"),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as ImportResult;
    expect(body.format).toEqual({ id: "wdi", label: "World Bank WDI bulk download" });
    expect(body.fileName).toBe("API_NE.EXP.csv");
    expect(body.series).toHaveLength(16);
  });

  it("reads a raw text/csv body and takes the name from ?fileName=", async () => {
    const response = await handleImportRequest(
      rawBody(fixture("synthetic/synthetic-tidy-pak-rus-utf16le-bom.csv"), "?fileName=pak-rus.csv"),
    );
    const body = (await response.json()) as ImportResult;
    expect(response.status).toBe(200);
    expect(body.fileName).toBe("pak-rus.csv");
    expect(body.reading.encoding).toBe("UTF-16LE with BOM");
    expect(body.series.filter((series) => series.preselected)).toHaveLength(3);
  });

  it("answers the same series over HTTP as the library does", async () => {
    const content = fixture("synthetic/synthetic-comtrade-plus-pak-rus-monthly.csv");
    const viaForm = (await (await handleImportRequest(multipart(content, "a.csv"))).json()) as ImportResult;
    const viaBody = (await (await handleImportRequest(rawBody(content, "?fileName=a.csv"))).json()) as ImportResult;
    expect(viaForm).toEqual(viaBody);
    expect(viaForm.series[0]?.points).toEqual([
      { year: 2022, value: 198 },
      { year: 2023, value: 66, period: "2023M1–2023M3", partial: true },
    ]);
  });

  it("answers 422 with line-precise errors for a file it cannot read", async () => {
    const response = await handleImportRequest(
      multipart(fixture("synthetic/synthetic-bad-year-typo-tidy.csv"), "bad.csv"),
    );
    expect(response.status).toBe(422);
    const body = (await response.json()) as ImportErrorBody;
    expect(body.errors).toEqual([expect.objectContaining({ line: 3, column: 3 })]);
  });

  it("answers 422 for a PNG sent as the file", async () => {
    const response = await handleImportRequest(multipart(fixture("synthetic/synthetic-bad-image.png"), "chart.png"));
    expect(response.status).toBe(422);
    expect(((await response.json()) as ImportErrorBody).error).toContain("PNG image");
  });

  it("answers 422 for a form without a file field and for a request without a body", async () => {
    const noField = await handleImportRequest(
      multipart(new TextEncoder().encode("Year,Value\n2020,1\n"), "a.csv", "upload"),
    );
    expect(noField.status).toBe(422);
    expect(((await noField.json()) as ImportErrorBody).error).toContain('no field named "file"');
    const noBody = await handleImportRequest(new Request(URL_BASE, { method: "POST" }));
    expect(noBody.status).toBe(422);
    expect(((await noBody.json()) as ImportErrorBody).error).toContain("The request has no body");
  });

  it("answers 413 at once when Content-Length announces more than the limit", async () => {
    const { request, chunksRead } = streamingRequest(60);
    const announced = new Request(request, { headers: { "content-type": "text/csv", "content-length": "62914560" } });
    const response = await handleImportRequest(announced);
    expect(response.status).toBe(413);
    expect(((await response.json()) as ImportErrorBody).error).toBe(
      "The upload is larger than 50 MB, the most the importer accepts. Upload a smaller extract (fewer years, reporters or products).",
    );
    expect(chunksRead()).toBeLessThan(5);
  });

  it("answers 413 for a body that passes 50 MB without announcing its size, and stops reading it", async () => {
    const { request, chunksRead, chunksInAll } = streamingRequest(60);
    const response = await handleImportRequest(request);
    expect(response.status).toBe(413);
    expect(((await response.json()) as ImportErrorBody).error).toContain("larger than 50 MB");
    // About 51 MB is read (the limit plus what the stream had queued), not all 60 MB.
    expect(chunksRead()).toBeLessThanOrEqual(Math.ceil(chunksInAll * (51.5 / 60)));
  });

  it("answers 422 when the upload stalls past the request time limit", async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("Year,Value\n2020,1\n"));
        // Nothing more ever arrives.
      },
    });
    const request = new Request(URL_BASE, {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: stalled,
      duplex: "half",
    } as RequestInit);
    const response = await handleImportRequest(request, { limits: { maxRequestMs: 50 } });
    expect(response.status).toBe(422);
    expect(((await response.json()) as ImportErrorBody).error).toBe(
      "The upload took longer than 0.05 s, the most the importer waits for one file. Try again on a faster connection or with a smaller file.",
    );
  });

  it("answers 413 for a multipart file over a lowered limit", async () => {
    const response = await handleImportRequest(
      multipart(new TextEncoder().encode("Year,Value\n2020,1\n".repeat(100)), "a.csv"),
      {
        limits: { maxFileBytes: 500 },
      },
    );
    expect(response.status).toBe(413);
  });
});
