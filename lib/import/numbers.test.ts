import { describe, expect, it } from "vitest";
import { detectNumberStyle, isInvalidNumber, looksExcelRounded, parseNumber, roundToPrecision } from "./numbers";

const point = { decimalSeparator: "." } as const;
const comma = { decimalSeparator: "," } as const;

describe("parseNumber", () => {
  it("reads plain numbers, signs, decimals and E-notation", () => {
    expect(parseNumber("2715997517261", point)).toBe(2715997517261);
    expect(parseNumber("-12.5", point)).toBe(-12.5);
    expect(parseNumber("+3", point)).toBe(3);
    expect(parseNumber("1.03198E+11", point)).toBe(103198000000);
    expect(parseNumber(" 42 ", point)).toBe(42);
  });

  it("reads thousands separators in decimal-point style", () => {
    expect(parseNumber("1,234,567.5", point)).toBe(1234567.5);
    expect(parseNumber("1 234 567", point)).toBe(1234567);
    expect(parseNumber("1\u00a0234", point)).toBe(1234);
    expect(parseNumber("1'234.5", point)).toBe(1234.5);
  });

  it("reads decimal commas and dot or space thousands separators in decimal-comma style", () => {
    expect(parseNumber("100,5", comma)).toBe(100.5);
    expect(parseNumber("1.110,25", comma)).toBe(1110.25);
    expect(parseNumber("1 110,25", comma)).toBe(1110.25);
    expect(parseNumber("1,03198E+11", comma)).toBe(103198000000);
    expect(parseNumber("400", comma)).toBe(400);
  });

  it("returns null for every missing-value marker", () => {
    for (const marker of [
      "",
      "  ",
      "..",
      "...",
      ":",
      "-",
      "–",
      "—",
      "n/a",
      "N/A",
      "NA",
      "n.a.",
      "NaN",
      "null",
      "#N/A",
    ]) {
      expect(parseNumber(marker, point), marker).toBeNull();
    }
  });

  it("rejects a number too large to be finite instead of returning Infinity", () => {
    const cell = parseNumber("1e400", point);
    expect(isInvalidNumber(cell)).toBe(true);
    expect(cell).toEqual({ problem: expect.stringContaining("too large") });
    expect(parseNumber("-1e400", comma)).toEqual({ problem: expect.stringContaining("too large") });
  });

  it("treats a formula as text, not as a value", () => {
    expect(parseNumber("=SUM(A1)", point)).toEqual({ problem: expect.stringContaining("spreadsheet formula") });
  });

  it("rejects text, misplaced separators and Infinity spelled out", () => {
    for (const raw of ["abc", "12abc", "1,23", "Infinity", "0x10", "1.2.3"]) {
      expect(isInvalidNumber(parseNumber(raw, point)), raw).toBe(true);
    }
  });
});

describe("detectNumberStyle", () => {
  it("chooses the decimal comma when cells like 100,5 or 1.234,5 outnumber decimal points", () => {
    expect(detectNumberStyle(["100,5", "1.110,25", "400"], ";")).toEqual(comma);
  });

  it("chooses the decimal point for 1.5 and 1,234.5", () => {
    expect(detectNumberStyle(["1.5", "1,234.5", "Pakistan"], ",")).toEqual(point);
  });

  it("reads ambiguous 1,234 as a decimal comma only in a semicolon file", () => {
    expect(detectNumberStyle(["1,234", "2,500"], ";")).toEqual(comma);
    expect(detectNumberStyle(["1,234", "2,500"], ",")).toEqual(point);
  });
});

describe("looksExcelRounded", () => {
  it("recognises the six-digit E-notation Excel writes for large numbers", () => {
    expect(looksExcelRounded("1.03198E+11")).toBe(true);
    expect(looksExcelRounded("2.1381E+11")).toBe(true);
    expect(looksExcelRounded("1.0319812345E+11")).toBe(false);
    expect(looksExcelRounded("103198000000")).toBe(false);
  });
});

describe("roundToPrecision", () => {
  it("removes floating-point noise but keeps 15 significant digits", () => {
    expect(roundToPrecision(0.1 + 0.2)).toBe(0.3);
    expect(roundToPrecision(1121229050.27933 / 1e6)).toBe(1121.22905027933);
  });
});
