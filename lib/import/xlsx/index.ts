import { type ParseBudget } from "../budget";
import { ImportFailure, failAt } from "../errors";
import { detectFormat } from "../formats";
import { type FormatContext, type FormatDefinition } from "../formats/types";
import { IssueLog } from "../issues";
import { type ImportLimits, formatCount } from "../limits";
import { parsePeriod } from "../periods";
import { DEFAULT_DIMENSION_LABELS, buildChoices, buildSeries, preselectSeries } from "../series";
import { ImportSink } from "../sink";
import { SAMPLE_DATA_ROWS, SNIFF_ROWS, findHeaderIndex, isBlank, preambleOf } from "../sniff";
import { TableWalker } from "../table";
import {
  type DimensionKey,
  type ImportIssue,
  type ImportResult,
  type ImportSheetReading,
  type ImportedSeries,
} from "../types";
import { type WorkbookParts, partChunks, readWorkbookParts } from "./parts";
import { columnLetters, readSheetRows } from "./sheet";
import { InflateBudget, readZipDirectory } from "./zip";

/**
 * Reads an .xlsx workbook: every visible sheet is read as a table, the way a CSV is (the
 * same header detection, formats and series), and the answer says which sheet each series
 * came from. Problems name the sheet and the cell ("sheet "Data", cell D12") instead of a
 * line and column. Sheets that hold no table with years (a World Bank file's metadata
 * sheets) are skipped with a note; when no sheet can be read, the answer is a 422 that says
 * why for each.
 */

export const XLSX_READING = "Excel workbook (.xlsx)";

const DOTS_TITLE = /^(exports|imports)\s*,?\s*(fob|cif)\s+(to|from)\s+partner\s+countries\b/i;

/**
 * The header among a sheet's first rows. A sheet leaves out empty cells, so row widths say
 * less than in a CSV: rows are compared padded to one width. Under an IMF DOTS title, the
 * header is the first row that starts with a year, however few years the table has.
 */
export function sheetHeaderIndex(rows: readonly string[][]): number {
  const window = rows.slice(0, SNIFF_ROWS);
  const title = window.findIndex((fields) => fields.some((field) => DOTS_TITLE.test(field.trim())));
  if (title !== -1) {
    const header = window.findIndex(
      (fields, index) => index > title && parsePeriod(fields.find((field) => field.trim() !== "") ?? "") !== null,
    );
    if (header !== -1) return header;
  }
  const width = Math.max(0, ...window.map((fields) => fields.length));
  return findHeaderIndex(
    window.map((fields) =>
      fields.length < width ? [...fields, ...Array<string>(width - fields.length).fill("")] : fields,
    ),
  );
}

/** Stops reading one sheet: it has no table the importer can read. */
class SheetSkipped extends ImportFailure {}

/**
 * Rewrites the places of issues raised by the table code, which counts lines and columns,
 * into the sheet's rows and cells: "line 8, column 4" becomes "sheet "Data", cell D8".
 */
export function placeInSheet(issue: ImportIssue, sheet: string): ImportIssue {
  if (issue.sheet !== undefined) return issue;
  const name = JSON.stringify(sheet);
  const message = issue.message
    .replace(/^line (\d+), column (\d+)/, (_, line: string, column: string) => {
      return `sheet ${name}, cell ${columnLetters(Number(column) - 1)}${line}`;
    })
    .replace(/^line (\d+)/, `sheet ${name}, row $1`)
    .replace(/\blines? (\d+)/g, "row $1");
  return { ...issue, sheet, message };
}

function placeFailure(error: unknown, sheet: string): unknown {
  if (!(error instanceof ImportFailure) || error instanceof SheetSkipped) return error;
  const issues = error.issues.map((issue) => placeInSheet(issue, sheet));
  const message =
    issues.length === 1 && issues[0]?.message
      ? issues[0].message
      : placeInSheet({ line: null, column: null, message: error.message }, sheet).message;
  return new ImportFailure(error.status, message, issues);
}

interface SheetOutcome {
  reading: ImportSheetReading;
  series: ImportedSeries[];
  warnings: ImportIssue[];
  definition: FormatDefinition | null;
}

interface BufferedRow {
  fields: string[];
  row: number;
}

/** One sheet as a table: the first rows are held to find the header and format, the rest stream through. */
class SheetTable {
  private buffered: BufferedRow[] = [];
  private walker: TableWalker | null = null;
  private width = 0;
  private droppedCell: string | null = null;
  private droppedCount = 0;
  readonly errors: IssueLog;
  sink: ImportSink | null = null;
  definition: FormatDefinition | null = null;
  headerRow: number | null = null;

  constructor(
    private readonly sheet: string,
    private readonly limits: ImportLimits,
  ) {
    this.errors = new IssueLog(limits.maxErrors, limits.maxErrors);
  }

