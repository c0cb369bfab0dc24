import type { Source } from "@/lib/definitions";
import { formatPartialDate } from "@/lib/format";
import { CITING_DATASET_LABELS, CITING_DATASETS, describeCitations, type Citation } from "@/lib/sources";
import styles from "./sources.module.css";

/** One source with its details and every row that cites it, anchored by its id. */
export function SourceEntry({ source, citations }: { source: Source; citations: readonly Citation[] }) {
  const headingId = `${source.id}-title`;
  return (
    <li id={source.id} className={styles.source}>
      <div className={styles.head}>
        <h3 id={headingId} className={styles.title}>
          {source.url !== undefined ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            source.title
          )}
        </h3>
        <a href={`#${source.id}`} className={styles.permalink} aria-label={`Link to this source: ${source.title}`}>
          #<span className="visually-hidden"> Link</span>
        </a>
      </div>
      <p className={styles.meta}>
        {source.publisher}
        {source.author !== undefined ? `, ${source.author}` : ""}
        {source.date !== undefined ? (
          <>
            {" · "}
            <time dateTime={source.date}>{formatPartialDate(source.date)}</time>
          </>
        ) : (
          " · date not recorded"
        )}
        {source.url === undefined ? " · no web address recorded" : null}
      </p>
      {source.note !== undefined ? <p className={styles.note}>{source.note}</p> : null}
      {citations.length === 0 ? (
        <p className={styles.cited}>Not cited by any row yet.</p>
      ) : (
        <details className={styles.cited}>
          <summary>Cited for {describeCitations(citations)}</summary>
          {CITING_DATASETS.map((dataset) => {
            const rows = citations.filter((citation) => citation.dataset === dataset);
            if (rows.length === 0) return null;
            return (
              <div key={dataset}>
                <p className={styles.citedHeading}>{CITING_DATASET_LABELS[dataset].many}</p>
                <ul>
                  {rows.map((citation) => (
                    <li key={citation.id}>
                      <a href={citation.href}>{citation.label}</a>
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
