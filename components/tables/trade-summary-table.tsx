import type { TradeObservation } from "@/lib/definitions";
import { getT, type Locale } from "@/lib/i18n";
import { TradeSummaryDataTableLater as TradeSummaryDataTable } from "./tables-later";
import { tradeTableLabels } from "./trade-table-labels";

type Props = {
  rows: TradeObservation[];
  /** "31 published trade figures, with their status and source" in the page's language unless given. */
  caption?: string;
  locale?: Locale;
};

/** Every published trade figure in a few columns, in the page's language; the table itself sorts in the browser. */
export function TradeSummaryTable({ rows, caption, locale = "en" }: Props) {
  return (
    <TradeSummaryDataTable
      rows={rows}
      caption={caption ?? getT(locale)("trade.table.summaryCaption", { count: rows.length })}
      labels={tradeTableLabels(locale, rows)}
    />
  );
}
