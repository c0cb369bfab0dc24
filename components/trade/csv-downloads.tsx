import { tradeCsvHref } from "@/lib/trade/downloads";
import styles from "./trade.module.css";

type Props = {
  from: number;
  to: number;
  rangeRows: number;
  allRows: number;
  /** The series shown, when some are hidden; the "shown" download then holds only these. */
  series?: readonly string[];
  /** Ids of the official series drawn, e.g. imf-pk-total. */
  officialSeries: readonly string[];
  /** "US$ millions" or "constant 2024 US$ millions". */
  unit: string;
};

const rows = (count: number) => `${count} row${count === 1 ? "" : "s"}`;

/** Links to the data API's CSV export: the range in view, and everything. */
export function CsvDownloads({ from, to, rangeRows, allRows, series, officialSeries, unit }: Props) {
  return (
    <div className={styles.csvDownloads}>
      <div className={styles.downloadLinks}>
        {officialSeries.length > 0 ? (
          <a
            className="button"
            href={tradeCsvHref({ from, to, series: officialSeries }, "official-trade")}
            download
            data-testid="csv-official-shown"
          >
            Official series shown (CSV)
            <span className={styles.downloadMeta}>
              {from}–{to}, {officialSeries.length} line{officialSeries.length === 1 ? "" : "s"}
            </span>
          </a>
        ) : null}
        <a
          className="button button--secondary"
          href={tradeCsvHref(undefined, "official-trade")}
          download
          data-testid="csv-official-all"
        >
          Whole official series (CSV)
          <span className={styles.downloadMeta}>every flow, both counts, 1960–2020</span>
        </a>
        <a className="button" href={tradeCsvHref({ from, to, series })} download data-testid="csv-shown">
          Published figures shown (CSV)
          <span className={styles.downloadMeta}>
            {from}–{to}, {rows(rangeRows)}
          </span>
        </a>
        <a className="button button--secondary" href={tradeCsvHref()} download data-testid="csv-all">
          All published figures (CSV)
          <span className={styles.downloadMeta}>{rows(allRows)}</span>
        </a>
      </div>
      <p className={styles.hint}>
        The official files hold each value in current and in constant US dollars (the chart shows {unit}), with
        reporter, partner, measure, status, method and source; totals, balances and constant dollars are our arithmetic
        on the IMF’s figures. The published figures from {from} to {to}
        {series === undefined ? "" : ` (the ${series.length} series ticked)`} come before the table’s filters, each with
        its status, basis, perspective, reporter and sources.
      </p>
    </div>
  );
}
