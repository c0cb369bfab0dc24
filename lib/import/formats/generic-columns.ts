import { classifyDimensionHeader, isIgnoredHeaderName, isUnitHeaderName } from "../columns";
import { type NumberStyle } from "../numbers";
import { type DimensionKey } from "../types";
import { classifyColumn } from "./classify";
import { type DimensionColumns, type ExtraColumn } from "./table-readers";

export interface PlacedColumns {
  dimensions: DimensionColumns[];
  extras: ExtraColumn[];
  unitColumns: number[];
  /** Columns of numbers that no header claims: the values of a tidy file. */
  numberColumns: number[];
}

/**
 * Places the columns of a file whose format is not known by their names and contents:
 * names such as Reporter, Partner, Flow, Product, Indicator (and their Code/ISO twins) give
 * dimensions; Unit or Scale columns state units; flags and notes are skipped; columns of
 * numbers are values; any other text column describes the series (the first one, when no
 * column is named as an indicator, becomes the indicator).
 */
export function placeColumns(
  header: readonly string[],
  columns: readonly number[],
  sampleRows: readonly string[][],
  style: NumberStyle,
): PlacedColumns {
  const byKey = new Map<DimensionKey, { label: number; codes: number[] }>();
  const extras: ExtraColumn[] = [];
  const unitColumns: number[] = [];
  const numberColumns: number[] = [];
  const unclaimedText: number[] = [];

  for (const column of columns) {
    const name = header[column] ?? "";
    // An unnamed column is usually a spreadsheet's or a data frame's row number.
    if (name === "") continue;
    if (isUnitHeaderName(name)) {
      unitColumns.push(column);
      continue;
    }
    if (isIgnoredHeaderName(name)) continue;
    const role = classifyDimensionHeader(name);
    if (role) {
      const slot = byKey.get(role.key) ?? { label: -1, codes: [] };
      byKey.set(role.key, slot);
      if (role.role === "code") slot.codes.push(column);
      else if (slot.label === -1) slot.label = column;
      else extras.push({ column, name, defaults: [] });
      continue;
    }
    if (classifyColumn(sampleRows, column, style) === "text") unclaimedText.push(column);
    else numberColumns.push(column);
  }

  for (const column of unclaimedText) {
    if (!byKey.has("indicator")) byKey.set("indicator", { label: column, codes: [] });
    else extras.push({ column, name: header[column] ?? "", defaults: [] });
  }

  const dimensions: DimensionColumns[] = [...byKey.entries()].map(([key, slot]) => ({
    key,
    label: slot.label,
    codes: slot.codes,
  }));
  return { dimensions, extras, unitColumns, numberColumns };
}
