import { normaliseHeader } from "../columns";
import { classifyColumn } from "./classify";
import { type ValueColumn, createLongReader, dimensionColumns } from "./table-readers";
import { type FormatDefinition } from "./types";

/**
 * Our World in Data grapher download: Entity, Code, Year, then one column per indicator
 * whose name is free text with its unit in parentheses ("Trade (% of GDP)"). Regions have an
 * empty Code. Text columns (region annotations some charts add) are not values and are skipped.
 * Long-run charts reach back before 1800 (CO₂ from 1750, GDP from year 1, population from
 * 10,000 BCE as -10000): any whole year is read, and the charts draw the part from 1800 on.
 */
export const owidFormat: FormatDefinition = {
  format: { id: "owid", label: "Our World in Data grapher download" },
  countrySystems: ["iso3"],
  dimensionLabels: { reporter: "Entity (country or region)" },
  detect(header) {
    return (
      header.length >= 4 &&
      normaliseHeader(header[0] ?? "") === "entity" &&
      normaliseHeader(header[1] ?? "") === "code" &&
      normaliseHeader(header[2] ?? "") === "year"
    );
  },
  createReader(context, sink) {
    const valueColumns: ValueColumn[] = [];
    context.header.forEach((name, column) => {
      if (column < 3 || name === "") return;
      if (classifyColumn(context.sampleRows, column, context.numberStyle) === "text") return;
      valueColumns.push({ column, name, indicator: { id: name, label: name } });
    });
    return createLongReader(
      {
        dimensions: [dimensionColumns("reporter", 0, 1)],
        periodColumn: 2,
        periodName: context.header[2] ?? "Year",
        valueColumns,
        longRunYears: true,
      },
      sink,
      context,
    );
  },
};
