import { type SaxesTagPlain } from "saxes";
import { type ParseBudget } from "../budget";
import { failAt } from "../errors";
import { formatCount } from "../limits";
import { scanXml } from "./scan";
import { localName } from "./xml";

/**
 * Streams the rows of one worksheet as text cells, the way a CSV reader would see them:
 * shared and inline strings as their text, numbers as Excel stores them (full precision,
 * decimal point), formulas as their cached values, dates (numbers in a date style) as ISO
 * dates, booleans as TRUE/FALSE, errors as Excel shows them (#N/A). Cells Excel leaves out
 * are empty strings; a row array ends at its last filled cell.
 */

export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
  /** Row and cell elements without a value, one after another; a sheet padded to a million rows is refused. */
  maxEmptyRun: number;
  /** Cell elements of the whole workbook, filled or not. */
  maxCells: number;
  /** Characters in one piece of text or one tag of the sheet's XML. */
  maxRowChars: number;
}

export interface SheetContext {
  sheet: string;
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  limits: SheetLimits;
  budget: ParseBudget;
  /** Cell elements counted so far across the workbook. */
  cells: { count: number };
}

/** Receives every row with a value, with its 1-based row number; may throw to stop. */
export type SheetRowHandler = (fields: string[], row: number) => void;

/** "A" → 0, "Z" → 25, "AA" → 26, "XFD" → 16383; -1 when `ref` has no letters. */
export function columnIndex(ref: string): number {
  let index = 0;
  let letters = 0;
  for (let position = 0; position < ref.length; position++) {
    const code = ref.charCodeAt(position);
    if (code >= 65 && code <= 90) index = index * 26 + (code - 64);
    else if (code >= 97 && code <= 122) index = index * 26 + (code - 96);
    else break;
    letters++;
  }
  return letters === 0 ? -1 : index - 1;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

// Only rows and cells carry attributes the reader needs (r, t, s).
const SHEET_ATTRIBUTES: ReadonlySet<string> = new Set(["row", "c"]);

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel date serial as an ISO date. Excel counts 1900 as a leap year, so serials before
 * 1 March 1900 (61) are one day off from the usual epoch of 30 December 1899.
 */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  const days = Math.floor(serial);
  const time = date1904 ? EPOCH_1904 + days * DAY_MS : EPOCH_1900 + (days < 61 ? days + 1 : days) * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

export async function readSheetRows(
  chunks: Iterable<Uint8Array>,
  context: SheetContext,
  onRow: SheetRowHandler,
): Promise<void> {
  const { limits, sheet } = context;
  let row: string[] = [];
  let rowNumber = 0;
  let rowHasValue = false;
  let column = -1;
  let cellType = "n";
  let cellStyle = 0;
  let cellRef = "";
  let value = "";
  let inValue = false;
  let inInline = false;
  let hasValue = false;
  let emptyRun = 0;
  let rowsSeen = 0;

  const where = (ref: string) => `sheet ${JSON.stringify(sheet)}, cell ${ref}`;

  const countEmpty = () => {
    if (++emptyRun > limits.maxEmptyRun) {
      throw failAt(
        rowNumber,
        null,
        `sheet ${JSON.stringify(sheet)}, row ${formatCount(rowNumber)}: more than ${formatCount(limits.maxEmptyRun)} empty rows or cells in a row, the most the importer walks through. Delete the empty rows and columns after the table (Excel: select them, right-click, Delete) and save again.`,
      );
    }
  };

  const openRow = (tag: SaxesTagPlain) => {
    const stated = Number(tag.attributes.r);
    rowNumber = Number.isInteger(stated) && stated > rowNumber ? stated : rowNumber + 1;
    if (++rowsSeen > limits.maxRows || rowNumber > limits.maxRows) {
      throw failAt(
        rowNumber,
        null,
        `sheet ${JSON.stringify(sheet)}, row ${formatCount(rowNumber)}: the sheet has more than ${formatCount(limits.maxRows)} rows, the most the importer reads.`,
      );
    }
    row = [];
    rowHasValue = false;
    column = -1;
  };

  const openCell = (tag: SaxesTagPlain) => {
    if (++context.cells.count > limits.maxCells) {
      throw failAt(
        rowNumber,
        null,
        `sheet ${JSON.stringify(sheet)}, row ${rowNumber}: the workbook has more than ${formatCount(limits.maxCells)} cells, the most the importer reads. Save a smaller extract.`,
      );
    }
    // The scanner keeps attribute names as written; SpreadsheetML never prefixes r, t and s.
    const ref = tag.attributes.r;
    const stated = ref ? columnIndex(ref) : -1;
    column = stated >= 0 ? stated : column + 1;
    cellRef = ref ?? `${columnLetters(column)}${rowNumber}`;
    cellType = tag.attributes.t ?? "n";
    cellStyle = Number(tag.attributes.s ?? 0);
    value = "";
    hasValue = false;
  };

  const closeCell = () => {
    if (!hasValue) {
      countEmpty();
      return;
    }
    const text = cellText();
    if (text === "") {
      countEmpty();
      return;
    }
    if (column >= limits.maxColumns) {
      throw failAt(
        rowNumber,
        column + 1,
        `${where(cellRef)}: the sheet has values in column ${columnLetters(column)} (column ${formatCount(column + 1)}); the importer reads at most ${formatCount(limits.maxColumns)} columns.`,
      );
    }
    emptyRun = 0;
    while (row.length < column) row.push("");
    row[column] = text;
    rowHasValue = true;
  };

  const cellText = (): string => {
    switch (cellType) {
      case "s": {
        const index = Number(value);
        const shared = context.sharedStrings[index];
        if (shared === undefined) {
          throw failAt(
            rowNumber,
            column + 1,
            `${where(cellRef)}: the cell points to shared text ${JSON.stringify(value.slice(0, 20))}, which the workbook does not have; the file is damaged.`,
          );
        }
        return shared;
      }
      case "b":
        return value === "1" ? "TRUE" : "FALSE";
      case "str":
      case "inlineStr":
      case "e":
        return value;
      case "d":
        return value.slice(0, 10);
      default: {
        const trimmed = value.trim();
        if (context.dateStyles[cellStyle] && trimmed !== "") {
          return serialToIsoDate(Number(trimmed), context.date1904) ?? trimmed;
        }
        return trimmed;
      }
    }
  };

  await scanXml(
    chunks,
    `the sheet ${JSON.stringify(sheet)}`,
    {
      open(tag) {
        switch (localName(tag.name)) {
          case "row":
            openRow(tag);
            break;
          case "c":
            openCell(tag);
            break;
          case "v":
            inValue = true;
            hasValue = true;
            break;
          case "is":
            inInline = true;
            hasValue = true;
            break;
          case "t":
            // Inline strings keep their text in <is><t>; <t> elsewhere in a sheet is not a cell's.
            if (inInline) inValue = true;
            break;
          case "rPh":
            inValue = false;
            break;
        }
      },
      close(name) {
        switch (localName(name)) {
          case "v":
            inValue = false;
            break;
          case "t":
            if (inInline) inValue = false;
            break;
          case "is":
            inInline = false;
            break;
          case "c":
            closeCell();
            break;
          case "row":
            if (rowHasValue) onRow(row, rowNumber);
            else countEmpty();
            break;
        }
      },
      text(text) {
        if (inValue) value += text;
      },
      wantsText: () => inValue,
    },
    context.budget,
    { maxTokenChars: limits.maxRowChars, attributesOf: SHEET_ATTRIBUTES },
  );
}
