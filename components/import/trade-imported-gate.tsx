import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { tradeImportedLabels } from "./import-labels";
import { TradeImportedLoader } from "./trade-imported-loader";
import type { TradeImportedOverlayProps } from "./trade-imported-overlay";

type Props = Omit<TradeImportedOverlayProps, "children" | "labels"> & { children: ReactNode; locale: Locale };

/**
 * The trade explorer's chart with the reader's imported series, if any. This
 * server part only puts the overlay's few words in the page's language; the
 * check for imported series and the overlay run in the browser.
 */
export function TradeImportedGate({ locale, children, ...chart }: Props) {
  return (
    <TradeImportedLoader {...chart} labels={tradeImportedLabels(locale)}>
      {children}
    </TradeImportedLoader>
  );
}
