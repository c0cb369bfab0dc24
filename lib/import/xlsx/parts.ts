import { type ParseBudget } from "../budget";
import { ImportFailure, failAt } from "../errors";
import { formatCount } from "../limits";
import { type InflateBudget, type ZipEntry, NOT_A_WORKBOOK_HINT, inflateEntry } from "./zip";
import { attribute, localName, parseXml } from "./xml";

/**
 * The small parts of a workbook, read before its sheets: where the workbook part is
 * (_rels/.rels), its sheets in tab order and their files (xl/workbook.xml and its rels),
 * which cell styles are dates (xl/styles.xml) and the shared strings.
 */

export interface SheetRef {
  name: string;
  path: string;
  hidden: boolean;
}

export interface WorkbookParts {
  sheets: SheetRef[];
  /** Dates count from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  /** Cell style index → true when its number format shows a date. */
  dateStyles: boolean[];
  sharedStrings: string[];
}

export interface PartReader {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  inflate: InflateBudget;
  budget: ParseBudget;
}

export interface PartLimits {
  maxSharedStrings: number;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;

function notAWorkbook(detail: string): ImportFailure {
  return failAt(
    null,
    null,
    `The file is a ZIP archive but not an Excel workbook: ${detail} Upload an .xlsx workbook or a CSV file.`,
  );
}

function entryFor(reader: PartReader, path: string): ZipEntry | undefined {
  // Part names are case-insensitive in the packaging convention; most writers keep the case.
  const direct = reader.entries.get(path);
  if (direct) return direct;
  const lower = path.toLowerCase();
  for (const [name, entry] of reader.entries) if (name.toLowerCase() === lower) return entry;
  return undefined;
}

export function partChunks(reader: PartReader, path: string): Iterable<Uint8Array> | null {
  const entry = entryFor(reader, path);
  return entry ? inflateEntry(reader.bytes, entry, reader.inflate) : null;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Relationship {
  type: string;
  target: string;
}

function readRelationships(reader: PartReader, part: string): Map<string, Relationship> {
  const path = relsPathOf(part);
  const chunks = partChunks(reader, path);
  const relationships = new Map<string, Relationship>();
  if (!chunks) return relationships;
  parseXml(
    chunks,
    path,
    {
      open(tag) {
        if (localName(tag.name) !== "Relationship") return;
        const id = attribute(tag, "Id");
        const target = attribute(tag, "Target");
        if (id && target && attribute(tag, "TargetMode") !== "External") {
          relationships.set(id, { type: attribute(tag, "Type") ?? "", target: resolveTarget(part, target) });
        }
      },
      close() {},
      text() {},
    },
    reader.budget,
  );
  return relationships;
}

function findWorkbookPath(reader: PartReader): string {
  const root = readRelationships(reader, "");
  for (const relationship of root.values()) if (OFFICE_DOCUMENT.test(relationship.type)) return relationship.target;
  if (entryFor(reader, "xl/workbook.xml")) return "xl/workbook.xml";
  if (entryFor(reader, "word/document.xml")) throw notAWorkbook("it is a Word document (.docx).");
  if (entryFor(reader, "ppt/presentation.xml")) throw notAWorkbook("it is a PowerPoint presentation (.pptx).");
  if (entryFor(reader, "content.xml")) {
    throw notAWorkbook("it is an OpenDocument file (.ods or similar); save it as .xlsx or CSV.");
  }
  throw notAWorkbook("it has no xl/workbook.xml.");
}

// Built-in number formats that show dates (ECMA-376 §18.8.30, and the East Asian ones Excel maps there).
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** True for a custom format code that shows a date: d, m or y outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "");
  if (/[dy]/i.test(bare)) return true;
  // "m" alone is a month; beside h or s it is minutes of a time.
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

function readDateStyles(reader: PartReader, path: string | undefined): boolean[] {
  const chunks = path ? partChunks(reader, path) : null;
  if (!chunks || !path) return [];
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml(
    chunks,
    path,
    {
      open(tag) {
        const name = localName(tag.name);
        if (name === "numFmt") {
          custom.set(Number(attribute(tag, "numFmtId")), isDateFormatCode(attribute(tag, "formatCode") ?? ""));
        } else if (name === "cellXfs") {
          inCellXfs = true;
        } else if (name === "xf" && inCellXfs) {
          const id = Number(attribute(tag, "numFmtId") ?? 0);
          styles.push(custom.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
        }
      },
      close(name) {
        if (localName(name) === "cellXfs") inCellXfs = false;
      },
      text() {},
    },
    reader.budget,
  );
  return styles;
}

function readSharedStrings(reader: PartReader, path: string | undefined, limits: PartLimits): string[] {
  const chunks = path ? partChunks(reader, path) : null;
  if (!chunks || !path) return [];
  const strings: string[] = [];
  let current = "";
  let inItem = false;
  let inText = false;
  // Phonetic guides (<rPh>) repeat a reading of the text; they are not part of it.
  let inPhonetic = false;
  parseXml(
    chunks,
    path,
    {
      open(tag) {
        const name = localName(tag.name);
        if (name === "si") {
          inItem = true;
          current = "";
        } else if (name === "t" && inItem && !inPhonetic) inText = true;
        else if (name === "rPh") inPhonetic = true;
      },
      close(name) {
        const local = localName(name);
        if (local === "t") inText = false;
        else if (local === "rPh") inPhonetic = false;
        else if (local === "si") {
          inItem = false;
          if (strings.length >= limits.maxSharedStrings) {
            throw failAt(
              null,
              null,
              `The workbook holds more than ${formatCount(limits.maxSharedStrings)} different texts, the most the importer reads. Save a smaller extract, or the sheet as CSV.`,
            );
          }
          strings.push(current);
        }
      },
      text(text) {
        if (inText) current += text;
      },
    },
    reader.budget,
  );
  return strings;
}

/** Reads everything but the sheets; throws 422 for an archive that is not a workbook. */
export function readWorkbookParts(reader: PartReader, limits: PartLimits): WorkbookParts {
  const workbookPath = findWorkbookPath(reader);
  const workbookChunks = partChunks(reader, workbookPath);
  if (!workbookChunks) throw notAWorkbook(`the workbook part ${workbookPath} it names is missing.`);
  const relationships = readRelationships(reader, workbookPath);
  const listed: Array<{ name: string; id: string; hidden: boolean }> = [];
  let date1904 = false;
  parseXml(
    workbookChunks,
    workbookPath,
    {
      open(tag) {
        const name = localName(tag.name);
        if (name === "workbookPr") {
          const value = attribute(tag, "date1904");
          date1904 = value === "1" || value === "true";
        } else if (name === "sheet") {
          listed.push({
            name: attribute(tag, "name") ?? `Sheet${listed.length + 1}`,
            id: attribute(tag, "id") ?? "",
            hidden: (attribute(tag, "state") ?? "visible") !== "visible",
          });
        }
      },
      close() {},
      text() {},
    },
    reader.budget,
  );

  const sheets: SheetRef[] = [];
  for (const sheet of listed) {
    const relationship = relationships.get(sheet.id);
    // Chart sheets and dialog sheets have other relationship types and no cells.
    if (relationship && WORKSHEET.test(relationship.type)) {
      sheets.push({ name: sheet.name, path: relationship.target, hidden: sheet.hidden });
    }
  }
  if (sheets.length === 0) throw notAWorkbook("its workbook lists no worksheets.");
  const typed = (pattern: RegExp) => [...relationships.values()].find((item) => pattern.test(item.type))?.target;
  return {
    sheets,
    date1904,
    dateStyles: readDateStyles(reader, typed(STYLES)),
    sharedStrings: readSharedStrings(reader, typed(SHARED_STRINGS), limits),
  };
}

export { NOT_A_WORKBOOK_HINT };
