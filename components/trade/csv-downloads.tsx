import { tradeCsvHref } from "@/lib/trade/downloads";
import styles from "./trade.module.css";

type Props = {
  from: number;
  to: number;
  rangeRows: number;
  allRows: number;
  /** The series shown, when some are hidden; the "shown" download then holds only these. */
  series?: readonly string[];
};

const rows = (count: number) => `${count} row${count === 1 ? "" : "s"}`;

/** Links to the data API's CSV export: the range in view, and everything. */
export function CsvDownloads({ from, to, rangeRows, allRows, series }: Props) {
  return (
    <div className={styles.csvDownloads}>
      <div className={styles.downloadLinks}>
        <a className="button" href={tradeCsvHref({ from, to, series })} download data-testid="csv-shown">
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
        {series === undefined ? "" : ` in the ${series.length} series shown on the chart`}, before the table’s filters.
        Every row carries its status, basis, perspective, reporter and sources.
      </p>
    </div>
  );
}
