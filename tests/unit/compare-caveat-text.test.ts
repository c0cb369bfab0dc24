import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { caveatParts, CaveatText } from "@/components/compare/caveat-text";
import { compareCaveatWords } from "@/components/compare/caveat-words";
import { getT } from "@/lib/i18n";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import {
  COMPARE_CAVEAT_KINDS,
  COMPARE_NOTE_KINDS,
  type CaveatPeriod,
  type CompareCaveat,
  type CompareNote,
} from "@/lib/trade/caveats";

/*
 * Every kind of caveat and note of a comparison, worded in every language: it formats,
 * leaves no template argument unfilled, and keeps names as published (an
 * imported series, its file, the importer's note) marked as English.
 */

const YEAR_2003: CaveatPeriod = {
  period: "2003",
  basis: "calendar",
  start: { year: 2003, month: 1 },
  end: { year: 2003, month: 12 },
};
const FY_2013: CaveatPeriod = {
  period: "FY2012-13",
  basis: "fiscal",
  start: { year: 2012, month: 7 },
  end: { year: 2013, month: 6 },
};
const JAN_OCT_2018: CaveatPeriod = {
  period: "2018 Jan–Oct",
  basis: "partial",
  start: { year: 2018, month: 1 },
  end: { year: 2018, month: 10 },
};

/** Our series are named in the page's language by the localised dataset. */
const OUR_SERIES: Record<Locale, string> = {
  en: "Pakistan Ministry of Commerce, Pakistani statistics, fiscal years (July–June)",
  ru: "Министерство торговли Пакистана, статистика Пакистана, финансовые годы (июль–июнь)",
  ur: "پاکستان کی وزارتِ تجارت، پاکستانی اعداد و شمار، مالی سال (جولائی تا جون)",
};
const RIVAL: Record<Locale, string> = { en: "FPCCI", ru: "Федерация торговых палат", ur: "وفاقی ایوانِ تجارت" };

type Remark = CompareCaveat | CompareNote;

function examples(locale: Locale): Record<Remark["kind"], Remark[]> {
  return {
    status: [
      { kind: "status", period: YEAR_2003, status: "derived" },
      { kind: "status", period: FY_2013, status: "approximate" },
      { kind: "status", period: JAN_OCT_2018, status: "unverified" },
    ],
    floor: [
      { kind: "floor", period: YEAR_2003, side: "earlier" },
      { kind: "floor", period: FY_2013, side: "later" },
    ],
    partYear: [{ kind: "partYear", period: JAN_OCT_2018, start: JAN_OCT_2018.start, end: JAN_OCT_2018.end }],
    conflict: [
      {
        kind: "conflict",
        period: FY_2013,
        rivals: [
          { totalUsdM: 666.85, atLeast: false, reporter: RIVAL[locale] },
          { totalUsdM: 1000, atLeast: true, reporter: RIVAL[locale] },
        ],
      },
    ],
    differentSeries: [
      {
        kind: "differentSeries",
        from: { id: "imf-pk-total", label: OUR_SERIES[locale] },
        to: { id: "imported-1", label: "Pakistan exports to Russia", imported: true },
      },
    ],
    differentPerspectives: [{ kind: "differentPerspectives", from: "pakistani", to: "russian" }],
    differentBases: [{ kind: "differentBases", from: "calendar", to: "partial" }],
    importedFile: [
      {
        kind: "importedFile",
        fileName: "TradeData.csv",
        format: { id: "comtrade-plus", label: "UN Comtrade+ (TradeData)" },
        conversion: "values in US$, divided by 1,000,000",
      },
      {
        kind: "importedFile",
        year: 2019,
        fileName: "mystery.csv",
        format: { id: "made-up", label: "Some format" },
        conversion: "values in US$ millions, not converted",
      },
    ],
    importedPartYear: [
      { kind: "importedPartYear", year: 2023, period: "2023M1–2023M3" },
      { kind: "importedPartYear", year: 2023 },
    ],
    unusablePick: [
      {
        kind: "unusablePick",
        missing: [
          { series: "pakistan-ministry-of-commerce-pakistani-fiscal", year: 2003 },
          { series: "no-such-series", year: 2008 },
        ],
      },
    ],
    severalFigures: [
      {
        kind: "severalFigures",
        series: { id: "pakistan-ministry-of-commerce-pakistani-fiscal", label: OUR_SERIES[locale] },
        year: 2013,
        figure: { totalUsdM: 666.85, atLeast: false, reporter: RIVAL[locale], period: FY_2013 },
      },
    ],
  };
}

/** The import formats' names in each language, as the import page passes them. */
const formats = (locale: Locale): Record<string, string> => ({
  "comtrade-plus": getT(locale)("import.formats.comtrade-plus"),
});

/** Names of statistical products both languages' press write in Latin letters (as tests/e2e/i18n.spec.ts allows). */
const LATIN_ALLOWED = new Set(["Comtrade", "Comtrade+"]);

const html = (caveat: Remark, locale: Locale) =>
  renderToStaticMarkup(
    createElement(CaveatText, { caveat, words: compareCaveatWords(locale), formats: formats(locale) }),
  );

const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

