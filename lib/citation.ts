import type { Source } from "./definitions";

/*
 * Citations of a view of the dashboard: a short credit line to print under a
 * chart, and the same reference in APA (7th edition), Chicago (17th edition,
 * bibliography) and BibTeX. Everything comes from the view's title, its URL,
 * the sources of the figures it shows and the data version, so the chart's
 * Cite panel and the sources page say the same thing the same way.
 */

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
};

export type Citations = {
  credit: string;
  apa: string;
  chicago: string;
  bibtex: string;
};

export const CITATION_FORMATS = [
  { id: "credit", label: "Credit line" },
  { id: "apa", label: "APA" },
  { id: "chicago", label: "Chicago" },
  { id: "bibtex", label: "BibTeX" },
] as const satisfies readonly { id: keyof Citations; label: string }[];

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

/**
 * "Source: IMF Direction of Trade Statistics; <site> dashboard". Up to three
 * sources are named; beyond that the official ones (or the first two) are
 * named and the rest counted.
 */
export function creditLine(siteName: string, sources: CitationInput["sources"]): string {
  const official = [...new Set(sources.filter((source) => source.kind === "official").map(creditName))];
  const names = [...new Set([...official, ...sources.map(creditName)])];
  let named = names.join(", ");
  if (names.length > NAMED_SOURCES) {
    const shown = (official.length > 0 ? official : names).slice(0, NAMED_SOURCES - 1);
    named = `${shown.join(", ")} and ${names.length - shown.length} other sources`;
  }
  const dashboard = `${siteName} dashboard`;
  return named === "" ? `Source: ${dashboard}` : `Source: ${named}; ${dashboard}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "December 2, 2026": the form both APA and Chicago write dates in. Read in UTC, so a server anywhere agrees. */
export function formatCitationDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()] ?? ""} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A sentence ends with one full stop, whatever punctuation the title ends with. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/*
 * APA: a group author, no date (the view changes with the data, hence the
 * retrieval date), the title in sentence case as given, and the data version
 * as the description in brackets.
 */
export function apaCitation(input: CitationInput): string {
  return `${input.siteName}. (n.d.). ${input.title} [Data set, version ${input.dataVersion}]. Retrieved ${formatCitationDate(input.accessed)}, from ${input.url}`;
}

/* Chicago, bibliography form of a web page: author, title in quotes, version, access date and URL. */
export function chicagoCitation(input: CitationInput): string {
  return `${input.siteName}. “${sentence(input.title)}” Data version ${input.dataVersion}. Accessed ${formatCitationDate(input.accessed)}. ${input.url}.`;
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
  const fields: [string, string][] = [
    // Double braces keep a group author whole and the title's capitals as written.
    ["author", `{${escapeBibtex(input.siteName)}}`],
    ["title", `{${escapeBibtex(input.title)}}`],
    ["howpublished", "Online dashboard"],
    ["version", escapeBibtex(input.dataVersion)],
    ["url", bibtexUrl(input.url)],
    ["urldate", isoDate(input.accessed)],
    ["note", `Data version ${escapeBibtex(input.dataVersion)}, accessed ${isoDate(input.accessed)}`],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n");
  return `@misc{${bibtexKey(input)},\n${body}\n}`;
}

export function citations(input: CitationInput): Citations {
  return {
    credit: creditLine(input.siteName, input.sources),
    apa: apaCitation(input),
    chicago: chicagoCitation(input),
    bibtex: bibtexCitation(input),
  };
}
