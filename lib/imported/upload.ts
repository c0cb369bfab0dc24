import "./zod";
import { z } from "zod";
import type { DimensionKey, ImportErrorBody, ImportFormatId, ImportIssue, ImportResult } from "../import/types";

/*
 * The browser's side of POST /api/import: sending a file with progress and a
 * way to stop, and reading the answer defensively. The answer normally comes
 * from our own handler, but a proxy in between can answer with an HTML error
 * page or cut a body short, and the page must then say so rather than break.
 */

const issueSchema = z.object({
  line: z.number().nullable(),
  column: z.number().nullable(),
  message: z.string(),
  sheet: z.string().optional(),
});

const dimensionValueSchema = z.object({ id: z.string(), label: z.string() });

const dimensionKeySchema = z.enum([
  "sheet",
  "reporter",
  "partner",
  "flow",
  "indicator",
  "product",
] satisfies DimensionKey[]);

const dimensionsSchema = z.partialRecord(dimensionKeySchema, dimensionValueSchema);

const formatIdSchema = z.enum([
  "wdi",
  "comtrade-legacy",
  "comtrade-plus",
  "imf-dots",
  "imf-dots-table",
  "owid",
  "wits",
  "dashboard-trade",
  "tidy",
  "wide",
] satisfies ImportFormatId[]);

const formatSchema = z.object({ id: formatIdSchema, label: z.string() });

const importResultSchema = z.object({
  format: formatSchema,
  fileName: z.string(),
  series: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      unit: z.string(),
      conversion: z.string(),
      dimensions: dimensionsSchema,
      frequency: z.enum(["annual", "quarterly", "monthly", "mixed"]),
      preselected: z.boolean(),
      points: z.array(
        z.object({
          year: z.number(),
          value: z.number(),
          period: z.string().optional(),
          partial: z.boolean().optional(),
          fiscal: z.boolean().optional(),
        }),
      ),
    }),
  ),
  choices: z.array(
    z.object({
      dimension: dimensionKeySchema,
      label: z.string(),
      values: z.array(dimensionValueSchema.extend({ seriesCount: z.number() })),
    }),
  ),
  warnings: z.array(issueSchema),
  reading: z.object({
    encoding: z.string(),
    delimiter: z.string(),
    decimalSeparator: z.enum([".", ","]),
    headerLine: z.number(),
    dataRows: z.number(),
    sheets: z
      .array(
        z.object({
          name: z.string(),
          format: formatSchema.nullable(),
          headerRow: z.number().nullable(),
          dataRows: z.number(),
          seriesCount: z.number(),
          skipped: z.string().optional(),
        }),
      )
      .optional(),
  }),
});

const errorBodySchema = z.object({ error: z.string(), errors: z.array(issueSchema) });

export type UploadOutcome =
  | { kind: "ok"; result: ImportResult }
  | { kind: "rejected"; status: number; body: ImportErrorBody }
  /**
   * `reason` lets a page say what went wrong in its own language (the English
   * `message` stays for logs and the English page); `status` is set for "http".
   */
  | { kind: "failed"; reason: FailureReason; message: string; status?: number }
  | { kind: "cancelled" };

export type FailureReason = "incomplete" | "offline" | "http" | "timeout";

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Turns the status and body text of an answer from /api/import into an outcome. */
export function readImportResponse(status: number, bodyText: string): UploadOutcome {
  const json = parseJson(bodyText);
  if (status === 200) {
    const parsed = importResultSchema.safeParse(json);
    if (parsed.success) return { kind: "ok", result: parsed.data };
    return {
      kind: "failed",
      reason: "incomplete",
      message: "The server's answer was incomplete or not understood. Please try again.",
    };
  }
  const body = errorBodySchema.safeParse(json);
  if (body.success) return { kind: "rejected", status, body: body.data };
  if (status === 413) {
    return { kind: "rejected", status, body: { error: "The file is larger than the server accepts.", errors: [] } };
  }
  if (status === 0) {
    return {
      kind: "failed",
      reason: "offline",
      message: "The upload did not reach the server. Check the connection and try again.",
    };
  }
  return {
    kind: "failed",
    reason: "http",
    status,
    message: `The server answered unexpectedly (HTTP ${status}). Please try again later.`,
  };
}

/** "line 3, column 3" / "line 3" / "" for an issue's place in the file; in a workbook, "sheet "Data", row 3". */
export function formatIssuePlace(issue: Pick<ImportIssue, "line" | "column" | "sheet">): string {
  if (issue.sheet !== undefined) {
    const sheet = `sheet ${JSON.stringify(issue.sheet)}`;
    if (issue.line === null) return sheet;
    return issue.column === null
      ? `${sheet}, row ${issue.line}`
      : `${sheet}, row ${issue.line}, column ${issue.column}`;
  }
  if (issue.line === null) return "";
  return issue.column === null ? `line ${issue.line}` : `line ${issue.line}, column ${issue.column}`;
}

/** An issue as one line of text, its place first; the importer's messages often name their place already. */
export function formatIssue(issue: ImportIssue): string {
  const place = formatIssuePlace(issue);
  // The importer's messages about a workbook name their sheet and cell already.
  if (place === "" || issue.message.startsWith(place) || issue.message.startsWith("sheet ")) return issue.message;
  return `${place}: ${issue.message}`;
}

export type UploadProgress = { loaded: number; total: number };

export type UploadHandle = { promise: Promise<UploadOutcome>; cancel: () => void };

/**
 * Sends a file as multipart/form-data (field "file"). XMLHttpRequest rather
 * than fetch, because only it reports how much of a request body has been sent.
 */
export function uploadCsv(
  file: File,
  options: { url?: string; onProgress?: (progress: UploadProgress) => void; onUploaded?: () => void } = {},
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadOutcome>((resolve) => {
    xhr.open("POST", options.url ?? "/api/import");
    xhr.responseType = "text";
    xhr.upload.addEventListener("progress", (event) => {
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    });
    xhr.upload.addEventListener("load", () => options.onUploaded?.());
    xhr.addEventListener("load", () => resolve(readImportResponse(xhr.status, xhr.responseText)));
    xhr.addEventListener("error", () => resolve(readImportResponse(0, "")));
    xhr.addEventListener("timeout", () =>
      resolve({
        kind: "failed",
        reason: "timeout",
        message: "The server took too long to answer. Please try again.",
      }),
    );
    xhr.addEventListener("abort", () => resolve({ kind: "cancelled" }));
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
  return { promise, cancel: () => xhr.abort() };
}
