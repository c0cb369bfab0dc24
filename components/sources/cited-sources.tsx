import type { SourceRef } from "@/lib/definitions";
import { formatPartialDate } from "@/lib/format";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { publishedLanguage } from "@/lib/sources";
import { citedSources } from "@/lib/views";

/**
 * The sources behind a set of rows, each linking to its full entry on /sources.
 * Titles and publishers stay as published, marked with their language.
 */
export function CitedSources({ rows, locale }: { rows: readonly { sources: readonly SourceRef[] }[]; locale: Locale }) {
  const t = getT(locale);
  const sources = citedSources(rows);
  return (
    <ol className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <a href={localizePath(locale, `/sources#${source.id}`)} lang={publishedLanguage(source.title)}>
            {source.title}
          </a>
          , <span lang={publishedLanguage(source.publisher)}>{source.publisher}</span>
          {source.date ? `, ${formatPartialDate(source.date, locale)}` : ""}
          {source.url ? (
            <>
              {" "}
              ·{" "}
              <a href={source.url} rel="noopener noreferrer">
                {t("sources.cited.original")}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
