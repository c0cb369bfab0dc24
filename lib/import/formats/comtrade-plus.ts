import { findColumn, hasColumns } from "../columns";
import { extraColumn, requireColumn } from "./comtrade-columns";
import { createLongReader, dimensionColumns } from "./table-readers";
import { type FormatDefinition } from "./types";

/**
 * UN Comtrade+ (TradeData.csv): 47 camelCase columns with "primaryValue" in US$, every
 * non-empty value quoted, one more (empty) field on each data row than the header names;
 * World is partner 0/W00, and annual and monthly data share the layout (period 2022 or 202201).
 */
export const comtradePlusFormat: FormatDefinition = {
  format: { id: "comtrade-plus", label: "UN Comtrade+ (TradeData)" },
  countrySystems: ["iso3", "m49"],
  detect(header) {
    return hasColumns(header, "primaryValue", "reporterCode", "partnerCode");
  },
  createReader(context, sink) {
    const header = context.header;
    const column = (name: string) => findColumn(header, name);
    return createLongReader(
      {
        dimensions: [
          dimensionColumns("reporter", column("reporterDesc"), column("reporterISO"), column("reporterCode")),
          dimensionColumns("partner", column("partnerDesc"), column("partnerISO"), column("partnerCode")),
          dimensionColumns("flow", column("flowDesc"), column("flowCode")),
          dimensionColumns("product", column("cmdDesc"), column("cmdCode")),
        ],
        extras: [
          ...extraColumn(header, "second partner", "partner2Desc", ["World"]),
          ...extraColumn(header, "customs procedure", "customsDesc", ["TOTAL CPC"]),
          ...extraColumn(header, "mode of transport", "motDesc", ["TOTAL MOT"]),
        ],
        periodColumn: requireColumn(context, "period", "refYear"),
        periodName: "period",
        valueColumns: [{ column: requireColumn(context, "primaryValue"), name: "primaryValue", indicator: null }],
        unitHints: ["US$"],
      },
      sink,
      context,
    );
  },
};
