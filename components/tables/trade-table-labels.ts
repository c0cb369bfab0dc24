import "server-only";
import type { TradeObservation } from "@/lib/definitions";
import { holes, pluralForms } from "@/components/import/import-labels";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { tradePeriodLabel } from "@/lib/sources";
import type { TradeTableLabels } from "./trade-table";

/** The trade tables' words in a language, with the period of each row as a reader of it writes it. */
export function tradeTableLabels(locale: Locale, rows: readonly TradeObservation[]): TradeTableLabels {
  const t = getT(locale);
  return {
    locale,
    period: t("trade.table.period"),
    total: t("trade.table.total"),
    pkExports: t("trade.table.pkExports"),
    pkImports: t("trade.table.pkImports"),
    status: t("trade.table.status"),
    basis: t("trade.table.basis"),
    perspective: t("trade.table.perspective"),
    reporter: t("trade.table.reporter"),
    sourceAndNote: t("trade.table.sourceAndNote"),
    source: t("trade.table.source"),
    note: t("trade.table.note"),
    // English shows the data's own labels ("FY2012-13", "2018 Jan–Oct").
    periods: locale === "en" ? {} : Object.fromEntries(rows.map((row) => [row.id, tradePeriodLabel(row, locale)])),
    sourcesLang: locale === "en" ? undefined : "en",
  };
}

/** The explorer table's filters, row count and table, in a language; the client fills the templates. */
export function tradeExplorerTableLabels(locale: Locale, rows: readonly TradeObservation[]) {
  const t = getT(locale);
  return {
    table: tradeTableLabels(locale, rows),
    action: localizePath(locale, "/trade"),
    filter: t("trade.table.filterLabel"),
    series: t("trade.table.seriesFilter"),
    allSeries: t("trade.table.allSeries"),
    status: t("trade.table.statusFilter"),
    anyStatus: t("trade.table.anyStatus"),
    statusOption: t("trade.table.statusOption", holes("status", "count")),
    submit: t("trade.table.submit"),
    showing: t("trade.table.showing", holes("shown", "total", "range")),
    inView: pluralForms(locale, (count) => t("trade.table.inView", { count, ...holes("range") })),
    caption: t("trade.table.caption", holes("range")),
    empty: t("trade.table.empty"),
  };
}

export type TradeExplorerTableLabels = ReturnType<typeof tradeExplorerTableLabels>;
