import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { tradeImportedLabels } from "./import-labels";
import { TradeImportedLoader } from "./trade-imported-loader";

type Props = {
  /** Canonical query of the view ("" or "?…"), for the chart's data from app/[lang]/trade/overlay. */
  query: string;
  locale: Locale;
  /** The page's own chart. */
  children: ReactNode;
};

/**
 * The trade explorer's chart with the reader's imported series, if any. This
 * server part only puts the overlay's few words in the page's language; the
 * check for imported series, the chart's data and the overlay come in the
 * browser, and only when there is something to show.
 */
export function TradeImportedGate({ query, locale, children }: Props) {
  return (
    <TradeImportedLoader query={query} labels={tradeImportedLabels(locale)}>
      {children}
    </TradeImportedLoader>
  );
}
