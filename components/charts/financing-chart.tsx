import {
  buildFinancingChart,
  describeScale,
  KIND_GROUP_ORDER,
  KIND_GROUP_SHAPES,
  kindGroupLabels,
  STATUS_STYLES,
  type KindGroup,
  type StatusStyle,
} from "@/lib/chart/financing-model";
import { shapePath } from "@/lib/chart/trend-model";
import type { FinancingStatus } from "@/lib/definitions";
import { proseAttributes, type FinancingSection } from "@/lib/financing";
import { formatOriginalAmount, labelsOf } from "@/lib/format";
import { getT, type Locale } from "@/lib/i18n";
import { FinancingChartSvg } from "./financing-chart-svg";
import styles from "./financing-chart.module.css";

/*
 * Two layouts of the same chart, as for the trend chart: one drawn for wide
 * screens, one for phones with labels above the markers. CSS shows the one
 * that fits; the hidden one is out of the accessibility tree.
 */
const WIDE = 960;
const NARROW = 360;

const STYLE_CLASS: Record<StatusStyle, string> = {
  solid: styles.solid ?? "",
  hatched: styles.hatched ?? "",
  hollow: styles.hollow ?? "",
  dotted: styles.dotted ?? "",
};

function StatusSwatch({ style, hatchId }: { style: StatusStyle; hatchId: string }) {
  return (
    <svg className={styles.swatch} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <g className={styles[`status-${style}`]}>
        <path
          d={shapePath("circle", 8, 8, 5.5)}
          className={`${styles.marker} ${STYLE_CLASS[style]}`}
          fill={style === "hatched" ? `url(#${hatchId})` : undefined}
        />
      </g>
    </svg>
  );
}

function ShapeSwatch({ group }: { group: KindGroup }) {
  return (
    <svg className={styles.swatch} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d={shapePath(KIND_GROUP_SHAPES[group], 8, 8, 5)} className={styles.marker} fill="none" />
    </svg>
  );
}

/** Statuses grouped by how they are drawn, so the legend has one entry per look. */
const STYLE_ORDER: StatusStyle[] = ["solid", "hatched", "hollow", "dotted"];

type Props = { sections: readonly FinancingSection[]; title: string; locale?: Locale };

export function FinancingChart({ sections, title, locale = "en" }: Props) {
  const t = getT(locale);
  const labels = labelsOf(locale);
  const kindLabels = kindGroupLabels(locale);
  const wide = buildFinancingChart(sections, { width: WIDE, locale });
  const narrow = buildFinancingChart(sections, { width: NARROW, locale });
  const statuses = new Set(sections.flatMap((section) => section.items.map((item) => item.status)));
  const legendHatch = "financing-legend-hatch";
  return (
    <figure className={styles.figure} aria-label={title}>
      <div className={styles.frameWide}>
        <FinancingChartSvg
          model={wide}
          title={title}
          idPrefix="financing-wide"
          emptyText={t("financing.chart.empty")}
        />
      </div>
      <div className={styles.frameNarrow}>
        <FinancingChartSvg
          model={narrow}
          title={title}
          idPrefix="financing-narrow"
          emptyText={t("financing.chart.empty")}
        />
      </div>
      <figcaption>
        <p className={styles.scaleNote}>{describeScale(wide.extent, locale)}</p>
        <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
          <defs>
            <pattern id={legendHatch} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" className={styles.hatchBackground} />
              <line x1="0" y1="0" x2="0" y2="4" className={styles.hatchLine} />
            </pattern>
          </defs>
        </svg>
        <p className={styles.legendHeading}>{t("financing.chart.fillHeading")}</p>
        <ul className={styles.legend} aria-label={t("financing.chart.fillHeading")}>
          {STYLE_ORDER.map((style) => {
            const shown = (Object.keys(STATUS_STYLES) as FinancingStatus[]).filter(
              (status) => STATUS_STYLES[status] === style && statuses.has(status),
            );
            if (shown.length === 0) return null;
            return (
              <li key={style}>
                <StatusSwatch style={style} hatchId={legendHatch} />
                <span>
                  <strong>
                    {shown
                      // "Одобрено или выполнено": after the first, labels are words inside a phrase.
                      .map((status, index) =>
                        index === 0 || locale === "en"
                          ? labels.financingStatus[status]
                          : labels.financingStatus[status].toLocaleLowerCase(locale),
                      )
                      .join(t("financing.chart.or"))}
                  </strong>
                  :{" "}
                  {shown
                    .map((status) => labels.financingStatusDescription[status])
                    .join(t("financing.chart.descriptionSeparator"))}
                </span>
              </li>
            );
          })}
        </ul>
        <p className={styles.legendHeading}>{t("financing.chart.shapeHeading")}</p>
        <ul className={styles.legend} aria-label={t("financing.chart.shapeHeading")}>
          {KIND_GROUP_ORDER.map((group: KindGroup) => (
            <li key={group}>
              <ShapeSwatch group={group} />
              <span>{kindLabels[group]}</span>
            </li>
          ))}
          {/* The arrows point along the chart's axis, which runs left to right in every language. */}
          <li>
            <span aria-hidden="true">→</span>
            <span>{t("financing.chart.atLeast")}</span>
          </li>
          <li>
            <span aria-hidden="true">←</span>
            <span>{t("financing.chart.upTo")}</span>
          </li>
          <li>
            <span aria-hidden="true">↳</span>
            <span>{t("financing.chart.share")}</span>
          </li>
        </ul>
        {wide.notDrawn.length > 0 ? (
          <p className={`${styles.notDrawn} muted`}>
            {t("financing.chart.notDrawn")}{" "}
            {wide.notDrawn.map((item, index) => (
              <span key={item.id}>
                {index > 0 ? t("financing.chart.descriptionSeparator") : ""}
                <a href={`#${item.id}`} {...proseAttributes(item.item, locale)}>
                  {item.item}
                </a>
                {item.originalAmount
                  ? ` ${t("financing.chart.publishedOnlyAs", { amount: formatOriginalAmount(item, locale) ?? "" })}`
                  : ""}
              </span>
            ))}
            {locale === "ur" ? "۔" : "."}
          </p>
        ) : null}
      </figcaption>
    </figure>
  );
}
