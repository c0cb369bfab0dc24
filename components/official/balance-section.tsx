import type { OfficialObservation } from "@/lib/definitions";
import { getT, type Locale } from "@/lib/i18n";
import { formatSignedAmount, formatTick } from "@/lib/official/display";
import { FIRST_RUSSIA_YEAR, RUSSIA, USSR } from "@/lib/official/flows";
import {
  balanceRows,
  dollarsLabel,
  sourceIdsIn,
  spanLabel,
  spanOf,
  type Dollars,
  type YearRange,
} from "@/lib/official/sections";
import { describeBalance } from "@/lib/official/sections-text";
import { LineChart } from "./line-chart";
import { NoFigure, OfficialSource } from "./official-source";
import { OfficialTable } from "./official-table";
import styles from "./official.module.css";

const BREAK_AFTER = FIRST_RUSSIA_YEAR - 1;

export function BalanceSection({
  official,
  range,
  dollars,
  dollarsText,
  locale,
}: {
  official: readonly OfficialObservation[];
  range: YearRange;
  dollars: Dollars;
  dollarsText: string;
  locale: Locale;
}) {
  const t = getT(locale);
  const rows = balanceRows(official, range, dollars);
  const shown = spanOf(rows.map((row) => row.year));
  const unit = dollarsLabel(dollars, locale);
  const summary = describeBalance(rows, dollars, locale);
  const breakShown = shown !== undefined && shown.from <= BREAK_AFTER && shown.to > BREAK_AFTER;
  const ids = sourceIdsIn(
    official,
    range,
    (row) =>
      (row.reporter === "pk" && (row.partner === RUSSIA || row.partner === USSR)) ||
      (row.reporter === "ru" && row.partner === "Pakistan"),
  );
  const span = shown === undefined ? "" : spanLabel(shown);
  const points = (key: "pakistan" | "russia") =>
    rows.flatMap((row) => {
      const value = row[key];
      return value === undefined ? [] : [{ year: row.year, value }];
    });

  return (
    <section aria-labelledby="balance" className={styles.section}>
      <h2 id="balance">{t("official.balance.heading")}</h2>
      <p>{t("official.balance.intro")}</p>
      <p className={styles.note}>
        {t.rich("official.balance.note", {
          dollars: dollarsText,
          derived: (chunks) => <span className={styles.derived}>{chunks}</span>,
        })}
      </p>
      {breakShown ? (
        <p className={styles.note}>{t.rich("official.balance.break", { b: (chunks) => <strong>{chunks}</strong> })}</p>
      ) : null}
      {shown === undefined ? (
        <p>{t("official.noFiguresInRange")}</p>
      ) : (
        <>
          <p className={styles.summary}>{summary}</p>
          <div className={styles.pair}>
            <div className={styles.panel}>
              <ul className={styles.key} aria-label={t("official.keyLabel")}>
                <li>
                  <span className={`${styles.swatch} ${styles.swatchSolid}`} aria-hidden="true" />
                  {t("official.balance.keyPakistan")}
                </li>
                <li>
                  <span className={`${styles.swatch} ${styles.swatchDashed}`} aria-hidden="true" />
                  {t("official.balance.keyRussia")}
                </li>
                <li>
                  <span className={`${styles.swatch} ${styles.swatchZero}`} aria-hidden="true" />
                  {t("official.balance.keyZero")}
                </li>
              </ul>
              <LineChart
                locale={locale}
                idPrefix="balance"
                title={t(breakShown ? "official.balance.chartTitleBreak" : "official.balance.chartTitle", {
                  span,
                  unit,
                })}
                description={summary}
                axisLabel={t("official.balance.axis", { unit })}
                emptyText={t("official.chartEmpty")}
                from={shown.from}
                to={shown.to}
                format={(value) => formatTick(value, locale)}
                includeZero
                breakAfter={BREAK_AFTER}
                breakLabels={breakShown ? [t("official.partner.ussr"), t("official.partner.russia")] : undefined}
                series={[
                  {
                    id: "pk",
                    label: t("official.lines.pakistan"),
                    narrowLabel: t("official.lines.pakistanShort"),
                    points: points("pakistan"),
                    style: "solid",
                    marker: "circle",
                    colorVar: "--series-pakistani-0",
                  },
                  {
                    id: "ru",
                    label: t("official.lines.russia"),
                    narrowLabel: t("official.lines.russiaShort"),
                    points: points("russia"),
                    style: "dashed",
                    marker: "square",
                    colorVar: "--series-russian-0",
                  },
                ]}
              />
            </div>
            <OfficialTable
              label={t("official.balance.tableLabel")}
              caption={t.rich("official.balance.caption", {
                span,
                unit,
                derived: (chunks) => <span className={styles.derived}>{chunks}</span>,
              })}
            >
              <thead>
                <tr>
                  <th scope="col">{t("official.table.year")}</th>
                  <th scope="col">{t("official.table.partner")}</th>
                  <th scope="col" className="num">
                    {t("official.table.pakistanCount")} <span className={styles.sub}>{t("official.derived")}</span>
                  </th>
                  <th scope="col" className="num">
                    {t("official.table.russiaCount")} <span className={styles.sub}>{t("official.derived")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.year} data-year={row.year}>
                    <th scope="row">{row.year}</th>
                    <td>{t(row.partner === USSR ? "official.partner.ussr" : "official.partner.russia")}</td>
                    <td className="num" data-count="pk">
                      {row.pakistan === undefined ? (
                        <NoFigure locale={locale} />
                      ) : (
                        formatSignedAmount(row.pakistan, locale)
                      )}
                    </td>
                    <td className="num" data-count="ru">
                      {row.russia === undefined ? <NoFigure locale={locale} /> : formatSignedAmount(row.russia, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </OfficialTable>
          </div>
        </>
      )}
      <OfficialSource ids={ids} derived={t("official.balance.sourceDerived")} locale={locale} />
    </section>
  );
}
