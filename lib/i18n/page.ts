import type { Metadata } from "next";
import { HTML_LANG, LOCALES, localizePath, toLocale, type Locale } from "./locales";

/** What Next hands every page below app/[lang]: its language segment. */
export type LangParams = { params: Promise<{ lang: string }> };

/** The page's locale from its route parameters (the layout has already refused anything else). */
export async function pageLocale(params: LangParams["params"]): Promise<Locale> {
  return toLocale((await params).lang);
}

/**
 * A page's metadata in one language, with its address in every language
 * (`hreflang` alternates, x-default being English) and itself as canonical.
 */
export function localizedMetadata(
  locale: Locale,
  path: string,
  metadata: { title: string; description?: string } & Omit<Metadata, "title" | "description">,
): Metadata {
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map((code) => [HTML_LANG[code], localizePath(code, path)]),
  );
  return {
    ...metadata,
    alternates: { canonical: localizePath(locale, path), languages: { ...languages, "x-default": path } },
  };
}
