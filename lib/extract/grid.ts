/*
 * A worksheet as the extraction sees it: a rectangle of cells addressed by
 * 1-based row and column, each a number, a text or empty. The extraction
 * modules work on this shape only, so they are pure and testable with grids
 * written by hand; reading a real workbook into it is `workbook.ts`'s job.
 */

export type Cell = string | number | null;

export type Grid = {
  /** Workbook file name, for messages. */
  file: string;
  sheet: string;
  /** rows[r - 1][c - 1] is the cell at row r, column c; short rows are padded with null when read. */
  rows: Cell[][];
};

export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionError";
  }
}

/** "C7" for row 7, column 3. */
export function cellRef(row: number, column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}

export function cellAt(grid: Grid, row: number, column: number): Cell {
  return grid.rows[row - 1]?.[column - 1] ?? null;
}

/** Stops the extraction naming the file, sheet and cell at fault. */
export function fail(grid: Grid, row: number, column: number, message: string): never {
  throw new ExtractionError(`${grid.file}, sheet "${grid.sheet}", cell ${cellRef(row, column)}: ${message}`);
}

export function textOf(cell: Cell): string | undefined {
  if (typeof cell !== "string") return undefined;
  const trimmed = cell.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function shown(cell: Cell): string {
  return cell === null ? "an empty cell" : JSON.stringify(cell);
}
