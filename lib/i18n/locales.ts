/*
 * The site's languages and what follows from each: the URL prefix, the
 * language tag on <html>, the writing direction and the conventions Intl uses
 * for numbers and dates. English keeps today's addresses (no prefix); Urdu and
 * Russian live under /ur and /ru. Pure and dependency-free, so client
 * components may import it.
 */

export const LOCALES = ["en", "ur", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale of a route parameter; anything else is English (the route itself refuses unknown values). */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ur: "اردو", ru: "Русский" };

/** The BCP 47 tag for `lang` attributes, hreflang and Open Graph. */
export const HTML_LANG: Record<Locale, string> = { en: "en-GB", ur: "ur-PK", ru: "ru-RU" };

export function textDirection(locale: Locale): "ltr" | "rtl" {
  return locale === "ur" ? "rtl" : "ltr";
}

/*
 * The locale Intl formats numbers with. Urdu readers in Pakistan group large
 * numbers in lakhs and crores (1,23,45,678) and read Western digits in the
 * press; CLDR's ur-PK groups in thousands, so Urdu numbers use the South Asian
 * grouping of en-IN, whose digits and separators are otherwise the same.
 */
export const NUMBER_LOCALE: Record<Locale, string> = { en: "en-GB", ur: "en-IN", ru: "ru-RU" };

/** Dates and month names: Urdu month names in the Gregorian calendar, as Pakistani papers print them. */
export const DATE_LOCALE: Record<Locale, string> = { en: "en-GB", ur: "ur-PK", ru: "ru-RU" };

/** The path prefix of a locale: "" for English, "/ur" and "/ru" otherwise. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? "" : `/${locale}`;
}

/**
 * A site path ("/trade", "/", "/trade?flow=balance#chart") in a locale:
 * "/ur/trade", "/ur", … Paths outside the pages (the data API, files) are
 * returned as they are, since they are the same in every language.
 */
export function localizePath(locale: Locale, path: string): string {
  if (!path.startsWith("/") || /^\/(?:api|_next)(?:\/|$)/.test(path)) return path;
  const prefix = localePrefix(locale);
  if (prefix === "") return path;
  const rest = path.replace(/^\/(?=[?#]|$)/, "");
  return `${prefix}${rest}`;
}

/**
 * A page path split into its locale and the path it has in English: "/ur/trade"
 * → { locale: "ur", path: "/trade" }. Internal routes behind the cached views
 * ("/en/trade/view/…", which the server renders for "/trade?…") read as the
 * address a reader sees, so the server and the browser agree.
 */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const match = /^\/(en|ur|ru)(?=\/|$)(.*)$/.exec(pathname);
  const locale = match ? toLocale(match[1]) : DEFAULT_LOCALE;
  const rest = (match ? match[2] : pathname) || "/";
  return { locale, path: rest.replace(/^\/(trade|timeline)\/view\/[^/]+$/, "/$1") };
}
