import { describe, expect, it } from "vitest";
import {
  apaCitation,
  bibtexCitation,
  bibtexKey,
  chicagoCitation,
  citations,
  citationTemplates,
  creditLine,
  creditName,
  escapeBibtex,
  creditWording,
  fillAccessDate,
  formatCitationDate,
  type CitationInput,
  type CitationWords,
} from "./citation";
import { getT } from "./i18n";
import { MESSAGES } from "./i18n/messages";

const IMF_PK = {
  title: "Direction of Trade Statistics (DOTS): country table for Pakistan, exports FOB and imports CIF by partner",
  publisher: "International Monetary Fund",
  kind: "official",
} as const;
const IMF_RU = { ...IMF_PK, title: "Direction of Trade Statistics (DOTS): country table for the Russian Federation" };
const DAWN = { title: "Ministry of Commerce figures", publisher: "Dawn", kind: "press" } as const;

const INPUT: CitationInput = {
  siteName: "Pakistan–Russia Economic Relations",
  title: "Total trade, as each country counts it, 1992–2020, US$ millions",
  url: "https://example.org/trade?from=2003&to=2009",
  dataVersion: "1a2b3c4d",
  accessed: new Date("2026-12-02T23:30:00Z"),
  sources: [DAWN, IMF_PK, IMF_RU],
};

describe("credit line", () => {
  it("names an official series by its publisher's short name and the series", () => {
    expect(creditName(IMF_PK)).toBe("IMF Direction of Trade Statistics");
  });

  it("names any other source by its publisher", () => {
    expect(creditName(DAWN)).toBe("Dawn");
  });

  it("names official statistics first, each once, then the dashboard", () => {
    expect(creditLine(INPUT.siteName, INPUT.sources)).toBe(
      "Source: IMF Direction of Trade Statistics, Dawn; Pakistan–Russia Economic Relations dashboard",
    );
  });

  it("names an official source that is not a statistical series by its publisher", () => {
    expect(
      creditName({ title: "Shared Security Interests", publisher: "US Department of State", kind: "official" }),
    ).toBe("US Department of State");
  });

  it("names the first two sources and counts the rest when none is official", () => {
    const press = ["Dawn", "TASS", "Business Recorder", "The Nation"].map((publisher) => ({ ...DAWN, publisher }));
    expect(creditLine("Site", press)).toBe("Source: Dawn, TASS and 2 other sources; Site dashboard");
  });

  it("names the official sources and counts the rest when there are more than three", () => {
    const press = ["Dawn", "TASS", "Business Recorder", "The Nation"].map((publisher) => ({
      ...DAWN,
      publisher,
    }));
    expect(creditLine("Site", [IMF_PK, ...press])).toBe(
      "Source: IMF Direction of Trade Statistics and 4 other sources; Site dashboard",
    );
  });

  it("credits the dashboard alone when the view cites no source", () => {
    expect(creditLine("Site", [])).toBe("Source: Site dashboard");
  });
});

describe("formats", () => {
  it("writes the access date in UTC, month first", () => {
    expect(formatCitationDate(INPUT.accessed)).toBe("December 2, 2026");
  });

  it("writes APA with a group author, no date, the version and the retrieval date", () => {
    expect(apaCitation(INPUT)).toBe(
      "Pakistan–Russia Economic Relations. (n.d.). Total trade, as each country counts it, 1992–2020, US$ millions [Data set, version 1a2b3c4d]. Retrieved December 2, 2026, from https://example.org/trade?from=2003&to=2009",
    );
  });

  it("writes Chicago with the title in quotes and the access date", () => {
    expect(chicagoCitation(INPUT)).toBe(
      "Pakistan–Russia Economic Relations. “Total trade, as each country counts it, 1992–2020, US$ millions.” Data version 1a2b3c4d. Accessed December 2, 2026. https://example.org/trade?from=2003&to=2009.",
    );
  });

  it("does not double a title's own full stop in Chicago", () => {
    expect(chicagoCitation({ ...INPUT, title: "Trade, etc." })).toContain("“Trade, etc.” Data version");
  });

  it("writes BibTeX as a misc entry with escaped text and the URL verbatim", () => {
    expect(bibtexCitation(INPUT)).toBe(
      [
        "@misc{pkru-total-trade-each-1a2b3c4d,",
        "  author = {{Pakistan--Russia Economic Relations}},",
        "  title = {{Total trade, as each country counts it, 1992--2020, US\\$ millions}},",
        "  howpublished = {Online dashboard},",
        "  version = {1a2b3c4d},",
        "  url = {https://example.org/trade?from=2003&to=2009},",
        "  urldate = {2026-12-02},",
        "  note = {Data version 1a2b3c4d, accessed 2026-12-02}",
        "}",
      ].join("\n"),
    );
  });

  it("gives all four formats at once", () => {
    expect(Object.keys(citations(INPUT))).toEqual(["credit", "apa", "chicago", "bibtex"]);
  });
});

