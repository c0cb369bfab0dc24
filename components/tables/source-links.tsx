import type { SourceRef } from "@/lib/definitions";
import { localizePath, type Locale } from "@/lib/i18n/locales";

/**
 * Sources of a row as links to their entries on /sources (and out to the original where known).
 * Publishers are proper names, given as they publish them; the caller marks their language.
 */
export function SourceLinks({ sources, locale = "en" }: { sources: readonly SourceRef[]; locale?: Locale }) {
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? "; " : null}
          <a href={localizePath(locale, `/sources#${source.id}`)} title={source.title}>
            {source.publisher}
            {source.date ? ` (${source.date.slice(0, 4)})` : ""}
          </a>
        </span>
      ))}
    </>
  );
}
