"use client";

import type { ReactNode } from "react";
import { provideDrawnWords, type DrawnWords } from "@/lib/i18n/drawn-words";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Hands the drawn words (labels, chart words) of the page's language, and of
 * English, to the client components below it, which format amounts and draw
 * charts with them. English comes too because some text is English on every
 * edition (the series the import page reads and its comparison's notes,
 * marked lang="en").
 * React renders a component before its children, so the words are there
 * before any of them asks, while hydrating and after a client-side navigation
 * alike.
 */
export function DrawnWordsProvider({
  words,
  children,
}: {
  words: Partial<Record<Locale, DrawnWords>>;
  children: ReactNode;
}) {
  for (const [locale, ofLocale] of Object.entries(words) as [Locale, DrawnWords][]) provideDrawnWords(locale, ofLocale);
  return <>{children}</>;
}
