import { normaliseHeader } from "../columns";
import { createLongReader, dimensionColumns } from "./table-readers";
import { type FormatDefinition } from "./types";

/** Columns that only this dashboard's trade export has, all together. */
const REQUIRED = ["series", "year", "total_usd_m", "status", "source_ids"] as const;

/**
 * This dashboard's own trade download (`/api/datasets/trade?format=csv`): one row per
 * published figure, with its series id, the year it counts in and the total in US$
 * millions, followed by provenance columns (period, basis, dates, status, sources, note)
 * that describe each row rather than tell series apart. Recognising it lets a reader
 * edit our figures in a spreadsheet and bring them back beside the originals.
 */
export const dashboardTradeFormat: FormatDefinition = {
  format: { id: "dashboard-trade", label: "Trade figures downloaded from this dashboard" },
  countrySystems: ["iso3"],
  dimensionLabels: { indicator: "Series" },
  detect(header) {
    const names = new Set(header.map((name) => normaliseHeader(name)));
    return REQUIRED.every((name) => names.has(normaliseHeader(name)));
  },
  createReader(context, sink) {
    const find = (name: string) =>
      context.header.findIndex((column) => normaliseHeader(column) === normaliseHeader(name));
    const total = find("total_usd_m");
    return createLongReader(
      {
        dimensions: [dimensionColumns("indicator", find("series"))],
        periodColumn: find("year"),
        periodName: "year",
        valueColumns: [{ column: total, name: context.header[total] ?? "total_usd_m", indicator: null }],
        unitHints: ["US$ millions"],
      },
      sink,
      context,
    );
  },
};
