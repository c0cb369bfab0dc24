import type { SourceRef } from "@/lib/definitions";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { publishedLanguage } from "@/lib/sources";

/*
 * A row's sources as links to their entries on /sources in the reader's
 * language. Like components/tables/source-links, which the English-only
 * tables still use; here the publisher and the title are marked with the
 * language they were published in (English nearly always), so a screen reader reads them so.
 */
export function SourceRefLinks({ sources, locale }: { sources: readonly SourceRef[]; locale: Locale }) {
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? "; " : null}
          <a
            href={localizePath(locale, `/sources#${source.id}`)}
            title={source.title}
            lang={publishedLanguage(source.publisher)}
          >
            {source.publisher}
            {source.date ? ` (${source.date.slice(0, 4)})` : ""}
          </a>
        </span>
      ))}
    </>
  );
}