  readonly onRow = (fields: string[], row: number): void => {
    if (this.walker) return this.feed(fields, row);
    this.buffered.push({ fields, row });
    if (this.buffered.length >= SNIFF_ROWS + SAMPLE_DATA_ROWS) this.start();
  };

  /** Ends the sheet; throws SheetSkipped when it holds no readable table. */
  finish(): void {
    if (!this.walker) this.start();
    const walker = this.walker;
    if (!walker) return;
    walker.finish();
    if (this.errors.count > 0) {
      const listed = this.errors.toArray();
      const count = `${formatCount(this.errors.count)} problem${this.errors.count === 1 ? "" : "s"}`;
      throw new ImportFailure(
        422,
        `The sheet could not be read: ${count}. The first: ${listed[0]?.message ?? ""}`,
        listed,
      );
    }
    if (walker.dataRows === 0) throw new SheetSkipped(422, "it has a header but no data rows.");
    if (this.droppedCell) {
      this.sink?.warnings.add("beyond header", {
        line: null,
        column: null,
        message: `${formatCount(this.droppedCount)} ${this.droppedCount === 1 ? "cell" : "cells"} to the right of the table's last named column ${this.droppedCount === 1 ? "was" : "were"} not read (the first: cell ${this.droppedCell}).`,
      });
    }
  }

  get dataRows(): number {
    return this.walker?.dataRows ?? 0;
  }

  private start(): void {
    const rows = this.buffered.map((entry) => entry.fields);
    if (rows.length === 0) throw new SheetSkipped(422, "it is empty.");
    const headerIndex = sheetHeaderIndex(rows);
    const headerEntry = this.buffered[headerIndex];
    if (headerIndex === -1 || !headerEntry) throw new SheetSkipped(422, "it is empty.");
    const names = headerEntry.fields.map((name) => name.trim());
    let width = names.length;
    while (width > 0 && names[width - 1] === "") width--;
    this.width = width;
    this.headerRow = headerEntry.row;
    const context: FormatContext = {
      header: names.slice(0, width),
      headerLine: headerEntry.row,
      sampleRows: rows
        .slice(headerIndex + 1)
        .filter((fields) => !isBlank(fields))
        .map((fields) => this.fit(fields, null)),
      // Excel stores numbers with a decimal point whatever the reader's locale shows.
      numberStyle: { decimalSeparator: "." },
      delimiter: ",",
      preamble: preambleOf(rows, headerIndex),
    };
    const definition = detectFormat(context);
    if (!definition) {
      const shown = context.header.filter(Boolean).slice(0, 6).join(", ");
      throw new SheetSkipped(
        422,
        `no year column (such as Year, Period or Date) and no years as column names were found in it (row ${headerEntry.row} reads: ${shown || "nothing"}).`,
      );
    }
    const sink = new ImportSink(this.limits);
    let reader;
    try {
      reader = definition.createReader(context, sink);
    } catch (error) {
      if (error instanceof ImportFailure && error.status === 422) {
        throw new SheetSkipped(
          422,
          placeInSheet({ line: null, column: null, message: error.message }, this.sheet).message,
        );
      }
      throw error;
    }
    this.sink = sink;
    this.definition = definition;
    // The walker counts rows from the first one it is given; buffered rows are all it has seen.
    this.walker = new TableWalker({
      headerRowIndex: headerIndex,
      headerLine: headerEntry.row,
      width,
      delimiter: ",",
      reader,
      errors: this.errors,
      warnings: sink.warnings,
      maxErrors: this.limits.maxErrors,
    });
    const held = this.buffered;
    this.buffered = [];
    held.forEach((entry, index) => {
      if (index <= headerIndex) this.walker?.handleRow(entry.fields, entry.row);
      else this.feed(entry.fields, entry.row);
    });
  }

  /** A sheet row as wide as the header: missing cells empty, cells beyond it dropped (and counted). */
  private fit(fields: string[], row: number | null): string[] {
    if (fields.length === this.width) return fields;
    if (fields.length < this.width) {
      const padded = fields.slice();
      while (padded.length < this.width) padded.push("");
      return padded;
    }
    if (row !== null) {
      for (let column = this.width; column < fields.length; column++) {
        if ((fields[column] ?? "").trim() === "") continue;
        this.droppedCount++;
        this.droppedCell ??= `${columnLetters(column)}${row}`;
      }
    }
    return fields.slice(0, this.width);
  }

  private feed(fields: string[], row: number): void {
    this.walker?.handleRow(this.fit(fields, row), row);
  }
}

