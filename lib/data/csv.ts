import Papa from "papaparse";
import { type DataIssue } from "./errors";

export type CsvRecord = {
  /** 1-based line of the record's first character in the file. */
  line: number;
  cells: Record<string, string>;
};

export type CsvTable = {
  columns: string[];
  records: CsvRecord[];
};

export type CsvResult = { table: CsvTable; issues: [] } | { table: undefined; issues: DataIssue[] };

type ColumnRule = { name: string; required: boolean };

/**
 * Parses one data file's text into records keyed by column name, checking the
 * header against the file's columns. Line numbers are tracked from papaparse's
 * cursor so that records with quoted line breaks still report the line they
 * start on.
 */
export function parseCsv(text: string, file: string, columns: readonly ColumnRule[]): CsvResult {
  const issues: DataIssue[] = [];
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (source.trim() === "") {
    return { table: undefined, issues: [{ file, message: "the file is empty; expected a header row and data rows" }] };
  }

  const rows: { line: number; fields: string[] }[] = [];
  let lineAtCursor = 1;
  let lastCursor = 0;
  const advanceTo = (cursor: number) => {
    for (let i = lastCursor; i < cursor; i += 1) {
      if (source.charCodeAt(i) === 10) lineAtCursor += 1;
    }
    lastCursor = cursor;
  };

  let rowStart = 0;
  Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    step: (result) => {
      advanceTo(rowStart);
      // Skip leading newlines left over from the previous row's terminator.
      let start = rowStart;
      while (source[start] === "\r" || source[start] === "\n") {
        start += 1;
      }
      advanceTo(start);
      const line = lineAtCursor;
      rowStart = result.meta.cursor;
      for (const error of result.errors) {
        issues.push({ file, line, message: describePapaError(error) });
      }
      const fields = result.data;
      const blank = fields.length === 0 || (fields.length === 1 && (fields[0] ?? "").trim() === "");
      if (!blank) rows.push({ line, fields });
    },
  });

  const [headerRow, ...dataRows] = rows;
  if (headerRow === undefined) {
    return { table: undefined, issues: [{ file, message: "the file has no header row" }] };
  }
  const header = headerRow.fields.map((name) => name.trim());
  const known = new Set(columns.map((column) => column.name));
  const seen = new Set<string>();
  for (const name of header) {
    if (!known.has(name)) {
      issues.push({
        file,
        line: 1,
        column: name === "" ? "(empty)" : name,
        message: `unknown column; expected one of ${[...known].join(", ")}`,
      });
    }
    if (seen.has(name)) issues.push({ file, line: 1, column: name, message: "column appears twice" });
    seen.add(name);
  }
  for (const column of columns) {
    if (column.required && !seen.has(column.name)) {
      issues.push({ file, line: 1, column: column.name, message: "required column is missing from the header" });
    }
  }
  if (dataRows.length === 0) {
    issues.push({ file, message: "the file has a header but no data rows" });
  }

  const records: CsvRecord[] = [];
  for (const row of dataRows) {
    if (row.fields.length !== header.length) {
      issues.push({
        file,
        line: row.line,
        message: `has ${row.fields.length} fields, expected ${header.length} (one per header column); quote any field that holds a comma`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      cells[name] = row.fields[index] ?? "";
    });
    records.push({ line: row.line, cells });
  }

  return issues.length > 0 ? { table: undefined, issues } : { table: { columns: header, records }, issues: [] };
}

function describePapaError(error: Papa.ParseError): string {
  switch (error.code) {
    case "MissingQuotes":
      return "a quoted field is never closed; expected a closing double quote";
    case "InvalidQuotes":
      return "a field has a stray double quote; write a literal quote as two double quotes inside a quoted field";
    default:
      return error.message;
  }
}
