"use client";

import type { TradeSeries } from "@/lib/definitions";
import {
  builtInRows,
  combinedCsv,
  combinedCsvFileName,
  importedRows,
  type YearRange,
} from "@/lib/imported/combined-csv";
import type { StoredSeries } from "@/lib/imported/storage";
import styles from "./import.module.css";

type Props = { tradeSeries: readonly TradeSeries[]; stored: readonly StoredSeries[]; range: YearRange };

const rows = (count: number) => `${count} row${count === 1 ? "" : "s"}`;

/** The combined view as a CSV, written in the browser: the imported series never go to the server again. */
export function CombinedDownload({ tradeSeries, stored, range }: Props) {
  const ours = builtInRows(tradeSeries, range).length;
  const theirs = importedRows(stored, range).length;

  const download = () => {
    const blob = new Blob([combinedCsv(tradeSeries, stored, range)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = combinedCsvFileName(range);
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked on the next turn, once the browser has started the download.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <div className={styles.download}>
      <button type="button" className="button" onClick={download} data-testid="import-download-csv">
        Download combined CSV
        <span className={styles.downloadMeta}>
          {range.from}–{range.to}, {rows(ours + theirs)}
        </span>
      </button>
      <p className={styles.hint}>
        {rows(ours)} of ours and {rows(theirs)} imported. The <code>origin</code> column says “built-in” or “imported:{" "}
        <i>file name</i>”; imported rows have the status “imported” and name their file and format as source.
      </p>
    </div>
  );
}
