import { describe, expect, it } from "vitest";
import { formatIssue, formatIssuePlace, readImportResponse } from "./upload";
import { importedSeries, importResult } from "./test-data";

describe("readImportResponse", () => {
  it("reads a 200 answer as a result", () => {
    const result = importResult([
      importedSeries({ id: "a", dimensions: { reporter: { id: "PAK", label: "Pakistan" } } }),
    ]);
    expect(readImportResponse(200, JSON.stringify(result))).toEqual({ kind: "ok", result });
  });

  it("reads a 422 answer with its line-precise errors", () => {
    const body = { error: "The file could not be read", errors: [{ line: 3, column: 3, message: "not a year" }] };
    expect(readImportResponse(422, JSON.stringify(body))).toEqual({ kind: "rejected", status: 422, body });
  });

  it("turns a 413 without a JSON body into a size message", () => {
    const outcome = readImportResponse(413, "<html>Request Entity Too Large</html>");
    expect(outcome).toMatchObject({ kind: "rejected", status: 413 });
  });

  it("fails plainly on a 200 whose body is not a result", () => {
    expect(readImportResponse(200, '{"format":1}')).toMatchObject({ kind: "failed" });
    expect(readImportResponse(200, "")).toMatchObject({ kind: "failed" });
  });

  it("names the status of an unexpected answer", () => {
    expect(readImportResponse(502, "<html>Bad gateway</html>")).toEqual({
      kind: "failed",
      reason: "http",
      status: 502,
      message: "The server answered unexpectedly (HTTP 502). Please try again later.",
    });
  });

  it("says the upload did not reach the server when there was no answer", () => {
    expect(readImportResponse(0, "")).toMatchObject({ kind: "failed", message: /did not reach the server/ });
  });

  it("gives each failure a reason a page can word in its own language", () => {
    expect(readImportResponse(0, "")).toMatchObject({ reason: "offline" });
    expect(readImportResponse(200, "")).toMatchObject({ reason: "incomplete" });
    expect(readImportResponse(504, "")).toMatchObject({ reason: "http", status: 504 });
  });
});

describe("formatIssuePlace", () => {
  it("gives the line and column when both are known", () => {
    expect(formatIssuePlace({ line: 3, column: 2 })).toBe("line 3, column 2");
    expect(formatIssuePlace({ line: 3, column: null })).toBe("line 3");
    expect(formatIssuePlace({ line: null, column: null })).toBe("");
  });
});

describe("formatIssue", () => {
  it("puts the place first unless the message already starts with it", () => {
    expect(formatIssue({ line: 3, column: 3, message: "not a year" })).toBe("line 3, column 3: not a year");
    expect(formatIssue({ line: 3, column: 3, message: "line 3, column 3 (Year): not a year" })).toBe(
      "line 3, column 3 (Year): not a year",
    );
    expect(formatIssue({ line: null, column: null, message: "The file is empty." })).toBe("The file is empty.");
  });
});
