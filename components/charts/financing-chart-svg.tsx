import { shapePath } from "@/lib/chart/trend-model";
import type { FinancingChartModel, ItemRow, StatusStyle } from "@/lib/chart/financing-model";
import styles from "./financing-chart.module.css";

type Props = {
  model: FinancingChartModel;
  title: string;
  idPrefix: string;
  /** Said in the chart when no item has a dollar amount, in the reader's language. */
  emptyText: string;
};

const MARKER_SIZE = 5;

/** The fill and outline each status style is drawn with; the class names carry the colour. */
function markerProps(style: StatusStyle, hatchId: string) {
  switch (style) {
    case "solid":
      return { className: `${styles.marker} ${styles.solid}` };
    case "hatched":
      return { className: `${styles.marker} ${styles.hatched}`, fill: `url(#${hatchId})` };
    case "hollow":
      return { className: `${styles.marker} ${styles.hollow}` };
    case "dotted":
      return { className: `${styles.marker} ${styles.dotted}` };
  }
}

function ItemRowView({ row, hatchId }: { row: ItemRow; hatchId: string }) {
  const marker = markerProps(row.style, hatchId);
  const right = row.cxMax ?? row.cx;
  return (
    <g className={`${styles.row} ${styles[`status-${row.style}`]}`} data-item-id={row.id} data-status={row.status}>
      <title>{row.description}</title>
      <text
        x={row.labelX}
        y={row.y}
        className={row.part ? `${styles.label} ${styles.partLabel}` : styles.label}
        lang={row.labelLang}
      >
        {row.part ? "↳ " : ""}
        {row.label}
      </text>
      {row.cxMax !== undefined ? (
        <line x1={row.cx} x2={row.cxMax} y1={row.cy} y2={row.cy} className={styles.range} />
      ) : null}
      {row.arrow === "right" ? (
        <path d={`M${right + 7},${row.cy}h9m-3.5,-3.5l3.5,3.5l-3.5,3.5`} className={styles.arrow} />
      ) : null}
      {row.arrow === "left" ? (
        <path d={`M${row.cx - 7},${row.cy}h-9m3.5,-3.5l-3.5,3.5l3.5,3.5`} className={styles.arrow} />
      ) : null}
      <path d={shapePath(row.shape, row.cx, row.cy, row.part ? MARKER_SIZE - 1 : MARKER_SIZE)} {...marker} />
      {row.cxMax !== undefined ? <path d={shapePath(row.shape, row.cxMax, row.cy, MARKER_SIZE)} {...marker} /> : null}
      <text x={row.valueX} y={row.cy} dy="0.35em" textAnchor={row.valueAnchor} className={styles.value}>
        {row.valueLabel}
      </text>
    </g>
  );
}

/**
 * Draws the financing chart from its model. Free of hooks and browser APIs, so
 * it renders on the server and the amounts are in the HTML before any script.
 */
export function FinancingChartSvg({ model, title, idPrefix, emptyText }: Props) {
  const { plot } = model;
  const titleId = `${idPrefix}-title`;
  const hatchId = `${idPrefix}-hatch`;
  return (
    <svg
      className={model.narrow ? `${styles.chart} ${styles.narrow}` : styles.chart}
      viewBox={`0 0 ${model.width} ${model.height}`}
      role="img"
      aria-labelledby={titleId}
      data-chart-id={idPrefix}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{title}</title>
      <defs>
        <pattern id={hatchId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="4" height="4" className={styles.hatchBackground} />
          <line x1="0" y1="0" x2="0" y2="4" className={styles.hatchLine} />
        </pattern>
      </defs>
      <g className={styles.grid} aria-hidden="true">
        {model.ticks.map((tick) => (
          <g key={tick.label}>
            <line x1={tick.px} x2={tick.px} y1={plot.top - 4} y2={plot.bottom} />
            <text x={tick.px} y={plot.top - 10} textAnchor="middle">
              {tick.label}
            </text>
            <text x={tick.px} y={plot.bottom + 16} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {model.rows.map((row) =>
        row.type === "group" ? (
          <text key={`group-${row.id}`} x={4} y={row.y} className={styles.group}>
            {row.label}
          </text>
        ) : (
          <ItemRowView key={row.id} row={row} hatchId={hatchId} />
        ),
      )}
      {model.empty ? (
        <text className={styles.empty} x={model.width / 2} y={plot.top + 40} textAnchor="middle">
          {emptyText}
        </text>
      ) : null}
    </svg>
  );
}
