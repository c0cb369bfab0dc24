import { findColumn, hasColumns, normaliseHeader } from "../columns";
import { failAt } from "../errors";
import { type DimensionValue } from "../types";
import {
  type DimensionColumns,
  createLongReader,
  createWideReader,
  dimensionColumns,
  firstPeriodColumn,
  readPeriodColumns,
} from "./table-readers";
import { type FormatDefinition } from "./types";

const EXPORTS: DimensionValue = { id: "X", label: "Exports" };
const IMPORTS: DimensionValue = { id: "M", label: "Imports" };

/**
 * IMF indicator codes start with TX for exports and TM for imports (TXG_FOB_USD,
 * TMG_CIF_USD); older names say "Exports" or "Imports" in words.
 */
export function flowFromIndicator(code: string, name: string): DimensionValue | null {
  const upper = code.trim().toUpperCase();
  if (upper.startsWith("TX")) return EXPORTS;
  if (upper.startsWith("TM")) return IMPORTS;
  if (/\bexports?\b/i.test(name)) return EXPORTS;
  if (/\bimports?\b/i.test(name)) return IMPORTS;
  return null;
}

/**
 * IMF Direction of Trade Statistics export (also IMTS): IMF numeric country codes
 * (Pakistan 564, Russia 922), an Attribute column alternating Value and Status rows (only
 * Value rows carry data), and one column per period: 2024M2, 2024Q1 or 2024. Some exports
 * are long instead, with a time period and a value column; both are read.
 */
export const imfDotsFormat: FormatDefinition = {
  format: { id: "imf-dots", label: "IMF Direction of Trade Statistics (DOTS/IMTS)" },
  countrySystems: ["imf"],
  dimensionLabels: { partner: "Counterpart" },
  detect(header) {
    return hasColumns(header, "Country Code", "Counterpart Country Code", "Indicator Code");
  },
  createReader(context, sink) {
    const header = context.header;
    const column = (name: string) => findColumn(header, name);
    const indicatorCode = column("Indicator Code");
    const indicatorName = column("Indicator Name");
    const flow: DimensionColumns = {
      key: "flow",
      label: -1,
      codes: [],
      derive: (fields) => flowFromIndicator(fields[indicatorCode] ?? "", fields[indicatorName] ?? ""),
    };
    const dimensions = [
      dimensionColumns("reporter", column("Country Name"), column("Country Code")),
      dimensionColumns("partner", column("Counterpart Country Name"), column("Counterpart Country Code")),
      flow,
      dimensionColumns("indicator", indicatorName, indicatorCode),
    ];
    const attribute = column("Attribute");
    const keepRow =
      attribute === -1
        ? undefined
        : (fields: readonly string[]) => normaliseHeader(fields[attribute] ?? "") === "value";
    const unitColumns = [column("Unit"), column("Unit Name"), column("Scale")].filter((index) => index >= 0);

    const timeColumn = findColumn(header, "Time Period", "Period", "Time");
    const valueColumn = findColumn(header, "Value", "Obs Value");
    if (timeColumn !== -1 && valueColumn !== -1) {
      return createLongReader(
        {
          dimensions,
          keepRow,
          unitColumns,
          periodColumn: timeColumn,
          periodName: header[timeColumn] ?? "Time Period",
          valueColumns: [{ column: valueColumn, name: header[valueColumn] ?? "Value", indicator: null }],
        },
        sink,
        context,
      );
    }
    const { periods } = readPeriodColumns(header, Math.max(0, firstPeriodColumn(header)), context.headerLine);
    if (periods.length === 0) {
      throw failAt(
        context.headerLine,
        null,
        `line ${context.headerLine}: the header has no period columns (such as 2024, 2024M2 or 2024Q1) and no time period and value columns.`,
      );
    }
    return createWideReader({ dimensions, keepRow, unitColumns, periodColumns: periods }, sink, context.numberStyle);
  },
};
