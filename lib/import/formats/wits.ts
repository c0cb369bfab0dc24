import { findColumn, hasColumns, normaliseHeader } from "../columns";
import { parsePeriod } from "../periods";
import { classifyColumn } from "./classify";
import {
  type ValueColumn,
  createLongReader,
  createWideReader,
  dimensionColumns,
  readPeriodColumns,
} from "./table-readers";
import { type FormatContext, type FormatDefinition, type RowReader } from "./types";
import { type ImportSink } from "../sink";

function isPartnerLayout(header: readonly string[]): boolean {
  return hasColumns(header, "Reporter Name", "Partner Name", "Year");
}

function isTimeSeriesLayout(header: readonly string[]): boolean {
  return (
    normaliseHeader(header[0] ?? "") === "country name" &&
    normaliseHeader(header[1] ?? "") === "indicator name" &&
    parsePeriod(header[2] ?? "") !== null
  );
}

function createPartnerReader(context: FormatContext, sink: ImportSink): RowReader {
  const header = context.header;
  const column = (name: string) => findColumn(header, name);
  const used = new Set(
    [
      "Reporter Name",
      "Reporter ISO3",
      "Partner Name",
      "Partner ISO3",
      "Year",
      "Trade Flow",
      "Product Group",
      "Product Code",
    ]
      .map(column)
      .filter((index) => index >= 0),
  );
  // Every other column is an indicator: the US$ amount, shares in %, product counts.
  const valueColumns: ValueColumn[] = [];
  header.forEach((name, index) => {
    if (used.has(index) || name === "") return;
    if (classifyColumn(context.sampleRows, index, context.numberStyle) === "text") return;
    valueColumns.push({ column: index, name, indicator: { id: name, label: name } });
  });
  return createLongReader(
    {
      dimensions: [
        dimensionColumns("reporter", column("Reporter Name"), column("Reporter ISO3")),
        dimensionColumns("partner", column("Partner Name"), column("Partner ISO3")),
        dimensionColumns("flow", column("Trade Flow")),
        dimensionColumns("product", column("Product Group"), column("Product Code")),
      ],
      periodColumn: column("Year"),
      periodName: "Year",
      valueColumns,
    },
    sink,
    context,
  );
}

/**
 * World Bank WITS downloads: trade by partner (Reporter Name, Partner Name, Year, Trade Flow,
 * amounts in US$ thousand, names with a leading space such as " World") and country time
 * series (Country Name, Indicator Name, one column per year), often re-saved by Excel, which
 * writes large numbers as 1.03198E+11.
 */
export const witsFormat: FormatDefinition = {
  format: { id: "wits", label: "World Bank WITS" },
  countrySystems: ["iso3"],
  detect(header) {
    return isPartnerLayout(header) || isTimeSeriesLayout(header);
  },
  createReader(context, sink) {
    if (isPartnerLayout(context.header)) return createPartnerReader(context, sink);
    const { periods } = readPeriodColumns(context.header, 2, context.headerLine);
    return createWideReader(
      {
        dimensions: [dimensionColumns("reporter", 0), dimensionColumns("indicator", 1)],
        periodColumns: periods,
      },
      sink,
      context.numberStyle,
    );
  },
};
