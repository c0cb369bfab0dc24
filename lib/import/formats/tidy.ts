import { classifyDimensionHeader, isPeriodHeaderName, normaliseHeader } from "../columns";
import { failAt } from "../errors";
import { parsePeriod, periodFrequency } from "../periods";
import { placeColumns } from "./generic-columns";
import { type ValueColumn, createLongReader } from "./table-readers";
import { type FormatContext, type FormatDefinition } from "./types";

// A lone value column named like this says nothing about what it holds.
const GENERIC_VALUE_NAMES = new Set(["value", "values", "obs value", "observation", "amount", "data", "val"]);

function sampleValues(context: FormatContext, column: number): string[] {
  return context.sampleRows.map((fields) => (fields[column] ?? "").trim()).filter((value) => value !== "");
}

/**
 * The period column: the first named like one (Year, Period, Time, Date, TIME_PERIOD…),
 * else the first column whose sample values are all years.
 */
export function findPeriodColumn(context: FormatContext): number {
  const named = context.header.findIndex((name) => isPeriodHeaderName(name));
  if (named !== -1) return named;
  return context.header.findIndex((name, column) => {
    if (classifyDimensionHeader(name)) return false;
    const values = sampleValues(context, column);
    return (
      values.length > 0 &&
      values.every((value) => {
        const period = parsePeriod(value);
        return period !== null && periodFrequency(period) === "A";
      })
    );
  });
}

/**
 * Any tidy (long) CSV: one column of periods, columns naming what each row is about, and
 * one or more columns of numbers. Each number column is a separate indicator.
 */
export const tidyFormat: FormatDefinition = {
  format: { id: "tidy", label: "Tidy CSV (a year column and value columns)" },
  countrySystems: ["iso3"],
  detect(header, context) {
    return header.length >= 2 && findPeriodColumn(context) !== -1;
  },
  createReader(context, sink) {
    const periodColumn = findPeriodColumn(context);
    const others = context.header.map((_, column) => column).filter((column) => column !== periodColumn);
    const placed = placeColumns(context.header, others, context.sampleRows, context.numberStyle);
    if (placed.numberColumns.length === 0) {
      throw failAt(
        context.headerLine,
        null,
        `line ${context.headerLine}: besides the period column (${context.header[periodColumn]}) no column holds numbers in the first rows, so there are no values to read.`,
      );
    }
    const single = placed.numberColumns.length === 1;
    const valueColumns: ValueColumn[] = placed.numberColumns.map((column) => {
      const name = context.header[column] ?? "";
      // "Value (US$ million)" names the unit, not the subject; the unit is read from it all the same.
      const subject = normaliseHeader(name.replace(/\([^()]*\)\s*$/, ""));
      const describes = !single || !GENERIC_VALUE_NAMES.has(subject);
      return { column, name, indicator: describes ? { id: name, label: name } : null };
    });
    return createLongReader(
      {
        dimensions: placed.dimensions,
        extras: placed.extras,
        unitColumns: placed.unitColumns,
        periodColumn,
        periodName: context.header[periodColumn] ?? "Year",
        valueColumns,
      },
      sink,
      context,
    );
  },
};
