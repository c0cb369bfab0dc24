import Papa from "papaparse";
import { ExtractionError } from "./grid";

/*
 * Annual averages of the US consumer price index (CPI-U, all items, not
 * seasonally adjusted) from two raw files: BLS's own table, whose published
 * "Avg." column is used as it stands up to 2013, and a monthly series, whose
 * twelve months are averaged from 2014. BLS rounded monthly values to one
 * decimal before 2007, so recomputing early averages from months would move
 * some years (1962: 30.25 against the published 30.2).
 */

export type CpiMethod = "published_average" | "mean_of_12_months";
export type CpiYear = { year: number; cpi: number; method: CpiMethod };

const MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."];

/** Year → { monthly values, published average } from BLS's fixed-width table. */
export function readBlsTable(text: string, file: string): Map<number, { months: number[]; average?: number }> {
  const lines = text.split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => /^\s*Year\s+Jan\./.test(line));
  if (headerIndex < 0) throw new ExtractionError(`${file}: no header line starting "Year Jan."`);
  const header = (lines[headerIndex] ?? "").trim().split(/\s+/);
  const expected = ["Year", ...MONTHS, "Avg."];
  expected.forEach((label, index) => {
    if (header[index] !== label) {
      throw new ExtractionError(
        `${file} line ${headerIndex + 1}: expected column ${index + 1} to be "${label}", found "${header[index] ?? ""}"`,
      );
    }
  });
  const averageColumn = expected.length - 1;
  const years = new Map<number, { months: number[]; average?: number }>();
  lines.slice(headerIndex + 1).forEach((line, offset) => {
    const tokens = line.trim().split(/\s+/);
    if (!/^\d{4}$/.test(tokens[0] ?? "")) return;
    const lineNumber = headerIndex + 2 + offset;
    // The index values (twelve months and the average) come first; the percent changes after them may be negative.
    const numbers = tokens.slice(1, averageColumn + 1).map((token) => {
      if (!/^\d+(\.\d+)?$/.test(token)) {
        throw new ExtractionError(`${file} line ${lineNumber}: "${token}" is not an index value`);
      }
      return Number(token);
    });
    const months = numbers.slice(0, MONTHS.length);
    const average = months.length === MONTHS.length ? numbers[averageColumn - 1] : undefined;
    years.set(Number(tokens[0]), { months, average });
  });
  return years;
}

/** Year → twelve monthly values (undefined where a month is missing) from the `Date,Index` series. */
export function readMonthlyCsv(text: string, file: string): Map<number, (number | undefined)[]> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  for (const column of ["Date", "Index"]) {
    if (!fields.includes(column)) throw new ExtractionError(`${file}: no column "${column}" in the header`);
  }
  const years = new Map<number, (number | undefined)[]>();
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const match = /^(\d{4})-(\d{2})-01$/.exec(row.Date ?? "");
    const value = Number(row.Index);
    if (match === null) throw new ExtractionError(`${file} line ${line}, column Date: "${row.Date}" is not YYYY-MM-01`);
    if (!/^\d+(\.\d+)?$/.test(row.Index ?? "")) {
      throw new ExtractionError(`${file} line ${line}, column Index: "${row.Index}" is not an index value`);
    }
    const year = Number(match[1]);
    const months = years.get(year) ?? new Array<number | undefined>(12).fill(undefined);
    months[Number(match[2]) - 1] = value;
    years.set(year, months);
  });
  return years;
}

export function annualCpi(
  table: ReturnType<typeof readBlsTable>,
  monthly: ReturnType<typeof readMonthlyCsv>,
  options: { from: number; tableUntil: number; files: { table: string; monthly: string } },
): CpiYear[] {
  const result: CpiYear[] = [];
  for (let year = options.from; year <= options.tableUntil; year++) {
    const entry = table.get(year);
    if (entry?.average === undefined) {
      throw new ExtractionError(`${options.files.table}: no published average for ${year}`);
    }
    // The two files must agree month by month where both have the year.
    entry.months.forEach((value, month) => {
      const other = monthly.get(year)?.[month];
      if (other !== value) {
        throw new ExtractionError(
          `${options.files.monthly}: ${year}-${String(month + 1).padStart(2, "0")} is ${other ?? "missing"}, but ${options.files.table} gives ${value}`,
        );
      }
    });
    result.push({ year, cpi: entry.average, method: "published_average" });
  }
  const later = [...monthly.keys()].filter((year) => year > options.tableUntil).sort((a, b) => a - b);
  for (const year of later) {
    const months = monthly.get(year) ?? [];
    // A year without all twelve months has no annual average.
    if (months.some((value) => value === undefined)) continue;
    const sum = months.reduce<number>((total, value) => total + (value ?? 0), 0);
    result.push({ year, cpi: Math.round((sum / 12) * 1000) / 1000, method: "mean_of_12_months" });
  }
  return result;
}