/** Latin words outside the parts marked as English; acronyms such as CIF, FOB or US$ may stand in any language. */
function latinOutsideMarks(markup: string): string[] {
  const outside = markup.replace(/<span lang="en" dir="ltr">.*?<\/span>/g, "");
  return (text(outside).match(/[A-Za-z][A-Za-z0-9+'-]*/g) ?? []).filter(
    (word) => !/^[A-Z][A-Z0-9+]{1,7}$/.test(word) && !LATIN_ALLOWED.has(word),
  );
}

describe("caveats of a comparison in every language", () => {
  it("has an example of every kind", () => {
    expect(Object.keys(examples("en")).sort()).toEqual([...COMPARE_CAVEAT_KINDS, ...COMPARE_NOTE_KINDS].sort());
  });

  for (const locale of LOCALES) {
    it(`words every kind in ${locale}, with nothing left unfilled`, () => {
      for (const caveat of Object.values(examples(locale)).flat()) {
        const words = text(html(caveat, locale));
        expect(words.trim().length, caveat.kind).toBeGreaterThan(10);
        expect(words, caveat.kind).not.toMatch(/[{}]/);
        expect(words, caveat.kind).not.toMatch(/compare\.caveats\./);
        expect(words, caveat.kind).not.toMatch(/undefined|NaN/);
      }
    });
  }

  for (const locale of ["ur", "ru"] as const) {
    it(`says every kind differently in ${locale} than in English, in its own script`, () => {
      const script = locale === "ur" ? /\p{Script=Arabic}/u : /\p{Script=Cyrillic}/u;
      const english = examples("en");
      for (const [kind, list] of Object.entries(examples(locale))) {
        list.forEach((caveat, index) => {
          const markup = html(caveat, locale);
          expect(text(markup), kind).not.toBe(text(html(english[kind as Remark["kind"]][index]!, "en")));
          expect(text(markup), kind).toMatch(script);
          expect(latinOutsideMarks(markup), `${kind} in ${locale}: ${text(markup)}`).toEqual([]);
        });
      }
    });

    it(`marks names kept as published as English in ${locale}`, () => {
      const [series] = examples(locale).differentSeries;
      expect(html(series!, locale)).toContain('<span lang="en" dir="ltr">Pakistan exports to Russia</span>');
      const [known, unknown] = examples(locale).importedFile;
      expect(html(known!, locale)).toContain('<span lang="en" dir="ltr">TradeData.csv</span>');
      expect(html(unknown!, locale)).toContain('<span lang="en" dir="ltr">Some format</span>');
      expect(html(unknown!, locale)).toContain(
        '<span lang="en" dir="ltr">values in US$ millions, not converted</span>',
      );
    });
  }

  it("keeps the English sentences the comparison has always written", () => {
    const en = examples("en");
    const say = (caveat: Remark | undefined) => text(html(caveat!, "en"));
    expect(say(en.status[0])).toBe(
      "The 2003 figure is derived: worked out by us from published figures (see the note).",
    );
    expect(say(en.floor[1])).toBe(
      "The FY2012-13 figure is a floor (the source says “more than”), so the true change is at least the one shown.",
    );
    expect(say(en.floor[0])).toContain("at most the one shown");
    expect(say(en.partYear[0])).toBe("The 2018 Jan–Oct figure covers only Jan–Oct 2018, not a whole year.");
    expect(say(en.conflict[0])).toBe(
      "Another source gives a different figure for FY2012-13: $666.85m (FPCCI); more than $1,000m (FPCCI).",
    );
    expect(say(en.differentSeries[0])).toBe(
      `The two figures come from different series: ${OUR_SERIES.en} and Imported: Pakistan exports to Russia. Part of the change may come from how each was counted.`,
    );
    expect(say(en.differentPerspectives[0])).toMatch(
      /^They use different statistics \(Pakistani statistics and Russian statistics\)\. .*\(CIF\).*\(FOB\)/,
    );
    expect(say(en.differentBases[0])).toBe(
      "They are counted on different bases (calendar years and part-year periods), so the periods are not the same length or do not line up.",
    );
    expect(say(en.importedFile[0])).toBe(
      "Both figures come from a file you imported (TradeData.csv, read as UN Comtrade+ (TradeData); values in US$, divided by 1,000,000). This site has not checked it.",
    );
    expect(say(en.importedFile[1])).toMatch(/^The 2019 figure comes from a file you imported \(mystery\.csv/);
    expect(say(en.importedPartYear[0])).toBe("The imported 2023 figure covers only 2023M1–2023M3, not the whole year.");
    expect(say(en.importedPartYear[1])).toBe(
      "The imported 2023 figure covers only part of the year, not the whole year.",
    );
    expect(say(en.unusablePick[0])).toBe(
      "The series the address asks for cannot be used (pakistan-ministry-of-commerce-pakistani-fiscal has no figure for 2003; no-such-series has no figure for 2008), so the default choice applies.",
    );
    expect(say(en.severalFigures[0])).toBe(
      `${OUR_SERIES.en} has more than one figure for 2013; the one covering the most months is used: $666.85m for FY2012-13 (FPCCI).`,
    );
    // English pages mark nothing: the whole page is English.
    expect(html(en.importedFile[0]!, "en")).not.toContain("lang=");
  });

  it("names periods, statuses and money in the page's language", () => {
    const ru = examples("ru");
    const say = (caveat: Remark | undefined, locale: Locale) => text(html(caveat!, locale));
    expect(say(ru.status[0], "ru")).toBe(
      "Цифра за 2003 год имеет статус «расчётное»: рассчитано нами по опубликованным цифрам (см. примечание).",
    );
    expect(say(ru.status[1], "ru")).toContain("за 2012/13 фин. г.");
    expect(say(ru.conflict[0], "ru")).toContain("666,85 млн долл.");
    expect(say(examples("ur").status[1], "ur")).toContain("مالی سال 2012-13");
    expect(say(ru.severalFigures[0], "ru")).toContain("666,85 млн долл. за 2012/13 фин. г.");
    expect(html(examples("ur").unusablePick[0]!, "ur")).toContain('<span lang="en" dir="ltr">no-such-series</span>');
    expect(caveatParts(ru.differentPerspectives[0]!, compareCaveatWords("ru"))).toEqual([
      { text: expect.stringContaining("(статистика Пакистана и статистика России)") },
    ]);
  });
});
