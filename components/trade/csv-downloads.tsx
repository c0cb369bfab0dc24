import { tradeCsvHref } from "@/lib/trade/downloads";
import styles from "./trade.module.css";

type Props = { from: number; to: number; rangeRows: number; allRows: number; seriesHidden: boolean };

const rows = (count: number) => `${count} row${count === 1 ? "" : "s"}`;

/** Links to the data API's CSV export: the range in view, and everything. */
export function CsvDownloads({ from, to, rangeRows, allRows, seriesHidden }: Props) {
  return (
    <div className={styles.csvDownloads}>
      <div className={styles.downloadLinks}>
        <a className="button" href={tradeCsvHref({ from, to })} download data-testid="csv-shown">
          Download CSV (shown)
          <span className={styles.downloadMeta}>
            {from}–{to}, {rows(rangeRows)}
          </span>
        </a>
        <a className="button button--secondary" href={tradeCsvHref()} download data-testid="csv-all">
          Download CSV (all)
          <span className={styles.downloadMeta}>{rows(allRows)}</span>
        </a>
      </div>
      <p className={styles.hint}>
        “Shown” holds every figure from {from} to {to}
        {seriesHidden ? ", including the series hidden from the chart," : ""} before the table’s filters. Every row
        carries its status, basis, perspective, reporter and sources.
      </p>
    </div>
  );
}
