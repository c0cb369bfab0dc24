import type { ReactNode } from "react";
import type { OfficialObservation } from "@/lib/definitions";
import { getT, type Locale } from "@/lib/i18n";
import { formatAmount, formatGapPercent, formatSignedAmount, formatTick } from "@/lib/official/display";
import { RUSSIA } from "@/lib/official/flows";
import { DIRECTIONS, type Direction } from "@/lib/official/mirror";
import {
  DIRECTION_ROLES,
  dollarsLabel,
  mirrorRows,
  sourceIdsIn,
  spanLabel,
  spanOf,
  totalRows,
  type Dollars,
  type MirrorRow,
  type YearRange,
} from "@/lib/official/sections";
import { describeMirror, describeTotals, directionTitle } from "@/lib/official/sections-text";
import { LineChart } from "./line-chart";
import { NoFigure, OfficialSource } from "./official-source";
import { OfficialTable } from "./official-table";
import styles from "./official.module.css";

type PanelSpec = {
  /** "pk-to-ru", "ru-to-pk" or "total": the ids of its heading and chart. */
  id: string;
  title: string;
  rows: readonly MirrorRow[];
  summary: string;
  /** What each line is, e.g. "Pakistan’s count (FOB, as exporter)". */
  pakistanKey: string;
  russiaKey: string;
  /** The small print under each column header. */
  pakistanSub: string;
  russiaSub: string;
  gapSub: string;
  gapPctSub: string;
  /** Whose total it is: the two figures themselves are sums worked out by us. */
  figuresDerived: boolean;
};

function directionSpec(
  official: readonly OfficialObservation[],
  direction: Direction,
  range: YearRange,
  dollars: Dollars,
  locale: Locale,
): PanelSpec {
  const t = getT(locale);
  const rows = mirrorRows(official, direction, range, dollars);
  const exporterIsPakistan = DIRECTION_ROLES[direction].exporter === "pk";
  return {
    id: direction,
    title: directionTitle(direction, locale),
    rows,
    summary: describeMirror(direction, rows, dollars, locale),
    pakistanKey: t(
      exporterIsPakistan ? "official.mirror.key.pakistanExporter" : "official.mirror.key.pakistanImporter",
    ),
    russiaKey: t(exporterIsPakistan ? "official.mirror.key.russiaImporter" : "official.mirror.key.russiaExporter"),
    pakistanSub: exporterIsPakistan ? "FOB" : "CIF",
    russiaSub: exporterIsPakistan ? "CIF" : "FOB",
    gapSub: t(
      exporterIsPakistan ? "official.mirror.gapSub.russiaMinusPakistan" : "official.mirror.gapSub.pakistanMinusRussia",
    ),
    gapPctSub: t("official.mirror.gapSub.ofExporter"),
    figuresDerived: false,
  };
}

function totalSpec(
  official: readonly OfficialObservation[],
  range: YearRange,
  dollars: Dollars,
  locale: Locale,
): PanelSpec {
  const t = getT(locale);
  const rows = totalRows(official, range, dollars);
  return {
    id: "total",
    title: directionTitle("total", locale),
    rows,
    summary: describeTotals(rows, dollars, locale),
    pakistanKey: t("official.mirror.key.pakistanTotal"),
    russiaKey: t("official.mirror.key.russiaTotal"),
    pakistanSub: t("official.derived"),
    russiaSub: t("official.derived"),
    gapSub: t("official.mirror.gapSub.russiaMinusPakistan"),
    gapPctSub: t("official.mirror.gapSub.ofPakistan"),
    figuresDerived: true,
  };
}

