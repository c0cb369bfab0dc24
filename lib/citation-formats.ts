import { DATE_LOCALE, type Locale } from "./i18n/locales";

/*
 * What the Cite panel needs in the browser: the formats, and the access date
 * written as the styles write it. The citations themselves are put together on
 * the server (lib/citation.ts) with the date left open, so the panel can fill
 * in the reader's own day without the citation code or its catalogue.
 */

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

/**
 * "December 2, 2026": the form both APA and Chicago write dates in; "2 декабря
 * 2026" and "2 دسمبر، 2026" in the Russian and Urdu editions (without
 * Russian's "г.", whose full stop would run into the style's own). Read in
 * UTC, so a server anywhere agrees.
 */
export function formatCitationDate(date: Date, locale: Locale = "en"): string {
  if (locale !== "en") {
    const long = new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" }).format(date);
    return long.replace(/\s*г\.$/, "");
  }
  return `${MONTHS[date.getUTCMonth()] ?? ""} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The access date as a citation writes it: in words (APA, Chicago) and as YYYY-MM-DD (BibTeX). */
export type AccessDate = { long: string; iso: string };

/*
 * Where the date goes in a citation whose day is not known yet: characters of
 * Unicode's private use area, which no title or URL contains and which BibTeX
 * escaping leaves alone.
 */
export const ACCESS_DATE: AccessDate = { long: "\uE000", iso: "\uE001" };

/** Citations left open by `citationTemplates`, dated. */
export function fillAccessDate(templates: Citations, accessed: Date, locale: Locale): Citations {
  const long = formatCitationDate(accessed, locale);
  const iso = isoDate(accessed);
  const fill = (text: string) => text.replaceAll(ACCESS_DATE.long, long).replaceAll(ACCESS_DATE.iso, iso);
  return {
    credit: fill(templates.credit),
    apa: fill(templates.apa),
    chicago: fill(templates.chicago),
    bibtex: fill(templates.bibtex),
  };
}
