import { buildLineChart, type LineChartModel, type LineSeriesInput } from "@/lib/chart/line-model";
import type { Locale } from "@/lib/i18n/locales";
import styles from "./official.module.css";

/*
 * A small year-by-year line chart drawn on the server from its model, in two
 * layouts (wide and phone) of which CSS shows one; the hidden one is out of the
 * accessibility tree. Every number it draws is also in the table beside it.
 */

const MARKER = 2.6;

type SeriesSpec = Omit<LineSeriesInput, "label"> & { label: string; narrowLabel?: string };

type Props = {
  series: readonly SeriesSpec[];
  from: number;
  to: number;
  title: string;
  /** A sentence saying what the chart shows; read out with the title. */
  description: string;
  /** Unit of the value axis, written above it. */
  axisLabel: string;
  /** Written across the plot when the range has no figures. */
  emptyText: string;
  format: (value: number) => string;
  idPrefix: string;
  includeZero?: boolean;
  invert?: boolean;
  breakAfter?: number;
  breakLabels?: [string, string];
  /** Values the value axis must reach, to share a scale with a neighbouring chart. */
  extent?: readonly number[];
  wide?: { width: number; height: number };
  /** Language of the chart's words: Urdu's Nastaliq needs more room above the plot. */
  locale?: Locale;
};

const WIDE = { width: 560, height: 250 };
const NARROW = { width: 340, height: 230 };

function Marker({ shape, cx, cy }: { shape: LineSeriesInput["marker"]; cx: number; cy: number }) {
  return shape === "circle" ? (
    <circle cx={cx} cy={cy} r={MARKER} className={styles.marker} />
  ) : (
    <rect
      x={cx - MARKER}
      y={cy - MARKER}
      width={MARKER * 2}
      height={MARKER * 2}
      className={`${styles.marker} ${styles.markerHollow}`}
    />
  );
}

function LineChartSvg({
  model,
  title,
  description,
  axisLabel,
  emptyText,
  idPrefix,
  breakLabels,
}: {
  model: LineChartModel;
  title: string;
  description: string;
  axisLabel: string;
  emptyText: string;
  idPrefix: string;
  breakLabels?: [string, string];
}) {
  const { plot } = model;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${model.width} ${model.height + model.offset}`}
      role="img"
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${idPrefix}-title`}>{title}</title>
      <desc id={`${idPrefix}-desc`}>{description}</desc>
      <g transform={`translate(0 ${model.offset})`}>
        <g className={styles.grid} aria-hidden="true">
          {model.yTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={plot.left} x2={plot.right} y1={tick.py} y2={tick.py} />
              <text x={plot.left - 6} y={tick.py} dy="0.32em" textAnchor="end">
                {tick.label}
              </text>
            </g>
          ))}
          {model.xTicks.map((tick) => (
            <text key={tick.label} x={tick.px} y={plot.bottom + 18} textAnchor="middle">
              {tick.label}
            </text>
          ))}
          <text className={styles.axisLabel} x={2} y={model.axisLabelY}>
            {axisLabel}
          </text>
        </g>
        {model.zeroPy !== undefined ? (
          <line className={styles.zero} x1={plot.left} x2={plot.right} y1={model.zeroPy} y2={model.zeroPy} />
        ) : null}
        {model.breakPx !== undefined ? (
          <g className={styles.break} aria-hidden="true">
            <line x1={model.breakPx} x2={model.breakPx} y1={plot.top - 8} y2={plot.bottom} />
            {breakLabels ? (
              <>
                <text x={model.breakPx - 4} y={plot.top - 1} textAnchor="end">
                  {breakLabels[0]}
                </text>
                <text x={model.breakPx + 4} y={plot.top - 1}>
                  {breakLabels[1]}
                </text>
              </>
            ) : null}
          </g>
        ) : null}
        {model.series.map((series) => (
          <g key={series.id} className={styles.series} style={{ color: `var(${series.colorVar})` }}>
            {series.segments.map((d) => (
              <path
                key={d}
                d={d}
                className={series.style === "dashed" ? `${styles.line} ${styles.dashed}` : styles.line}
              />
            ))}
            {series.points.map((point) => (
              <Marker key={point.year} shape={series.marker} cx={point.cx} cy={point.cy} />
            ))}
            {series.label.text ? (
              <text className={styles.lineLabel} x={series.label.x} y={series.label.y} dy="0.32em">
                {series.label.text}
              </text>
            ) : null}
          </g>
        ))}
        {model.empty ? (
          <text
            className={styles.empty}
            x={(plot.left + plot.right) / 2}
            y={(plot.top + plot.bottom) / 2}
            textAnchor="middle"
          >
            {emptyText}
          </text>
        ) : null}
      </g>
    </svg>
  );
}

export function LineChart({
  series,
  wide = WIDE,
  idPrefix,
  format,
  includeZero,
  invert,
  breakAfter,
  extent,
  locale = "en",
  ...rest
}: Props) {
  const labelledBreak = rest.breakLabels !== undefined;
  const common = {
    from: rest.from,
    to: rest.to,
    format,
    includeZero,
    invert,
    breakAfter,
    extent,
    labelledBreak,
    locale,
  };
  const wideModel = buildLineChart(series, { ...wide, ...common });
  const narrowModel = buildLineChart(
    series.map((entry) => ({ ...entry, label: entry.narrowLabel ?? entry.label })),
    { ...NARROW, ...common },
  );
  const svg = {
    title: rest.title,
    description: rest.description,
    axisLabel: rest.axisLabel,
    emptyText: rest.emptyText,
    breakLabels: rest.breakLabels,
  };
  return (
    <>
      <div className={`chart-frame chart-frame--wide ${styles.frame}`}>
        <LineChartSvg model={wideModel} idPrefix={`${idPrefix}-wide`} {...svg} />
      </div>
      <div className={`chart-frame chart-frame--narrow ${styles.frame}`}>
        <LineChartSvg model={narrowModel} idPrefix={`${idPrefix}-narrow`} {...svg} />
      </div>
    </>
  );
}
