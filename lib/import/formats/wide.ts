import { createWideReader, firstPeriodColumn, readPeriodColumns } from "./table-readers";
import { placeColumns } from "./generic-columns";
import { type FormatDefinition } from "./types";

/**
 * Any wide CSV: columns naming what each row is about, then one column per period (1990,
 * 1991… or 2024M1…, also World Bank DataBank's "1990 [YR1990]"). Missing values may be
 * written "..", and DataBank's footnote lines at the end are recognised as notes.
 */
export const wideFormat: FormatDefinition = {
  format: { id: "wide", label: "Wide CSV (years as columns)" },
  countrySystems: ["iso3"],
  detect(header) {
    return firstPeriodColumn(header) !== -1;
  },
  createReader(context, sink) {
    const start = firstPeriodColumn(context.header);
    const { periods, others } = readPeriodColumns(context.header, start, context.headerLine);
    const labelColumns = [...Array.from({ length: start }, (_, column) => column), ...others];
    const placed = placeColumns(context.header, labelColumns, context.sampleRows, context.numberStyle);
    // In a wide file every label column describes the row, numbers included (e.g. a numeric code).
    const extras = [
      ...placed.extras,
      ...placed.numberColumns.map((column) => ({ column, name: context.header[column] ?? "", defaults: [] })),
    ];
    return createWideReader(
      { dimensions: placed.dimensions, extras, unitColumns: placed.unitColumns, periodColumns: periods },
      sink,
      context.numberStyle,
    );
  },
};
