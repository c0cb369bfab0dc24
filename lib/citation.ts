import type { Source } from "./definitions";
import { fillLabel } from "./format";
import type { Translator } from "./i18n";
import type { Locale } from "./i18n/locales";
import enShare from "@/messages/en/share.json";
import { ACCESS_DATE, formatCitationDate, isoDate, type AccessDate, type Citations } from "./citation-formats";

export { CITATION_FORMATS, fillAccessDate, formatCitationDate, isoDate, type Citations } from "./citation-formats";

/*
 * Citations of a view of the dashboard: a short credit line to print under a
 * chart, and the same reference in APA (7th edition), Chicago (17th edition,
 * bibliography) and BibTeX. Everything comes from the view's title, its URL,
 * the sources of the figures it shows and the data version, so the chart's
 * Cite panel and the sources page say the same thing the same way.
 *
 * The styles keep their form in every language; the words they carry (the
 * retrieval date, "data version", the credit line) come from the share
 * catalogue, handed in as plain templates so the client panel, which fills in
 * the reader's own date, needs no translator.
 */

/** The citation templates of one language (messages/<locale>/share.json, `citation`), filled in with `{name}` values. */
export type CitationWords = {
  locale: Locale;
  apa: string;
  chicago: string;
  howPublished: string;
  note: string;
};

export const ENGLISH_CITATION_WORDS: CitationWords = {
  locale: "en",
  apa: enShare.citation.apa,
  chicago: enShare.citation.chicago,
  howPublished: enShare.citation.howPublished,
  note: enShare.citation.note,
};

export type CitationInput = {
  /** The dashboard's name, the author of every view. */
  siteName: string;
  /** What the view shows, e.g. the chart's title. */
  title: string;
  /** Absolute URL of the view, search parameters included. */
  url: string;
  /** Fingerprint of the data files the view was drawn from. */
  dataVersion: string;
  /** The day the reader looked at it. */
  accessed: Date;
  /** Sources of the figures shown; the credit line names them. */
  sources: readonly Pick<Source, "title" | "publisher" | "kind">[];
  /** The credit line in the reader's language, worked out on the server; English from `sources` when absent. */
  credit?: string;
  /** The citation words in the reader's language; English when absent. */
  words?: CitationWords;
};

/** A citation's input before the reader's day is known. */
type Undated = Omit<CitationInput, "accessed">;

/*
 * Publishers whose short names readers know better than their full ones. Only
 * the official statistics the charts are drawn from need one: every other
 * source is credited by its publisher's name as the data gives it.
 */
const PUBLISHER_SHORT_NAMES: Readonly<Record<string, string>> = {
  "International Monetary Fund": "IMF",
  "U.S. Bureau of Labor Statistics": "US Bureau of Labor Statistics",
};

/** How many sources a credit line names before it counts the rest. */
const NAMED_SOURCES = 3;

/**
 * The name a credit line gives a source. A statistical series, whose title
 * names it with its acronym ("Direction of Trade Statistics (DOTS): …"), is
 * named by publisher and series ("IMF Direction of Trade Statistics"); any
 * other source by its publisher.
 */
