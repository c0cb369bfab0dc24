import { strToU8, zipSync, type Zippable } from "fflate";

/*
 * Builds small .xlsx workbooks in tests, part by part, as Excel lays them out: content
 * types, relationships, a workbook listing the sheets, shared strings, styles (style 1 is a
 * date) and one XML part per sheet. Cells are given row by row from column A; a part can
 * also be replaced with any bytes, to make damaged or hostile workbooks.
 */

export type CellSpec =
  | string
  | number
  | null
  | { formula: string; cached?: number | string }
  | { date: number }
  | { inline: string }
  | { bool: boolean }
  | { error: string };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  /** First row number of `rows` (default 1). */
  startRow?: number;
  /** Merged ranges such as "B2:G3". */
  merges?: string[];
  hidden?: boolean;
  /** The sheet's XML instead of one built from `rows`. */
  xml?: string | Uint8Array;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Extra or replaced parts by path, e.g. a DOCTYPE in xl/sharedStrings.xml. */
  parts?: Record<string, string | Uint8Array>;
  /** Stored (0) rather than deflated (default 6). */
  level?: 0 | 1 | 6 | 9;
  date1904?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function columnName(index: number): string {
  let name = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  add(text: string): number {
    const known = this.index.get(text);
    if (known !== undefined) return known;
    this.list.push(text);
    this.index.set(text, this.list.length - 1);
    return this.list.length - 1;
  }

  xml(): string {
    const items = this.list.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(ref: string, cell: CellSpec, strings: SharedStrings): string {
  if (cell === null) return "";
  if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${strings.add(cell)}</v></c>`;
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if ("formula" in cell) {
    const cached =
      cell.cached === undefined
        ? ""
        : typeof cell.cached === "number"
          ? `<v>${cell.cached}</v>`
          : `<v>${escapeXml(cell.cached)}</v>`;
    const type = typeof cell.cached === "string" ? ' t="str"' : "";
    return `<c r="${ref}"${type}><f>${escapeXml(cell.formula)}</f>${cached}</c>`;
  }
  if ("date" in cell) return `<c r="${ref}" s="1"><v>${cell.date}</v></c>`;
  if ("inline" in cell) return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell.inline)}</t></is></c>`;
  if ("bool" in cell) return `<c r="${ref}" t="b"><v>${cell.bool ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="e"><v>${escapeXml(cell.error)}</v></c>`;
}

export function sheetXml(sheet: SheetSpec, strings: SharedStrings): string {
  const start = sheet.startRow ?? 1;
  const rows = sheet.rows
    .map((cells, offset) => {
      const row = start + offset;
      const body = cells.map((cell, column) => cellXml(`${columnName(column)}${row}`, cell, strings)).join("");
      return `<row r="${row}">${body}</row>`;
    })
    .join("");
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The parts of a workbook by path, before zipping; tests may change any of them. */
export function workbookParts(spec: WorkbookSpec): Record<string, string | Uint8Array> {
  const strings = new SharedStrings();
  const sheets = spec.sheets.map((sheet, index) => ({
    ...sheet,
    path: `xl/worksheets/sheet${index + 1}.xml`,
    xmlText: sheet.xml ?? sheetXml(sheet, strings),
  }));
  const overrides = sheets
    .map(
      (sheet) =>
        `<Override PartName="/${sheet.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ""}/><sheets>${sheets
      .map(
        (sheet, index) =>
          `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"${sheet.hidden ? ' state="hidden"' : ""}/>`,
      )
      .join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">${sheets
      .map(
        (sheet, index) =>
          `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": STYLES,
  };
  for (const sheet of sheets) parts[sheet.path] = sheet.xmlText;
  parts["xl/sharedStrings.xml"] = strings.xml();
  return { ...parts, ...spec.parts };
}

export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [path, content] of Object.entries(parts)) {
    files[path] = [typeof content === "string" ? strToU8(content) : content, { level }];
  }
  return zipSync(files);
}

export function buildWorkbook(spec: WorkbookSpec): Uint8Array {
  return zipParts(workbookParts(spec), spec.level ?? 6);
}

/** A DOTS country table as the IMF's portal writes it: title B2 (merged B2:G3), reporter B4, unit B5, years in row 7. */
export function dotsSheet(options: {
  flow: "exports" | "imports";
  reporter: string;
  years: number[];
  partners: Array<[string, Array<number | null>]>;
  yearsAsNumbers?: boolean;
}): SheetSpec {
  const title =
    options.flow === "exports" ? "Exports, FOB to Partner Countries" : "Imports, CIF from Partner Countries";
  const rows: CellSpec[][] = [
    [],
    [null, title],
    [],
    [null, options.reporter],
    [null, "US Dollars, Millions"],
    [],
    [null, null, ...options.years.map((year) => (options.yearsAsNumbers ? year : String(year)))],
    ...options.partners.map(([partner, values]) => [null, partner, ...values]),
  ];
  return {
    name: options.flow === "exports" ? "Exports, FOB" : "Imports, CIF",
    rows,
    merges: ["B2:G3", "B4:G4"],
  };
}
