import { normaliseHeader } from "../columns";
import { parsePeriod } from "../periods";
import { quoteCell } from "../errors";
import { createWideReader, dimensionColumns, readPeriodColumns } from "./table-readers";
import { type FormatDefinition } from "./types";

const WDI_LABELS = ["country name", "country code", "indicator name", "indicator code"];
const COUNTRY_CODE = /^[A-Z0-9]{3}$/;

/**
 * World Bank WDI bulk download (API_<indicator>_DS2_en_csv_v2_<n>.csv): four preamble lines,
 * then Country Name, Country Code, Indicator Name, Indicator Code and one column per year;
 * every line ends with a delimiter. Regions and aggregates sit among the countries.
 */
export const wdiFormat: FormatDefinition = {
  format: { id: "wdi", label: "World Bank WDI bulk download" },
  countrySystems: ["iso3"],
  dimensionLabels: { reporter: "Country or region" },
  detect(header) {
    return (
      WDI_LABELS.every((name, index) => normaliseHeader(header[index] ?? "") === name) &&
      parsePeriod(header[4] ?? "") !== null
    );
  },
  createReader(context, sink) {
    const { periods } = readPeriodColumns(context.header, 4, context.headerLine);
    const reader = createWideReader(
      {
        dimensions: [dimensionColumns("reporter", 0, 1), dimensionColumns("indicator", 2, 3)],
        periodColumns: periods,
      },
      sink,
      context.numberStyle,
    );
    const width = context.header.length;
    return {
      readRow: reader.readRow,
      // A spreadsheet that re-saves the file without quotes splits "Bahamas, The" into two
      // fields. The country code after the name shows where the name really ends.
      repairRow(fields, line) {
        let used = fields.length;
        while (used > width && (fields[used - 1] ?? "").trim() === "") used--;
        const extra = used - width;
        if (extra <= 0) return null;
        const nameParts = fields.slice(0, extra + 1).map((part) => part.trim());
        const repaired = [nameParts.join(", "), ...fields.slice(extra + 1)];
        if (!COUNTRY_CODE.test((repaired[1] ?? "").trim())) return null;
        const original = nameParts.join(context.delimiter === "\t" ? "\\t" : `${context.delimiter} `);
        return {
          fields: repaired,
          note: `line ${line}: the name ${quoteCell(original)} holds the delimiter without quotes, which adds a field; read as ${quoteCell(repaired[0] ?? "")}.`,
        };
      },
    };
  },
};
