import { createTranslator } from "use-intl/core";
import { DATE_LOCALE, type Locale } from "./locales";
import { messagesOf, type Messages } from "./messages";

export * from "./locales";
export * from "./number-format";

/*
 * Interface text comes from the message catalogues in messages/, through
 * use-intl's translator: ICU messages (plurals, numbers, rich text with links),
 * typed by the English catalogue, so a key that does not exist fails the type
 * check, and a key missing from the Urdu or Russian catalogue fails a unit test
 * (lib/i18n/messages.test.ts). Pages pass their locale down; nothing here
 * depends on a request, so every page can still be prerendered.
 */

declare module "use-intl/core" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

/** During a build or a test, a message that cannot be formatted stops it; a running server logs it and shows the key. */
const strict = process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build";

function makeTranslator(locale: Locale) {
  return createTranslator({
    locale,
    messages: messagesOf(locale),
    formats: { number: { plain: { maximumFractionDigits: 2 } } },
    onError(error) {
      if (strict) throw error;
      console.error(error);
    },
    getMessageFallback: ({ key, namespace }) => [namespace, key].filter(Boolean).join("."),
  });
}

export type Translator = ReturnType<typeof makeTranslator>;

const translators = new Map<Locale, Translator>();

/** The translator of a locale over every catalogue: `t("common.nav.trade")`, `t.rich("common.footer.cite", { … })`. */
export function getT(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (translator === undefined) {
    translator = makeTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

/** "A, B and C" in each language. */
export function formatList(
  locale: Locale,
  items: readonly string[],
  type: Intl.ListFormatType = "conjunction",
): string {
  return new Intl.ListFormat(DATE_LOCALE[locale], { type }).format(items);
}

/** A date in the locale's words: "4 April 1979", "4 اپریل، 1979", "4 апреля 1979 г.". */
export function formatDate(
  locale: Locale,
  date: Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: "long" },
): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { timeZone: "UTC", ...options }).format(date);
}
