import { type CountryCodeSystem } from "../countries";
import { type NumberStyle } from "../numbers";
import { type ImportSink } from "../sink";
import { type DimensionKey, type ImportFormat, type ImportIssue } from "../types";

/** What a format sees of the file before reading its rows. */
export interface FormatContext {
  header: readonly string[];
  headerLine: number;
  sampleRows: readonly string[][];
  numberStyle: NumberStyle;
  delimiter: string;
  /** Non-blank rows before the header, such as a table's title, reporter and unit. */
  preamble: readonly string[][];
}

/**
 * Reads the data rows of one detected format. Rows arrive as wide as the header (a trailing
 * delimiter's empty field already removed). A reader returns the row's problems instead of
 * recording them, because the row may turn out to be a footnote.
 */
export interface RowReader {
  readRow(fields: string[], line: number): ImportIssue[] | null;
  /**
   * Repairs a row with more fields than the header when the format knows why, returning the
   * repaired row and a note for the warnings; null when it cannot.
   */
  repairRow?(fields: string[], line: number): { fields: string[]; note: string } | null;
}

export interface FormatDefinition {
  format: ImportFormat;
  /** Country code lists the format uses, for recognising Pakistan and Russia. */
  countrySystems: readonly CountryCodeSystem[];
  dimensionLabels?: Partial<Record<DimensionKey, string>>;
  detect(header: readonly string[], context: FormatContext): boolean;
  /** Builds the reader; throws ImportFailure when the header is unusable (e.g. a mistyped year). */
  createReader(context: FormatContext, sink: ImportSink): RowReader;
}
