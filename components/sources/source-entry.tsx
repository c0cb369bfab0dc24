import type { Source } from "@/lib/definitions";
import { formatPartialDate } from "@/lib/format";
import { getT, type Locale } from "@/lib/i18n";
import { CITING_DATASETS, describeCitations, publishedLanguage, type Citation } from "@/lib/sources";
import styles from "./sources.module.css";

/** One source with its details and every row that cites it, anchored by its id. */
export function SourceEntry({
  source,
  citations,
  locale,
}: {
  source: Source;
  citations: readonly Citation[];
  locale: Locale;
}) {
  const t = getT(locale);
  const headingId = `${source.id}-title`;
  const permalinkId = `${source.id}-permalink`;
  return (
    <li id={source.id} className={styles.source}>
      <div className={styles.head}>
        {/* The title stays as published, in its own language. */}
        <h3 id={headingId} className={styles.title} lang={publishedLanguage(source.title)}>
          {source.url !== undefined ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            source.title
          )}
        </h3>
        {/* Named "Link to this source: <title>" from the words and the heading, so the title keeps its language. */}
        <a href={`#${source.id}`} className={styles.permalink} aria-labelledby={`${permalinkId} ${headingId}`}>
          <span id={permalinkId} hidden>
            {t("sources.entry.permalink")}
          </span>
          #<span className="visually-hidden">{t("sources.entry.permalinkHidden")}</span>
        </a>
      </div>
      <p className={styles.meta}>
        <span lang={publishedLanguage(source.publisher)}>{source.publisher}</span>
        {source.author !== undefined ? (
          <>
            , <span lang={publishedLanguage(source.author)}>{source.author}</span>
          </>
        ) : (
          ""
        )}
        {source.date !== undefined ? (
          <>
            {" · "}
            <time dateTime={source.date}>{formatPartialDate(source.date, locale)}</time>
          </>
        ) : (
          t("sources.entry.noDate")
        )}
        {source.url === undefined ? t("sources.entry.noUrl") : null}
      </p>
      {source.note !== undefined ? <p className={styles.note}>{source.note}</p> : null}
      {citations.length === 0 ? (
        <p className={styles.cited}>{t("sources.entry.notCited")}</p>
      ) : (
        <details className={styles.cited}>
          <summary>{t("sources.entry.citedFor", { list: describeCitations(citations, locale) })}</summary>
          {CITING_DATASETS.map((dataset) => {
            const rows = citations.filter((citation) => citation.dataset === dataset);
            if (rows.length === 0) return null;
            return (
              <div key={dataset}>
                <p className={styles.citedHeading}>{t(`sources.citingHeading.${dataset}`)}</p>
                <ul>
                  {rows.map((citation) => (
                    <li key={citation.id}>
                      <a href={citation.href}>
                        {citation.label}
                        {citation.by !== undefined ? (
                          <>
                            {" "}
                            (<span lang={publishedLanguage(citation.by)}>{citation.by}</span>)
                          </>
                        ) : null}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </details>
      )}
    </li>
  );
}
