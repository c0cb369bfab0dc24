import type { ReactNode } from "react";
import type { OfficialObservation } from "@/lib/definitions";
import { getT, type Locale } from "@/lib/i18n";
import { formatAmount, formatPercentTick, formatShare, formatTick, rankText } from "@/lib/official/display";
import { FIRST_RUSSIA_YEAR, RUSSIA, USSR } from "@/lib/official/flows";
import {
  dollarsLabel,
  largestPartners,
  latestPartnerYear,
  partnerNameTranslated,
  shareRows,
  sourceIdsIn,
  spanLabel,
  spanOf,
  type Dollars,
  type YearRange,
} from "@/lib/official/sections";
import { describeShare } from "@/lib/official/sections-text";
import { LineChart } from "./line-chart";
import { NoFigure, OfficialSource } from "./official-source";
import { OfficialTable } from "./official-table";
import styles from "./official.module.css";

const TOP = 10;
const BREAK_AFTER = FIRST_RUSSIA_YEAR - 1;

const derived = (chunks: ReactNode) => <span className={styles.derived}>{chunks}</span>;

function LargestPartners({
  partners,
  range,
  dollars,
  locale,
}: {
  partners: readonly OfficialObservation[];
  range: YearRange;
  dollars: Dollars;
  locale: Locale;
}) {
  const t = getT(locale);
  const year = latestPartnerYear(partners, range);
  if (year === undefined) return null;
  const bars = largestPartners(partners, year, TOP, dollars, locale);
  const max = Math.max(...bars.map((bar) => bar.total));
  const unit = dollarsLabel(dollars, locale);
  const name = t(
    year < FIRST_RUSSIA_YEAR ? "official.share.partners.subject.ussr" : "official.share.partners.subject.russia",
  );
  const russia = bars.find((bar) => bar.isRussia);
  const title = t("official.share.partners.title", { year: String(year) });
  return (
    <div className={styles.panel}>
      <h3 id="share-partners">{title}</h3>
      <p className={styles.summary}>
        {t("official.share.partners.intro")}{" "}
        {russia === undefined
          ? t("official.share.partners.noFigure", { name, year: String(year) })
          : russia.rank <= TOP
            ? t("official.share.partners.highlighted", { name })
            : t("official.share.partners.added", { name, rank: rankText(russia.rank, locale) })}
      </p>
      <OfficialTable
        whole
        label={t("official.share.partners.tableLabel", { title })}
        caption={t.rich("official.share.partners.caption", { title, unit, derived })}
      >
        <thead>
          <tr>
            <th scope="col" className="num">
              {t("official.table.rank")} <span className={styles.sub}>{t("official.derived")}</span>
            </th>
            <th scope="col">{t("official.table.partner")}</th>
            <th scope="col" className="num">
              {t("official.share.partners.total")} <span className={styles.sub}>{t("official.derived")}</span>
            </th>
            <th scope="col" className={styles.barHeader}>
              <span className="visually-hidden">{t("official.share.partners.bar")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar, index) => {
            const previous = bars[index - 1];
            const skipped = previous !== undefined && bar.rank > previous.rank + 1 && index >= TOP;
            return [
              skipped ? (
                <tr key={`${bar.partner}-gap`} className={styles.skipRow}>
                  <td colSpan={4}>
                    {t("official.share.partners.skipped", {
                      count: bar.rank - previous.rank - 1,
                      from: rankText(previous.rank, locale),
                      to: rankText(bar.rank, locale),
                    })}
                  </td>
                </tr>
              ) : null,
              <tr
                key={bar.partner}
                className={bar.isRussia ? styles.highlight : undefined}
                data-partner={bar.partner}
                data-russia={bar.isRussia ? "true" : undefined}
              >
                <td className="num">{bar.rank}</td>
                <th
                  scope="row"
                  // The IMF's own name is in English, so only the English edition shows it on hover.
                  title={
                    locale !== "en" || bar.partner === bar.name
                      ? undefined
                      : t("official.share.partners.imfName", { name: bar.partner })
                  }
                >
                  {partnerNameTranslated(bar.partner, locale) ? (
                    bar.name
                  ) : (
                    <span lang="en" dir="ltr">
                      {bar.name}
                    </span>
                  )}
                  {bar.complete ? "" : " *"}
                </th>
                <td className="num">{formatAmount(bar.total, locale)}</td>
                <td className={styles.barCell} aria-hidden="true">
                  <span className={styles.bar} style={{ width: `${((bar.total / max) * 100).toFixed(1)}%` }} />
                </td>
              </tr>,
            ];
          })}
        </tbody>
      </OfficialTable>
      {bars.some((bar) => !bar.complete) ? (
        <p className="small muted">{t("official.share.partners.incomplete")}</p>
      ) : null}
    </div>
  );
}