function MirrorPanel({
  spec,
  dollars,
  extent,
  locale,
}: {
  spec: PanelSpec;
  dollars: Dollars;
  extent: readonly number[];
  locale: Locale;
}) {
  const t = getT(locale);
  const { rows, title } = spec;
  const shown = spanOf(rows.map((row) => row.year));
  const unit = dollarsLabel(dollars, locale);
  const headingId = `mirror-${spec.id}`;
  if (shown === undefined) {
    return (
      <div className={styles.panel}>
        <h3 id={headingId}>{title}</h3>
        <p>{t("official.mirror.noFigures")}</p>
      </div>
    );
  }
  const span = spanLabel(shown);
  const point = (key: "pakistan" | "russia") =>
    rows.flatMap((row) => {
      const value = row[key];
      return value === undefined ? [] : [{ year: row.year, value }];
    });
  const derived = (chunks: ReactNode) => <span className={styles.derived}>{chunks}</span>;
  return (
    <div className={styles.panel} data-mirror={spec.id}>
      <h3 id={headingId}>{t("official.mirror.panelHeading", { title, span })}</h3>
      <ul className={styles.key} aria-label={t("official.keyLabel")}>
        <li>
          <span className={`${styles.swatch} ${styles.swatchSolid}`} aria-hidden="true" />
          {t("official.solidKey", { key: spec.pakistanKey })}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchDashed}`} aria-hidden="true" />
          {t("official.dashedKey", { key: spec.russiaKey })}
        </li>
      </ul>
      <LineChart
        locale={locale}
        idPrefix={headingId}
        title={t("official.mirror.chartTitle", { title, span, unit })}
        description={spec.summary}
        axisLabel={unit}
        emptyText={t("official.chartEmpty")}
        from={shown.from}
        to={shown.to}
        format={(value) => formatTick(value, locale)}
        includeZero
        extent={extent}
        series={[
          {
            id: "pk",
            label: t("official.lines.pakistan"),
            narrowLabel: t("official.lines.pakistanShort"),
            points: point("pakistan"),
            style: "solid",
            marker: "circle",
            colorVar: "--series-pakistani-0",
          },
          {
            id: "ru",
            label: t("official.lines.russia"),
            narrowLabel: t("official.lines.russiaShort"),
            points: point("russia"),
            style: "dashed",
            marker: "square",
            colorVar: "--series-russian-0",
          },
        ]}
      />
      <p className={styles.summary}>{spec.summary}</p>
      <OfficialTable
        label={t("official.mirror.tableLabel", { title })}
        caption={t.rich(spec.figuresDerived ? "official.mirror.captionTotals" : "official.mirror.caption", {
          title,
          span,
          unit,
          derived,
        })}
      >
        <thead>
          <tr>
            <th scope="col">{t("official.table.year")}</th>
            <th scope="col" className="num">
              {t("official.table.pakistanCount")} <span className={styles.sub}>{spec.pakistanSub}</span>
            </th>
            <th scope="col" className="num">
              {t("official.table.russiaCount")} <span className={styles.sub}>{spec.russiaSub}</span>
            </th>
            <th scope="col" className="num">
              {t("official.mirror.gapUsd")} <span className={styles.sub}>{spec.gapSub}</span>
            </th>
            <th scope="col" className="num">
              {t("official.mirror.gapPct")} <span className={styles.sub}>{spec.gapPctSub}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year} data-year={row.year}>
              <th scope="row">{row.year}</th>
              <td className="num" data-count="pk">
                {row.pakistan === undefined ? <NoFigure locale={locale} /> : formatAmount(row.pakistan, locale)}
              </td>
              <td className="num" data-count="ru">
                {row.russia === undefined ? <NoFigure locale={locale} /> : formatAmount(row.russia, locale)}
              </td>
              <td className="num" data-count="gap">
                {row.gap === undefined ? <NoFigure locale={locale} /> : formatSignedAmount(row.gap, locale)}
              </td>
              <td className="num" data-count="gap-pct">
                {row.gapPct === undefined ? <NoFigure locale={locale} /> : formatGapPercent(row.gapPct, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </OfficialTable>
    </div>
  );
}

const WHY = ["valuation", "timing", "transit", "reexports", "underRecording"] as const;

export function MirrorSection({
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
  const ids = sourceIdsIn(
    official,
    range,
    (row) => (row.reporter === "pk" && row.partner === RUSSIA) || (row.reporter === "ru" && row.partner === "Pakistan"),
  );
  // Both directions on one scale, so a reader can compare exports with imports at a glance.
  const directions = DIRECTIONS.map((direction) => directionSpec(official, direction, range, dollars, locale));
  const directionExtent = directions.flatMap((spec) =>
    spec.rows.flatMap((row) => [row.pakistan, row.russia]).filter((value): value is number => value !== undefined),
  );
  return (
    <section aria-labelledby="mirror" className={styles.section}>
      <h2 id="mirror">{t("official.mirror.heading")}</h2>
      <p>{t("official.mirror.intro")}</p>
      <p className={styles.note}>
        {t.rich("official.mirror.note", {
          dollars: dollarsText,
          derived: (chunks) => <span className={styles.derived}>{chunks}</span>,
        })}
      </p>
      <div className={styles.pair}>
        {directions.map((spec) => (
          <MirrorPanel key={spec.id} spec={spec} dollars={dollars} extent={directionExtent} locale={locale} />
        ))}
        <MirrorPanel spec={totalSpec(official, range, dollars, locale)} dollars={dollars} extent={[]} locale={locale} />
        <div className={styles.panel}>
          <h3 id="mirror-why">{t("official.mirror.why.heading")}</h3>
          <ul className={styles.reasons}>
            {WHY.map((reason) => (
              <li key={reason}>
                {t.rich(`official.mirror.why.${reason}`, { b: (chunks) => <strong>{chunks}</strong> })}
              </li>
            ))}
          </ul>
          <p>{t("official.mirror.why.conclusion")}</p>
        </div>
      </div>
      <OfficialSource ids={ids} derived={t("official.mirror.sourceDerived")} locale={locale} />
    </section>
  );
}