async function readSheet(
  parts: WorkbookParts,
  reader: Parameters<typeof partChunks>[0],
  sheet: WorkbookParts["sheets"][number],
  limits: ImportLimits,
  budget: ParseBudget,
  cells: { count: number },
): Promise<SheetOutcome> {
  const skipped = (reason: string): SheetOutcome => ({
    reading: { name: sheet.name, format: null, headerRow: null, dataRows: 0, seriesCount: 0, skipped: reason },
    series: [],
    warnings: [],
    definition: null,
  });
  if (sheet.hidden) return skipped("it is hidden in the workbook.");
  const chunks = partChunks(reader, sheet.path);
  if (!chunks) {
    throw failAt(
      null,
      null,
      `The workbook lists the sheet ${JSON.stringify(sheet.name)}, but its part ${sheet.path} is missing; the file is damaged.`,
    );
  }
  const table = new SheetTable(sheet.name, limits);
  try {
    await readSheetRows(
      chunks,
      {
        sheet: sheet.name,
        sharedStrings: parts.sharedStrings,
        dateStyles: parts.dateStyles,
        date1904: parts.date1904,
        limits,
        budget,
        cells,
      },
      table.onRow,
    );
    table.finish();
  } catch (error) {
    if (error instanceof SheetSkipped) return skipped(error.message);
    throw placeFailure(error, sheet.name);
  }
  const { sink, definition } = table;
  if (!sink || !definition) return skipped("it is empty.");
  const sheetValue = { id: sheet.name, label: sheet.name };
  const built = buildSeries(sink.entries.values(), sink.warnings).map((series) => ({
    ...series,
    dimensions: { sheet: sheetValue, ...series.dimensions },
  }));
  const series = preselectSeries(built, definition.countrySystems);
  return {
    reading: {
      name: sheet.name,
      format: definition.format,
      headerRow: table.headerRow,
      dataRows: table.dataRows,
      seriesCount: series.length,
    },
    series,
    warnings: [...sink.fileWarnings(), ...sink.warnings.toArray()].map((issue) => placeInSheet(issue, sheet.name)),
    definition,
  };
}

function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "sheet"
  );
}

/** Reads a whole workbook held in memory (at most the file size limit); throws ImportFailure. */
export async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits,
  budget: ParseBudget,
): Promise<ImportResult> {
  const entries = readZipDirectory(bytes, limits);
  const reader = { bytes, entries, inflate: new InflateBudget(limits), budget };
  const parts = readWorkbookParts(reader, limits);
  const cells = { count: 0 };
  const outcomes: SheetOutcome[] = [];
  for (const sheet of parts.sheets) outcomes.push(await readSheet(parts, reader, sheet, limits, budget, cells));

  const read = outcomes.filter((outcome) => outcome.definition !== null);
  const first = read[0];
  if (!first?.definition) {
    const reasons = outcomes.map(
      (outcome) => `sheet ${JSON.stringify(outcome.reading.name)}: ${outcome.reading.skipped ?? "no table"}`,
    );
    throw new ImportFailure(
      422,
      `No sheet of the workbook holds a table the importer can read. ${reasons[0] ?? ""}`,
      reasons.map((message, index) => ({ line: null, column: null, message, sheet: outcomes[index]?.reading.name })),
    );
  }

  // Ids are unique within a sheet; across sheets the sheet's name tells them apart.
  const usedIds = new Set<string>();
  const series: ImportedSeries[] = [];
  for (const outcome of read) {
    for (const item of outcome.series) {
      let id = read.length > 1 ? `${slug(outcome.reading.name)}-${item.id}` : item.id;
      for (let suffix = 2; usedIds.has(id); suffix++) id = `${item.id}-${suffix}`;
      usedIds.add(id);
      series.push({ ...item, id });
    }
  }
  const labels: Record<DimensionKey, string> = { ...DEFAULT_DIMENSION_LABELS };
  for (const outcome of read) Object.assign(labels, outcome.definition?.dimensionLabels);

  const skippedNotes: ImportIssue[] = outcomes
    .filter((outcome) => outcome.reading.skipped !== undefined)
    .map((outcome) => ({
      line: null,
      column: null,
      sheet: outcome.reading.name,
      message: `sheet ${JSON.stringify(outcome.reading.name)} was not read: ${outcome.reading.skipped ?? ""}`,
    }));
  const warnings = [...skippedNotes, ...read.flatMap((outcome) => outcome.warnings)].slice(0, limits.maxWarnings);

  return {
    format: first.definition.format,
    fileName,
    series,
    choices: buildChoices(series, labels),
    warnings,
    reading: {
      encoding: XLSX_READING,
      delimiter: "",
      decimalSeparator: ".",
      headerLine: first.reading.headerRow ?? 1,
      dataRows: read.reduce((sum, outcome) => sum + outcome.reading.dataRows, 0),
      sheets: outcomes.map((outcome) => outcome.reading),
    },
  };
}