export function ShareSection({
  official,
  partners,
  range,
  dollars,
  locale,
}: {
  official: readonly OfficialObservation[];
  partners: readonly OfficialObservation[];
  range: YearRange;
  dollars: Dollars;
  locale: Locale;
}) {
  const t = getT(locale);
  const rows = shareRows(official, partners, range);
  const shown = spanOf(rows.map((row) => row.year));
  const breakShown = shown !== undefined && shown.from <= BREAK_AFTER && shown.to > BREAK_AFTER;
  const ids = sourceIdsIn(
    official,
    range,
    (row) =>
      row.partner === "World" ||
      (row.reporter === "pk" && (row.partner === RUSSIA || row.partner === USSR)) ||
      (row.reporter === "ru" && row.partner === "Pakistan"),
  ).concat(sourceIdsIn(partners, range));
  const summary = describeShare(rows, locale);
  const series = (key: "shareOfPakistan" | "rank" | "shareOfRussia") =>
    rows.flatMap((row) => {
      const value = row[key];
      return value === undefined ? [] : [{ year: row.year, value }];
    });
  const russianYears = spanOf(series("shareOfRussia").map((point) => point.year));
  const breakProps = breakShown
    ? {
        breakAfter: BREAK_AFTER,
        breakLabels: [t("official.partner.ussr"), t("official.partner.russia")] as [string, string],
      }
    : { breakAfter: BREAK_AFTER };

  return (
    <section aria-labelledby="share" className={styles.section}>
      <h2 id="share">{t("official.share.heading")}</h2>
      <p>{t("official.share.intro")}</p>
      <p className={styles.note}>{t.rich("official.share.note", { derived })}</p>
      {breakShown ? (
        <p className={styles.note}>{t.rich("official.share.break", { b: (chunks) => <strong>{chunks}</strong> })}</p>
      ) : null}
      {shown === undefined ? (
        <p>{t("official.noFiguresInRange")}</p>
      ) : (
        <>
          <p className={styles.summary}>{summary}</p>
          <div className={styles.pair}>
            <div className={styles.panel}>
              <h3 id="share-of-pakistan">{t("official.share.ofPakistanHeading", { span: spanLabel(shown) })}</h3>
              <LineChart
                locale={locale}
                idPrefix="share-pk"
                title={t("official.share.ofPakistanTitle", { span: spanLabel(shown) })}
                description={summary}
                axisLabel={t("official.share.ofPakistanAxis")}
                emptyText={t("official.chartEmpty")}
                from={shown.from}
                to={shown.to}
                format={(value) => formatPercentTick(value, locale)}
                includeZero
                {...breakProps}
                series={[
                  {
                    id: "share-pk",
                    label: "",
                    points: series("shareOfPakistan"),
                    style: "solid",
                    marker: "circle",
                    colorVar: "--series-pakistani-0",
                  },
                ]}
              />
            </div>
            <div className={styles.panel}>
              <h3 id="share-rank">{t("official.share.rankHeading", { span: spanLabel(shown) })}</h3>
              <LineChart
                locale={locale}
                idPrefix="share-rank"
                title={t("official.share.rankTitle", { span: spanLabel(shown) })}
                description={summary}
                axisLabel={t("official.share.rankAxis")}
                emptyText={t("official.chartEmpty")}
                from={shown.from}
                to={shown.to}
                format={(value) => formatTick(value, locale)}
                invert
                {...breakProps}
                series={[
                  {
                    id: "rank",
                    label: "",
                    points: series("rank"),
                    style: "solid",
                    marker: "circle",
                    colorVar: "--series-pakistani-0",
                  },
                ]}
              />
            </div>
            {russianYears !== undefined ? (
              <div className={styles.panel}>
                <h3 id="share-of-russia">{t("official.share.ofRussiaHeading", { span: spanLabel(russianYears) })}</h3>
                <LineChart
                  locale={locale}
                  idPrefix="share-ru"
                  title={t("official.share.ofRussiaTitle", { span: spanLabel(russianYears) })}
                  description={summary}
                  axisLabel={t("official.share.ofRussiaAxis")}
                  emptyText={t("official.chartEmpty")}
                  from={russianYears.from}
                  to={russianYears.to}
                  format={(value) => formatPercentTick(value, locale)}
                  includeZero
                  series={[
                    {
                      id: "share-ru",
                      label: "",
                      points: series("shareOfRussia"),
                      style: "dashed",
                      marker: "square",
                      colorVar: "--series-russian-0",
                    },
                  ]}
                />
              </div>
            ) : null}
            <LargestPartners partners={partners} range={range} dollars={dollars} locale={locale} />
          </div>
          <OfficialTable
            label={t("official.share.tableLabel")}
            caption={t.rich("official.share.caption", { span: spanLabel(shown), derived })}
          >
            <thead>
              <tr>
                <th scope="col">{t("official.table.year")}</th>
                <th scope="col">{t("official.table.partner")}</th>
                <th scope="col" className="num">
                  {t("official.share.ofPakistanHeader")}{" "}
                  <span className={styles.sub}>{t("official.share.pakistanCountDerived")}</span>
                </th>
                <th scope="col" className="num">
                  {t("official.table.rank")}{" "}
                  <span className={styles.sub}>{t("official.share.pakistanCountDerived")}</span>
                </th>
                <th scope="col" className="num">
                  {t("official.share.ofRussiaHeader")}{" "}
                  <span className={styles.sub}>{t("official.share.russiaCountDerived")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.year} data-year={row.year}>
                  <th scope="row">{row.year}</th>
                  <td>{t(row.partner === USSR ? "official.partner.ussr" : "official.partner.russia")}</td>
                  <td className="num">
                    {row.shareOfPakistan === undefined ? (
                      <NoFigure locale={locale} />
                    ) : (
                      formatShare(row.shareOfPakistan, locale)
                    )}
                  </td>
                  <td className="num">
                    {row.rank === undefined ? (
                      <NoFigure locale={locale} />
                    ) : (
                      t("official.share.rankOf", { rank: row.rank, count: row.partnerCount ?? "?" })
                    )}
                  </td>
                  <td className="num">
                    {row.shareOfRussia === undefined ? (
                      <NoFigure locale={locale} />
                    ) : (
                      formatShare(row.shareOfRussia, locale)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </OfficialTable>
          <p className="small muted">{t("official.share.footnote")}</p>
        </>
      )}
      <OfficialSource ids={[...new Set(ids)]} derived={t("official.share.sourceDerived")} locale={locale} />
    </section>
  );
}
