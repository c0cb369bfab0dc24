import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { tradeNoticeContent } from "@/components/trade/trade-notice-text";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { TRADE_NOTICE_KINDS, type TradeNotice } from "@/lib/trade/notices";

/*
 * Every kind of trade notice, worded in every language: it formats, leaves no
 * ICU argument or tag unfilled, and quotes what the reader wrote as code.
 */

const EXAMPLES: Record<TradeNotice["kind"], TradeNotice[]> = {
  duplicate: [{ kind: "duplicate", name: "from", count: 2 }],
  badChoice: [
    {
      kind: "badChoice",
      name: "flow",
      given: "nope",
      allowed: ["total", "exports", "imports", "balance"],
      fallback: "total",
    },
    { kind: "badChoice", name: "scale", given: "foo", allowed: ["linear", "log"], fallback: "linear" },
  ],
  badRangeYear: [
    { kind: "badRangeYear", name: "from", problem: { kind: "notYear", given: "abc" }, fallback: 1992 },
    {
      kind: "badRangeYear",
      name: "to",
      problem: { kind: "outOfRange", year: 1800, min: 1960, max: 2024 },
      fallback: 2024,
    },
  ],
  rangeReversed: [{ kind: "rangeReversed", from: 2015, to: 2005, defaultFrom: 1992, defaultTo: 2024 }],
  unknownSeries: [
    { kind: "unknownSeries", ids: ["nope"] },
    { kind: "unknownSeries", ids: ["nope", "gold"] },
  ],
  noSeries: [{ kind: "noSeries" }],
  compareCount: [
    { kind: "compareCount", count: 1 },
    { kind: "compareCount", count: 3 },
  ],
  compareYears: [
    {
      kind: "compareYears",
      problems: [
        { kind: "notYear", given: "abc" },
        { kind: "outOfRange", year: 1800, min: 1960, max: 2024 },
      ],
    },
  ],
  compareSame: [{ kind: "compareSame", year: 2008 }],
  compareSeriesCount: [{ kind: "compareSeriesCount" }],
  compareSeriesUnknown: [{ kind: "compareSeriesUnknown", ids: ["nope"] }],
  logBalance: [{ kind: "logBalance" }],
  indexBalance: [{ kind: "indexBalance" }],
  tableSeries: [{ kind: "tableSeries", given: "nope" }],
  tableStatus: [
    { kind: "tableStatus", given: "dubious", allowed: ["reported", "approximate", "derived", "unverified"] },
  ],
  tableSort: [{ kind: "tableSort", given: "colour" }],
  noCpi: [
    { kind: "noCpi", count: 1, years: [2025], which: "one" },
    { kind: "noCpi", count: 3, years: [2024, 2025], which: "several" },
  ],
  totalsOnly: [{ kind: "totalsOnly" }],
};

const html = (notice: TradeNotice, locale: Locale) =>
  renderToStaticMarkup(createElement(Fragment, null, tradeNoticeContent(notice, locale)));

/** The text a reader sees, without the markup. */
const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** Every value a notice quotes from the address. */
function givenValues(notice: TradeNotice): string[] {
  const values: string[] = [];
  if ("given" in notice) values.push(notice.given);
  if ("ids" in notice) values.push(...notice.ids);
  if ("allowed" in notice) values.push(...notice.allowed);
  if (notice.kind === "badRangeYear" && notice.problem.kind === "notYear") values.push(notice.problem.given);
  if (notice.kind === "compareYears") {
    for (const problem of notice.problems) if (problem.kind === "notYear") values.push(problem.given);
  }
  return values;
}

describe("trade notices in every language", () => {
  it("has an example of every kind", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...TRADE_NOTICE_KINDS].sort());
  });

  for (const locale of LOCALES) {
    it(`words every kind in ${locale}, with nothing left unfilled`, () => {
      for (const notice of Object.values(EXAMPLES).flat()) {
        const markup = html(notice, locale);
        const words = text(markup);
        expect(words.trim().length, notice.kind).toBeGreaterThan(10);
        // An argument or a tag the translator did not fill would be left as written in the message.
        expect(words, notice.kind).not.toMatch(/[{}]/);
        expect(words, notice.kind).not.toMatch(/<\/?[A-Za-z]/);
        expect(words, notice.kind).not.toMatch(/trade\.(notices|explorer)\./);
        expect(markup, notice.kind).not.toContain("\u0000");
        for (const value of givenValues(notice)) {
          expect(markup, `${notice.kind} in ${locale}`).toContain(`<code dir="ltr" translate="no">${value}</code>`);
        }
      }
    });
  }

  for (const locale of ["ur", "ru"] as const) {
    it(`says every kind differently in ${locale} than in English, in its own script`, () => {
      const script = locale === "ur" ? /\p{Script=Arabic}/u : /\p{Script=Cyrillic}/u;
      for (const notice of Object.values(EXAMPLES).flat()) {
        const words = text(html(notice, locale));
        expect(words, notice.kind).not.toBe(text(html(notice, "en")));
        expect(words, notice.kind).toMatch(script);
        // Latin letters stand only inside code: parameter names and values as typed.
        const outside = html(notice, locale).replace(/<code[^>]*>.*?<\/code>/g, "");
        expect(outside.match(/[A-Za-z]{3,}/g) ?? [], `${notice.kind} in ${locale}`).toEqual([]);
      }
    });
  }

  it("keeps the English sentences the explorer has always written", () => {
    const [flow] = EXAMPLES.badChoice;
    expect(text(html(flow!, "en"))).toBe(
      "“flow” cannot be “nope”; it is one of “total”, “exports”, “imports” or “balance”, so “total” is used.",
    );
    expect(text(html(EXAMPLES.badRangeYear[0]!, "en"))).toBe(
      "“from”: “abc” is not a year; years are written with four digits, e.g. 2008. Showing from 1992 instead.",
    );
    expect(text(html(EXAMPLES.compareCount[0]!, "en"))).toBe(
      "“compare” takes two years, such as “compare=2003,2008”; it was given only 1, so no comparison is shown.",
    );
  });

  it("writes years without a thousands separator and joins lists in the language's way", () => {
    const reversed = EXAMPLES.rangeReversed[0]!;
    expect(text(html(reversed, "ur"))).toContain("(2015)");
    expect(text(html(reversed, "ru"))).toContain("1992–2024");
    expect(text(html(EXAMPLES.unknownSeries[1]!, "ru"))).toContain("«nope» или «gold»");
  });
});
