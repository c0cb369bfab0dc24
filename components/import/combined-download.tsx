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
import { fill, plural } from "./fill";
import type { ImportLabels } from "./import-labels";
import styles from "./import.module.css";
import { TextParts } from "./text-parts";

type Props = {
  tradeSeries: readonly TradeSeries[];
  stored: readonly StoredSeries[];
  range: YearRange;
  labels: ImportLabels;
};

/** The combined view as a CSV, written in the browser: the imported series never go to the server again. */
export function CombinedDownload({ tradeSeries, stored, range, labels }: Props) {
  const { locale, download: words } = labels;
  const rows = (count: number) => plural(words.rows, count, locale);
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
        {words.button}
        <span className={styles.downloadMeta}>
          {fill(words.meta, { from: String(range.from), to: String(range.to), rows: rows(ours + theirs) }, locale)}
        </span>
      </button>
      <p className={styles.hint}>
        <TextParts parts={words.hint} values={{ ours: rows(ours), theirs: rows(theirs) }} locale={locale} />
      </p>
    </div>
  );
}
