import type { Locale } from "./locales";

/*
 * The data's prose (item names, notes, financier and publisher names) is translated on its
 * own schedule: until a language's dataset carries a text, it is the English
 * one. Such text is marked as English (`lang="en"`) so screen readers
 * pronounce it as English; a text in the page's own script needs no mark.
 */
const SCRIPTS: Partial<Record<Locale, RegExp>> = {
  ur: /[\u0600-\u06FF]/,
  ru: /[\u0400-\u04FF]/,
};

/** "en" when a text of the data on an Urdu or Russian page has no letter of that language's script. */
export function proseLang(text: string, locale: Locale): "en" | undefined {
  const script = SCRIPTS[locale];
  if (script === undefined || script.test(text) || !/[A-Za-z]/.test(text)) return undefined;
  return "en";
}

/** Attributes marking a text of the data as English on an Urdu or Russian page, or none. */
export function proseLangAttributes(text: string, locale: Locale): { lang?: "en"; dir?: "ltr" } {
  return proseLang(text, locale) === "en" ? { lang: "en", dir: "ltr" } : {};
}
