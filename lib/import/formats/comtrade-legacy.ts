import { findColumn, hasColumns } from "../columns";
import { extraColumn, requireColumn } from "./comtrade-columns";
import { createLongReader, dimensionColumns } from "./table-readers";
import { type FormatDefinition } from "./types";

/**
 * UN Comtrade legacy download: 35 columns with "Trade Value (US$)", flows named Import,
 * Export, Re-Export and Re-Import, products by HS code with descriptions that vary between
 * HS versions (so series are keyed by code), periods 2017 or 201701.
 */
export const comtradeLegacyFormat: FormatDefinition = {
  format: { id: "comtrade-legacy", label: "UN Comtrade (legacy download)" },
  countrySystems: ["iso3", "m49"],
  detect(header) {
    return hasColumns(header, "Trade Value (US$)", "Reporter", "Partner", "Period");
  },
  createReader(context, sink) {
    const header = context.header;
    const column = (name: string) => findColumn(header, name);
    return createLongReader(
      {
        dimensions: [
          dimensionColumns("reporter", column("Reporter"), column("Reporter ISO"), column("Reporter Code")),
          dimensionColumns("partner", column("Partner"), column("Partner ISO"), column("Partner Code")),
          dimensionColumns("flow", column("Trade Flow"), column("Trade Flow Code")),
          dimensionColumns("product", column("Commodity"), column("Commodity Code")),
        ],
        extras: [
          ...extraColumn(header, "second partner", "2nd Partner", ["World"]),
          ...extraColumn(header, "customs procedure", "Customs", ["All customs procedure codes"]),
          ...extraColumn(header, "mode of transport", "Mode of Transport", ["All MOTs"]),
        ],
        periodColumn: requireColumn(context, "Period", "Year"),
        periodName: "Period",
        valueColumns: [
          { column: requireColumn(context, "Trade Value (US$)"), name: "Trade Value (US$)", indicator: null },
        ],
        unitHints: ["US$"],
      },
      sink,
      context,
    );
  },
};