export function creditName(source: Pick<Source, "title" | "publisher" | "kind">): string {
  const publisher = PUBLISHER_SHORT_NAMES[source.publisher] ?? source.publisher;
  const series = /^([^(:,]+?)\s*\([A-Z][A-Z0-9-]+\)/.exec(source.title)?.[1];
  return source.kind === "official" && series !== undefined ? `${publisher} ${series}` : publisher;
}

/** Every name a credit line may give, official statistics first, each once. */
export function creditedNames(sources: CitationInput["sources"]): string[] {
  const official = sources.filter((source) => source.kind === "official").map(creditName);
  return [...new Set([...official, ...sources.map(creditName)])];
}

/** How a credit line is worded in a language: the server builds one from the share catalogue (`creditWording`). */
export type CreditWording = {
  line: (names: string, dashboard: string) => string;
  siteOnly: (dashboard: string) => string;
  dashboard: (siteName: string) => string;
  /** "Dawn, TASS and 2 other sources", with the count's plural form. */
  others: (names: string, count: number) => string;
  listSeparator: string;
};

export const ENGLISH_CREDIT_WORDING: CreditWording = {
  line: (names, dashboard) => `Source: ${names}; ${dashboard}`,
  siteOnly: (dashboard) => `Source: ${dashboard}`,
  dashboard: (siteName) => `${siteName} dashboard`,
  others: (names, count) => `${names} and ${count} other source${count === 1 ? "" : "s"}`,
  listSeparator: ", ",
};

/** The credit line's wording from a translator over the share catalogue. */
export function creditWording(t: Translator): CreditWording {
  return {
    line: (names, dashboard) => t("share.citation.credit", { names, dashboard }),
    siteOnly: (dashboard) => t("share.citation.creditSiteOnly", { dashboard }),
    dashboard: (site) => t("share.citation.dashboard", { site }),
    others: (names, count) => t("share.citation.others", { names, count }),
    listSeparator: t("share.citation.listSeparator"),
  };
}

/**
 * "Source: IMF Direction of Trade Statistics; <site> dashboard". Up to three
 * sources are named; beyond that the official ones (or the first two) are
 * named and the rest counted. Publishers are proper names and stay as the
 * data gives them.
 */
export function creditLine(
  siteName: string,
  sources: CitationInput["sources"],
  wording: CreditWording = ENGLISH_CREDIT_WORDING,
): string {
  const official = [...new Set(sources.filter((source) => source.kind === "official").map(creditName))];
  const names = creditedNames(sources);
  let named = names.join(wording.listSeparator);
  if (names.length > NAMED_SOURCES) {
    const shown = (official.length > 0 ? official : names).slice(0, NAMED_SOURCES - 1);
    named = wording.others(shown.join(wording.listSeparator), names.length - shown.length);
  }
  const dashboard = wording.dashboard(siteName);
  return named === "" ? wording.siteOnly(dashboard) : wording.line(named, dashboard);
}

/** A sentence ends with one full stop (Urdu "۔"), whatever punctuation the title ends with. */
function sentence(text: string, locale: Locale): string {
  if (/[.?!۔؟]$/.test(text)) return text;
  return `${text}${locale === "ur" ? "۔" : "."}`;
}

/*
 * APA: a group author, no date (the view changes with the data, hence the
 * retrieval date), the title in sentence case as given, and the data version
 * as the description in brackets.
 */
export function apaCitation(input: CitationInput): string {
  return apaText(input, accessDateOf(input));
}

function apaText(input: Undated, date: AccessDate): string {
  const words = input.words ?? ENGLISH_CITATION_WORDS;
  return fillLabel(words.apa, {
    site: input.siteName,
    title: input.title,
    version: input.dataVersion,
    date: date.long,
    url: input.url,
  });
}

/* Chicago, bibliography form of a web page: author, title in quotes, version, access date and URL. */
export function chicagoCitation(input: CitationInput): string {
  return chicagoText(input, accessDateOf(input));
}

function chicagoText(input: Undated, date: AccessDate): string {
  const words = input.words ?? ENGLISH_CITATION_WORDS;
  return fillLabel(words.chicago, {
    site: input.siteName,
    title: sentence(input.title, words.locale),
    version: input.dataVersion,
    date: date.long,
    url: input.url,
  });
}

const BIBTEX_SPECIALS: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "–": "--",
  "—": "---",
};

/**
 * Text for a BibTeX field: LaTeX's special characters escaped, and en and em
 * dashes written as LaTeX ligatures, so the entry works with classic BibTeX as
 * well as biblatex.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^–—]/g, (character) => BIBTEX_SPECIALS[character] ?? character);
}

/**
 * A URL for a BibTeX `url` field, read verbatim by the url package: only
 * braces, which would end the field, and spaces are percent-encoded.
 */
function bibtexUrl(url: string): string {
  return url.replace(/[{} ]/g, (character) => encodeURIComponent(character));
}

/** A citation key of letters, digits and hyphens: the site's initials, the view's words and the data version. */
export function bibtexKey(input: Pick<CitationInput, "title" | "dataVersion">): string {
  const words = input.title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 3)
    .slice(0, 3);
  return ["pkru", ...words, input.dataVersion.toLowerCase().replace(/[^a-z0-9]/g, "")].join("-");
}

export function bibtexCitation(input: CitationInput): string {
  return bibtexText(input, accessDateOf(input));
}

function bibtexText(input: Undated, date: AccessDate): string {
  const words = input.words ?? ENGLISH_CITATION_WORDS;
  const fields: [string, string][] = [
    // Double braces keep a group author whole and the title's capitals as written.
    ["author", `{${escapeBibtex(input.siteName)}}`],
    ["title", `{${escapeBibtex(input.title)}}`],
    ["howpublished", escapeBibtex(words.howPublished)],
    ["version", escapeBibtex(input.dataVersion)],
    ["url", bibtexUrl(input.url)],
    ["urldate", date.iso],
    ["note", escapeBibtex(fillLabel(words.note, { version: input.dataVersion, date: date.iso }))],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n");
  return `@misc{${bibtexKey(input)},\n${body}\n}`;
}

function accessDateOf(input: Pick<CitationInput, "accessed" | "words">): AccessDate {
  return { long: formatCitationDate(input.accessed, input.words?.locale), iso: isoDate(input.accessed) };
}

function citationsOn(input: Undated, date: AccessDate): Citations {
  return {
    credit: input.credit ?? creditLine(input.siteName, input.sources),
    apa: apaText(input, date),
    chicago: chicagoText(input, date),
    bibtex: bibtexText(input, date),
  };
}

export function citations(input: CitationInput): Citations {
  return citationsOn(input, accessDateOf(input));
}

/**
 * The citations with the access date left open, for the Cite panel: the
 * browser fills in the reader's own day (`fillAccessDate`) without this module
 * or its catalogue.
 */
export function citationTemplates(input: Undated): Citations {
  return citationsOn(input, ACCESS_DATE);
}