describe("BibTeX escaping", () => {
  it("escapes every LaTeX special character", () => {
    expect(escapeBibtex("50% & $5 #1 a_b {x} ~ ^ \\")).toBe(
      "50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
  });

  it("writes en and em dashes as LaTeX ligatures", () => {
    expect(escapeBibtex("1992–2020 — both")).toBe("1992--2020 --- both");
  });

  it("percent-encodes braces and spaces in the URL so they cannot end the field", () => {
    expect(bibtexCitation({ ...INPUT, url: "https://example.org/a b{c}" })).toContain(
      "url = {https://example.org/a%20b%7Bc%7D}",
    );
  });

  it("builds a key of plain letters, digits and hyphens", () => {
    expect(bibtexKey({ title: "Pakistan’s exports — 2003–2009 (real)", dataVersion: "AB12_cd" })).toBe(
      "pkru-pakistan-exports-2003-ab12cd",
    );
  });
});

function wordsOf(locale: "ur" | "ru"): CitationWords {
  const { apa, chicago, howPublished, note } = MESSAGES[locale].share.citation;
  return { locale, apa, chicago, howPublished, note };
}

describe("citations in Urdu and Russian", () => {
  const RU: CitationInput = { ...INPUT, siteName: "Экономические отношения Пакистана и России", words: wordsOf("ru") };
  const UR: CitationInput = { ...INPUT, siteName: "پاکستان اور روس کے معاشی تعلقات", words: wordsOf("ur") };

  it("writes the Russian credit line with the Russian plural of the sources left over", () => {
    const press = ["Dawn", "TASS", "Business Recorder", "The Nation", "Kommersant", "RIA"].map((publisher) => ({
      ...DAWN,
      publisher,
    }));
    expect(creditLine("Сайт", press, creditWording(getT("ru")))).toBe(
      "Источник: Dawn, TASS и ещё 4 источника; информационная панель «Сайт»",
    );
    expect(creditLine("Сайт", press.slice(0, 4), creditWording(getT("ru")))).toBe(
      "Источник: Dawn, TASS и ещё 2 источника; информационная панель «Сайт»",
    );
  });

  it("writes the Urdu credit line with Urdu punctuation and the site's Urdu name", () => {
    expect(creditLine(UR.siteName, [IMF_PK, DAWN], creditWording(getT("ur")))).toBe(
      "ماخذ: IMF Direction of Trade Statistics، Dawn؛ پاکستان اور روس کے معاشی تعلقات ڈیش بورڈ",
    );
  });

  it("keeps APA's form in Russian with the Russian words and date", () => {
    expect(apaCitation(RU)).toBe(
      "Экономические отношения Пакистана и России. (б. д.). Total trade, as each country counts it, 1992–2020, US$ millions [Набор данных, версия 1a2b3c4d]. Дата обращения: 2 декабря 2026. https://example.org/trade?from=2003&to=2009",
    );
  });

  it("writes the Urdu retrieval date with the Urdu month", () => {
    expect(apaCitation(UR)).toContain("2 دسمبر");
    expect(apaCitation(UR)).toContain("ورژن 1a2b3c4d");
    expect(chicagoCitation(UR)).toContain("ڈیٹا ورژن 1a2b3c4d");
  });

  it("keeps BibTeX's fields and puts the language's words in its values", () => {
    const entry = bibtexCitation(RU);
    expect(entry).toContain("  howpublished = {Информационная панель в интернете},");
    expect(entry).toContain("  note = {Версия данных 1a2b3c4d, дата обращения 2026-12-02}");
    expect(entry).toMatch(/^@misc\{pkru-/);
  });

  it("uses the credit line worked out on the server when one is given", () => {
    expect(citations({ ...RU, credit: "Источник: X" }).credit).toBe("Источник: X");
  });
});

describe("citations with the access date left open", () => {
  const { accessed, ...undated } = INPUT;
  const russian = { ...undated, words: wordsOf("ru") };

  it("give exactly the dated citations once the day is filled in", () => {
    expect(fillAccessDate(citationTemplates(undated), accessed, "en")).toEqual(citations(INPUT));
    expect(fillAccessDate(citationTemplates(russian), accessed, "ru")).toEqual(citations({ ...russian, accessed }));
  });

  it("carry no date of their own before it is filled in", () => {
    const open = citationTemplates(undated);
    expect(open.apa).not.toContain(formatCitationDate(accessed));
    expect(open.bibtex).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("write another day where the reader's day differs from the server's", () => {
    const filled = fillAccessDate(citationTemplates(undated), new Date("2027-01-05T00:00:00Z"), "en");
    expect(filled.apa).toContain("January 5, 2027");
    expect(filled.bibtex).toContain("urldate = {2027-01-05}");
  });
});
