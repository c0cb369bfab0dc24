"use client";

import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import { HTML_LANG, localizePath, splitLocalePath, type Locale } from "@/lib/i18n/locales";

/**
 * Links to the same page in each language. The server's HTML links to the
 * page itself; a click adds the current query and fragment, so a view of
 * /trade or /timeline (its state is in the query) opens in the other language
 * exactly as it is. Each name is written, and marked, in its own language.
 */
export function LanguageSwitch({
  label,
  languages,
}: {
  label: string;
  languages: readonly { code: Locale; name: string }[];
}) {
  const { locale, path } = splitLocalePath(usePathname());

  function keepView(event: MouseEvent<HTMLAnchorElement>) {
    const link = event.currentTarget;
    link.href = `${link.pathname}${window.location.search}${window.location.hash}`;
  }

  return (
    <nav className="language-switch" aria-label={label}>
      <ul>
        {languages.map(({ code, name }) => (
          <li key={code}>
            <a
              href={localizePath(code, path)}
              hrefLang={HTML_LANG[code]}
              lang={HTML_LANG[code]}
              aria-current={code === locale ? "true" : undefined}
              onClick={code === locale ? undefined : keepView}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
