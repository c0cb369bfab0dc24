"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { HTML_LANG, splitLocalePath, textDirection, type Locale } from "@/lib/i18n/locales";

/**
 * Shows the variant in the language of the address, marked with its language
 * and direction. For the not-found pages, which Next renders without route
 * parameters, once for every address: the server renders each language's
 * variant, and the address decides which one is shown.
 */
export function ByLocale({ variants }: { variants: Record<Locale, ReactNode> }) {
  const { locale } = splitLocalePath(usePathname());
  return (
    <div lang={HTML_LANG[locale]} dir={textDirection(locale)}>
      {variants[locale]}
    </div>
  );
}
