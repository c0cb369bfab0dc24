import type { OfficialTableRow } from "@/lib/trade/official-series";
import { formatUsdMillions } from "@/lib/format";
import { getT, type Locale } from "@/lib/i18n";
import styles from "./trade.module.css";

type Props = {
  rows: readonly OfficialTableRow[];
  /** "US$ millions" or "constant 2024 US$ millions". */
  unit: string;
  rangeLabel: string;
  locale?: Locale;
};

const MEASURES = ["exports", "imports", "total", "balance"] as const;

function Cell({ value, locale }: { value: number | undefined; locale: Locale }) {
  return (
    <td className="num">
      {value === undefined ? <span className="muted">–</span> : formatUsdMillions(value, {}, locale)}
    </td>
  );
}

/**
 * The official series as a dense table: one line per year, both countries'
 * counts of each flow side by side. A dash is a year the IMF table leaves empty.
 */
export function OfficialTable({ rows, unit, rangeLabel, locale = "en" }: Props) {
  const t = getT(locale);
  if (rows.length === 0) {
    return <p className="muted">{t("trade.officialTable.empty", { range: rangeLabel })}</p>;
  }
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={t("trade.officialTable.label")}>
      <table className={`data-table ${styles.denseTable}`}>
        <caption>{t("trade.officialTable.caption", { range: rangeLabel, unit })}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t("trade.officialTable.year")}
            </th>
            <th scope="colgroup" colSpan={4}>
              {t("trade.officialTable.pk")}
            </th>
            <th scope="colgroup" colSpan={4}>
              {t("trade.officialTable.ru")}
            </th>
          </tr>
          <tr>
            {(["pk", "ru"] as const).flatMap((reporter) =>
              MEASURES.map((measure) => (
                <th key={`${reporter}-${measure}`} scope="col" className="num">
                  {t(`trade.officialTable.${measure}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year} id={`official-${row.year}`}>
              <th scope="row">
                {row.year}
                {row.partner === "USSR" ? <span className="muted"> {t("trade.officialTable.ussr")}</span> : null}
              </th>
              {(["pk", "ru"] as const).flatMap((reporter) =>
                MEASURES.map((measure) => (
                  <Cell key={`${reporter}-${measure}`} value={row[reporter][measure]} locale={locale} />
                )),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
