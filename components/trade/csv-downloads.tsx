import { getT, type Locale } from "@/lib/i18n";
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
  locale?: Locale;
};

/** Links to the data API's CSV export: the range in view, and everything. */
export function CsvDownloads({ from, to, rangeRows, allRows, series, officialSeries, unit, locale = "en" }: Props) {
  const t = getT(locale);
  const range = { from: String(from), to: String(to) };
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
            {t("trade.downloads.officialShown")}
            <span className={styles.downloadMeta}>
              {t("trade.downloads.officialShownMeta", { ...range, count: officialSeries.length })}
            </span>
          </a>
        ) : null}
        <a
          className="button button--secondary"
          href={tradeCsvHref(undefined, "official-trade")}
          download
          data-testid="csv-official-all"
        >
          {t("trade.downloads.officialAll")}
          <span className={styles.downloadMeta}>{t("trade.downloads.officialAllMeta")}</span>
        </a>
        <a className="button" href={tradeCsvHref({ from, to, series })} download data-testid="csv-shown">
          {t("trade.downloads.shown")}
          <span className={styles.downloadMeta}>{t("trade.downloads.shownMeta", { ...range, count: rangeRows })}</span>
        </a>
        <a className="button button--secondary" href={tradeCsvHref()} download data-testid="csv-all">
          {t("trade.downloads.all")}
          <span className={styles.downloadMeta}>{t("trade.downloads.rows", { count: allRows })}</span>
        </a>
      </div>
      <p className={styles.hint}>
        {series === undefined
          ? t("trade.downloads.hint", { unit, ...range })
          : t("trade.downloads.hintTicked", { unit, ...range, count: series.length })}
      </p>
    </div>
  );
}
