import { type Cell, type Grid, cellAt, fail, shown, textOf } from "./grid";

/*
 * Reads one sheet of an IMF Direction of Trade Statistics country table: a
 * title ("Exports, FOB to Partner Countries" or "Imports, CIF from Partner
 * Countries"), the reporter below it, the unit below that, a row of years and
 * one partner per row. Every row and column is found by its label, never by
 * its position, and anything unexpected stops the extraction with the cell at
 * fault: a wrong unit or reporter must never turn into plausible numbers.
 */

export type DotsFlow = "exports" | "imports";
export type DotsValuation = "FOB" | "CIF";

export type DotsSheet = {
  reporter: string;
  flow: DotsFlow;
  valuation: DotsValuation;
  years: number[];
  /** Partner name → year → value in US$ millions, in the sheet's row order. Empty cells are absent. */
  partners: Map<string, Map<number, number>>;
};

const TITLES: Record<string, { flow: DotsFlow; valuation: DotsValuation }> = {
  "Exports, FOB to Partner Countries": { flow: "exports", valuation: "FOB" },
  "Imports, CIF from Partner Countries": { flow: "imports", valuation: "CIF" },
};
const UNIT = "US Dollars, Millions";
const SEARCH_ROWS = 12;

type Position = { row: number; column: number };

type Title = Position & { title: string; flow: DotsFlow; valuation: DotsValuation };

function findTitle(grid: Grid): Title {
  for (let row = 1; row <= Math.min(SEARCH_ROWS, grid.rows.length); row++) {
    const cells = grid.rows[row - 1] ?? [];
    for (let column = 1; column <= cells.length; column++) {
      const text = textOf(cellAt(grid, row, column));
      const kind = text === undefined ? undefined : TITLES[text];
      if (text !== undefined && kind !== undefined) return { row, column, title: text, ...kind };
    }
  }
  return fail(
    grid,
    1,
    1,
    `no title cell "${Object.keys(TITLES).join('" or "')}" in rows 1–${SEARCH_ROWS}; is this a DOTS country table?`,
  );
}

/** The next cell below `from` in the same column that is not empty and does not repeat `skip` (a merged title). */
function nextLabelBelow(grid: Grid, from: Position, skip: string, what: string): Position & { text: string } {
  for (let row = from.row + 1; row <= Math.min(from.row + SEARCH_ROWS, grid.rows.length); row++) {
    const cell = cellAt(grid, row, from.column);
    if (cell === null || (typeof cell === "string" && cell.trim() === "")) continue;
    const text = textOf(cell);
    if (text === skip) continue;
    if (text === undefined) return fail(grid, row, from.column, `expected ${what}, found ${shown(cell)}`);
    return { row, column: from.column, text };
  }
  return fail(grid, from.row + 1, from.column, `expected ${what} below this cell, found none`);
}

function yearOf(cell: Cell): number | undefined {
  const text = typeof cell === "number" ? String(cell) : textOf(cell);
  return text !== undefined && /^(19|20)\d\d$/.test(text) ? Number(text) : undefined;
}

function findYearRow(grid: Grid, below: number): { row: number; firstColumn: number } {
  for (let row = below + 1; row <= Math.min(below + SEARCH_ROWS, grid.rows.length); row++) {
    const cells = grid.rows[row - 1] ?? [];
    const first = cells.findIndex((cell) => yearOf(cell) !== undefined);
    if (first >= 0 && cells.slice(first + 1).some((cell) => yearOf(cell) !== undefined)) {
      return { row, firstColumn: first + 1 };
    }
  }
  return fail(grid, below + 1, 1, `no row of years in the ${SEARCH_ROWS} rows below the unit`);
}

function readYears(grid: Grid, row: number, firstColumn: number): number[] {
  const years: number[] = [];
  const cells = grid.rows[row - 1] ?? [];
  for (let column = firstColumn; column <= cells.length; column++) {
    const cell = cellAt(grid, row, column);
    if (cell === null) break;
    const year = yearOf(cell);
    if (year === undefined) fail(grid, row, column, `expected a year, found ${shown(cell)}`);
    const previous = years.at(-1);
    if (previous !== undefined && year !== previous + 1) {
      fail(
        grid,
        row,
        column,
        `expected the year ${previous + 1} after ${previous}, found ${year}; years must be consecutive`,
      );
    }
    years.push(year);
  }
  return years;
}

function sameValues(a: Map<number, number>, b: Map<number, number>): boolean {
  return a.size === b.size && [...a].every(([year, value]) => b.get(year) === value);
}

export function readDotsSheet(grid: Grid, expected: { reporter: string }): DotsSheet {
  const title = findTitle(grid);
  const reporter = nextLabelBelow(grid, title, title.title, "the reporting country");
  if (reporter.text !== expected.reporter) {
    fail(grid, reporter.row, reporter.column, `expected the reporter "${expected.reporter}", found "${reporter.text}"`);
  }
  const unit = nextLabelBelow(grid, reporter, reporter.text, `the unit "${UNIT}"`);
  if (unit.text !== UNIT) fail(grid, unit.row, unit.column, `expected the unit "${UNIT}", found "${unit.text}"`);
  const header = findYearRow(grid, unit.row);
  const years = readYears(grid, header.row, header.firstColumn);

  const partners = new Map<string, Map<number, number>>();
  const firstRowOf = new Map<string, number>();
  for (let row = header.row + 1; row <= grid.rows.length; row++) {
    const name = textOf(cellAt(grid, row, title.column));
    if (name === undefined) continue;
    const values = new Map<number, number>();
    years.forEach((year, index) => {
      const column = header.firstColumn + index;
      const cell = cellAt(grid, row, column);
      if (cell === null || (typeof cell === "string" && cell.trim() === "")) return;
      if (typeof cell !== "number" || !Number.isFinite(cell)) {
        fail(grid, row, column, `expected a number in US$ millions for ${name} in ${year}, found ${shown(cell)}`);
      }
      if (cell < 0) fail(grid, row, column, `expected 0 or more for ${name} in ${year}, found ${cell}`);
      values.set(year, cell);
    });
    const earlier = partners.get(name);
    if (earlier !== undefined) {
      // The IMF's tables list a partner twice when it heads a group and sits in it
      // (Australia): the same figures twice are one partner; different ones are an error.
      if (!sameValues(earlier, values)) {
        fail(
          grid,
          row,
          title.column,
          `"${name}" appears again (first on row ${firstRowOf.get(name)}) with other figures`,
        );
      }
      continue;
    }
    partners.set(name, values);
    firstRowOf.set(name, row);
  }
  return { reporter: reporter.text, flow: title.flow, valuation: title.valuation, years, partners };
}
