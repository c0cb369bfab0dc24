import { createElement, Fragment, type ReactNode } from "react";
import { formatList, formatNumber, getT, type Locale } from "@/lib/i18n";
import { DATE_LOCALE } from "@/lib/i18n/locales";
import type { TradeNotice, YearProblem } from "@/lib/trade/notices";

/*
 * A trade notice in the reader's language, for server components (the trade
 * page and the embeds). The words are the "trade.notices" messages; what the
 * reader typed and the names of parameters stay as written, in <code> marked
 * left to right, so an Urdu sentence keeps them readable and a screen reader
 * does not read them as Urdu or Russian words.
 */

type RichTag = (chunks: ReactNode) => ReactNode;

/** A value as code, isolated left to right inside a right-to-left sentence. */
function code(chunks: ReactNode): ReactNode {
  return createElement("code", { dir: "ltr", translate: "no" }, chunks);
}

/** A year as the locale writes it, without a thousands separator. */
export function noticeYear(locale: Locale, year: number): string {
  return formatNumber(locale, year, { useGrouping: false });
}

/**
 * Several nodes joined the way the locale joins a list ("a, b or c",
 * "a, b или c", "a، b یا c"), each node kept as it is.
 */
function joined(locale: Locale, items: readonly ReactNode[], type: Intl.ListFormatType): ReactNode {
  const marks = items.map((_, index) => `\u0000${index}\u0000`);
  const parts = new Intl.ListFormat(DATE_LOCALE[locale], { type }).formatToParts(marks);
  let next = 0;
  return createElement(
    Fragment,
    null,
    ...parts.map((part, index) =>
      createElement(Fragment, { key: index }, part.type === "element" ? items[next++] : part.value),
    ),
  );
}

/** Between two reasons in one sentence, as the sentence's language punctuates it. */
const PROBLEM_SEPARATOR: Record<Locale, string> = { en: "; ", ru: "; ", ur: "؛ " };

/** A tag that ignores its (empty) content and stands for the node given. */
const slot =
  (node: ReactNode): RichTag =>
  () =>
    node;

export function tradeNoticeContent(notice: TradeNotice, locale: Locale): ReactNode {
  const t = getT(locale);
  const year = (value: number) => noticeYear(locale, value);
  const item = (value: string) => t.rich("trade.notices.item", { value, code });
  const items = (values: readonly string[], type: Intl.ListFormatType = "disjunction") =>
    joined(locale, values.map(item), type);
  const problem = (value: YearProblem): ReactNode =>
    value.kind === "notYear"
      ? t.rich("trade.notices.notYear", { given: value.given, code })
      : t.rich("trade.notices.outOfRange", { year: year(value.year), min: year(value.min), max: year(value.max) });

  switch (notice.kind) {
    case "duplicate":
      return t.rich("trade.notices.duplicate", { name: notice.name, count: notice.count, code });
    case "badChoice":
      return t.rich("trade.notices.badChoice", {
        name: notice.name,
        given: notice.given,
        fallback: notice.fallback,
        allowed: slot(items(notice.allowed)),
        code,
      });
    case "badRangeYear":
      return t.rich("trade.notices.badRangeYear", {
        name: notice.name,
        fallback: year(notice.fallback),
        problem: slot(problem(notice.problem)),
        code,
      });
    case "rangeReversed":
      return t.rich("trade.notices.rangeReversed", {
        from: year(notice.from),
        to: year(notice.to),
        defaultFrom: year(notice.defaultFrom),
        defaultTo: year(notice.defaultTo),
      });
    case "unknownSeries":
      return t.rich("trade.notices.unknownSeries", { count: notice.ids.length, ids: slot(items(notice.ids)) });
    case "noSeries":
      return t("trade.notices.noSeries");
    case "compareCount":
      return t.rich("trade.notices.compareCount", { count: notice.count, code });
    case "compareYears":
      return t.rich("trade.notices.compareYears", {
        problems: slot(
          createElement(
            Fragment,
            null,
            ...notice.problems.map((value, index) =>
              createElement(Fragment, { key: index }, index > 0 ? PROBLEM_SEPARATOR[locale] : null, problem(value)),
            ),
          ),
        ),
        code,
      });
    case "compareSame":
      return t.rich("trade.notices.compareSame", { year: year(notice.year), code });
    case "compareSeriesCount":
      return t.rich("trade.notices.compareSeriesCount", { code });
    case "compareSeriesUnknown":
      return t.rich("trade.notices.compareSeriesUnknown", { ids: slot(items(notice.ids)), code });
    case "logBalance":
      return t("trade.notices.logBalance");
    case "indexBalance":
      return t("trade.notices.indexBalance");
    case "tableSeries":
      return t.rich("trade.notices.tableSeries", { given: notice.given, code });
    case "tableStatus":
      return t.rich("trade.notices.tableStatus", {
        given: notice.given,
        statuses: slot(items(notice.allowed, "conjunction")),
        code,
      });
    case "tableSort":
      return t.rich("trade.notices.tableSort", { given: notice.given, code });
    case "noCpi":
      return t("trade.explorer.noCpi", {
        count: notice.count,
        years: formatList(locale, notice.years.map(year)),
        which: notice.which,
      });
    case "totalsOnly":
      return t("trade.explorer.totalsOnly");
  }
}
