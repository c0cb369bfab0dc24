import type { DatasetSummary } from "@/lib/api/datasets";
import styles from "./dataset-downloads.module.css";

/** CSV and JSON links to the data API, each with the number of rows it holds. */
export function DatasetDownloads({ datasets }: { datasets: readonly DatasetSummary[] }) {
  return (
    <ul className={styles.list}>
      {datasets.map((dataset) => (
        <li key={dataset.id} className={styles.entry}>
          <span className={styles.title}>{dataset.title}</span>
          <span className={styles.count}>{`${dataset.rowCount} row${dataset.rowCount === 1 ? "" : "s"}`}</span>
          <span className={styles.links}>
            <a className="button" href={dataset.csv} download={`${dataset.id}.csv`}>
              {dataset.id}.csv
            </a>
            <a className="button button--secondary" href={dataset.json}>
              JSON
            </a>
          </span>
        </li>
      ))}
    </ul>
  );
}
