import { type Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/number-format";

/*
 * The import page's client components get their words from the server page,
 * already translated (see import-labels.ts), so the catalogues stay out of the
 * browser. Messages that take values arrive as templates with "{name}"
 * placeholders, and messages that depend on a count arrive as one template per
 * plural category of the language; these two helpers fill them in.
 */

/** One template per plural category the language uses ("one", "few", "many", "other" in Russian). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A piece of translated text: `en` marks words left in English (names, file formats), rendered
 * with `lang="en"`; `code` and `i` are set in those elements.
 */
export type TextPart = { text: string; tag?: "en" | "code" | "i" };

export type FillValues = Record<string, string | number>;

/** Replaces each "{name}" in a template; numbers are written in the locale's digits and grouping. */
export function fill(template: string, values: FillValues, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(locale, value) : value;
  });
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The template for `count` in the locale's plural rules, filled with the count and the other values. */
export function plural(forms: PluralForms, count: number, locale: Locale, values: FillValues = {}): string {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return fill(forms[rules.select(count)] ?? forms.other, { ...values, count }, locale);
}

/** A size as the importer states its limits ("50 MB", "12 KB"), in the locale's digits. */
export function formatSize(bytes: number, units: { bytes: string; kb: string; mb: string }, locale: Locale): string {
  const megabyte = 1024 * 1024;
  if (bytes >= megabyte) {
    const value = bytes % megabyte === 0 ? bytes / megabyte : Math.round((bytes / megabyte) * 10) / 10;
    return fill(units.mb, { value }, locale);
  }
  if (bytes >= 1024) return fill(units.kb, { value: Math.round(bytes / 1024) }, locale);
  return fill(units.bytes, { value: bytes }, locale);
}
