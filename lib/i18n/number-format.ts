import { NUMBER_LOCALE, type Locale } from "./locales";

/* Number formatting by locale, without the catalogues: client components may import it. */

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A memoised Intl.NumberFormat for a locale's conventions (lakh grouping in Urdu, a comma decimal in Russian). */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}
