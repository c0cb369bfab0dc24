import ExcelJS from "exceljs";
import { type Cell, type Grid } from "./grid";

/*
 * Reads a trusted workbook (one committed under data/raw/) into grids, one per
 * sheet. Build-time only: the site never reads workbooks at run time, and this
 * module is imported by the extraction script and its test alone. A merged
 * range keeps its value in its top-left cell only, as Excel stores it.
 */

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "object" && "result" in value) {
    // A formula: use the value Excel saved with it.
    const result = value.result;
    return typeof result === "number" || typeof result === "string" ? result : null;
  }
  if (typeof value === "object" && "richText" in value) return value.richText.map((part) => part.text).join("");
  return String(value);
}

export async function readWorkbook(path: string, file: string): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cell.isMerged && cell.master.address !== cell.address ? null : plain(cell.value);
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
    });
    return { file, sheet: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
  });
}
