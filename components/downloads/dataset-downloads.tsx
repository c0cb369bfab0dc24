import type { DatasetSummary } from "@/lib/api/datasets";
import { labelsOf } from "@/lib/format";
import { getT, type Locale } from "@/lib/i18n";
import styles from "./dataset-downloads.module.css";

/** A download address in a language: the data API words the titles, headings and prose in it when asked. */
function inLanguage(href: string, locale: Locale): string {
  return locale === "en" ? href : `${href}${href.includes("?") ? "&" : "?"}lang=${locale}`;
}

/**
 * CSV and JSON links to the data API, each with the number of rows it holds,
 * in the reader's language.
 */
export function DatasetDownloads({ datasets, locale }: { datasets: readonly DatasetSummary[]; locale: Locale }) {
  const t = getT(locale);
  const titles = labelsOf(locale).datasets as Record<string, string>;
  return (
    <ul className={styles.list}>
      {datasets.map((dataset) => {
        const file = locale === "en" ? `${dataset.id}.csv` : `${dataset.id}_${locale}.csv`;
        return (
          <li key={dataset.id} className={styles.entry}>
            <span className={styles.title}>{titles[dataset.id] ?? dataset.title}</span>
            <span className={styles.count}>{t("sources.downloads.rows", { count: dataset.rowCount })}</span>
            <span className={styles.links}>
              <a className="button" href={inLanguage(dataset.csv, locale)} download={file}>
                {file}
              </a>
              <a className="button button--secondary" href={inLanguage(dataset.json, locale)}>
                {t("sources.downloads.json")}
              </a>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
