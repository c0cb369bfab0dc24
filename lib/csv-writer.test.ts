import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv-writer";

describe("csvCell", () => {
  it("quotes a field holding a comma", () => {
    expect(csvCell("Korea, Rep.")).toBe('"Korea, Rep."');
  });
  it("doubles quotes inside a quoted field", () => {
    expect(csvCell('the "peanuts" offer')).toBe('"the ""peanuts"" offer"');
  });
  it("quotes a field holding a line break", () => {
    expect(csvCell("first\nsecond")).toBe('"first\nsecond"');
  });
  it.each(["=SUM(A1)", "+1", "-1+2", "@cmd", "\tx", "\rx"])("defuses a text cell starting %j", (value) => {
    expect(csvCell(value).replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it("leaves numbers untouched, negative ones included", () => {
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(411.4)).toBe("411.4");
  });
  it("writes missing values as empty cells", () => {
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a header and CRLF-terminated rows that parse back to the same values", () => {
    const text = toCsv(
      ["id", "note", "value"],
      [
        { id: "a", note: 'says "more than", then\nmore', value: 1000 },
        { id: "b", note: undefined, value: -3 },
      ],
    );
    expect(text.startsWith("id,note,value\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(text.trimEnd(), { newline: "\r\n" }).data;
    expect(parsed).toEqual([
      ["id", "note", "value"],
      ["a", 'says "more than", then\nmore', "1000"],
      ["b", "", "-3"],
    ]);
  });
});
