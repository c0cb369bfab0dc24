import { STATUS_SHAPES, shapePath, type PointStatus, type TrendChartModel } from "@/lib/chart/trend-model";
import { formatUsdMillions, PERSPECTIVE_LABELS, TRADE_STATUS_DESCRIPTIONS, TRADE_STATUS_LABELS } from "@/lib/format";

const STATUS_TEXT: Record<PointStatus, { label: string; description: string }> = {
  reported: { label: TRADE_STATUS_LABELS.reported, description: TRADE_STATUS_DESCRIPTIONS.reported },
  approximate: { label: TRADE_STATUS_LABELS.approximate, description: TRADE_STATUS_DESCRIPTIONS.approximate },
  derived: { label: TRADE_STATUS_LABELS.derived, description: TRADE_STATUS_DESCRIPTIONS.derived },
  unverified: { label: TRADE_STATUS_LABELS.unverified, description: TRADE_STATUS_DESCRIPTIONS.unverified },
  imported: { label: "Imported", description: "a series you brought in; stays in this browser" },
};

function Marker({ status }: { status: PointStatus }) {
  const { shape, hollow } = STATUS_SHAPES[status];
  return (
    <svg className="legend-marker" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <g className={`chart-point chart-point--${status}`}>
        <path
          d={shapePath(shape, 8, 8, 4.5)}
          className={hollow ? "chart-marker chart-marker--hollow" : "chart-marker"}
        />
      </g>
    </svg>
  );
}

/** In index mode, which figure of a series is 100. */
function indexBaseText(series: TrendChartModel["series"][number]): string {
  const base = series.indexBase;
  if (base === undefined) return "";
  const point = series.points.find((candidate) => candidate.x === base.x);
  return ` (100 = ${formatUsdMillions(base.value)}${point?.periodLabel ? ` in ${point.periodLabel}` : ""})`;
}

/** One legend entry per colour: a series, or a perspective when colours stand for whose statistics. */
function colourEntries(model: TrendChartModel, colorBy: "series" | "perspective") {
  if (colorBy === "series") {
    return model.series.map((series) => ({
      key: series.id,
      colorVar: series.colorVar,
      imported: series.imported,
      text: `${series.imported ? `Imported: ${series.label}` : series.label}${indexBaseText(series)}`,
    }));
  }
  const groups = new Map<string, { key: string; colorVar: string; imported: boolean; count: number; text: string }>();
  for (const series of model.series) {
    const group = groups.get(series.perspective);
    if (group) {
      group.count += 1;
    } else {
      const text = series.perspective === "imported" ? "Imported series" : PERSPECTIVE_LABELS[series.perspective];
      groups.set(series.perspective, {
        key: series.perspective,
        colorVar: series.colorVar,
        imported: series.imported,
        count: 1,
        text,
      });
    }
  }
  return [...groups.values()].map((group) => ({
    ...group,
    text: `${group.text[0]?.toUpperCase()}${group.text.slice(1)} (${group.count} series)`,
  }));
}

export function TrendLegend({
  model,
  colorBy = "series",
}: {
  model: TrendChartModel;
  colorBy?: "series" | "perspective";
}) {
  const statuses = new Set(model.series.flatMap((series) => series.points.map((point) => point.status)));
  const anyUncertainLine = model.series.some((series) => series.segments.some((segment) => segment.uncertain));
  const anyAtLeast = model.series.some((series) => series.points.some((point) => point.atLeast));
  const anyPartial = model.series.some((series) => series.points.some((point) => point.partial));
  const anyFiscal = model.series.some((series) => series.basis === "fiscal");
  return (
    <figcaption className="legend">
      <ul className="legend-series" aria-label={colorBy === "series" ? "Series" : "Colours"}>
        {colourEntries(model, colorBy).map((entry) => (
          <li key={entry.key} style={{ color: `var(${entry.colorVar})` }}>
            <span
              className={entry.imported ? "legend-swatch legend-swatch--imported" : "legend-swatch"}
              aria-hidden="true"
            />
            <span className="legend-text">{entry.text}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-status" aria-label="Point styles">
        {(Object.keys(STATUS_TEXT) as PointStatus[])
          .filter((status) => statuses.has(status))
          .map((status) => (
            <li key={status}>
              <Marker status={status} />
              <span>
                <strong>{STATUS_TEXT[status].label}</strong>: {STATUS_TEXT[status].description}
              </span>
            </li>
          ))}
        {anyUncertainLine ? (
          <li>
            <svg className="legend-marker" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true">
              <path d="M2,8H22" className="chart-line chart-line--uncertain" style={{ color: "var(--text-muted)" }} />
            </svg>
            <span>
              <strong>Dashed line</strong>: joins a figure that is not a plain reported value
            </span>
          </li>
        ) : null}
        {anyPartial ? (
          <li>
            <svg className="legend-marker" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              <circle className="chart-partial-ring" cx="10" cy="10" r="8" style={{ color: "var(--text-muted)" }} />
            </svg>
            <span>
              <strong>Dashed ring</strong>: a part-year figure (e.g. Jan–Oct), plotted at the middle of the months it
              covers; not comparable with a whole year
            </span>
          </li>
        ) : null}
        {anyFiscal ? (
          <li>
            <span className="legend-fiscal" aria-hidden="true">
              FY
            </span>
            <span>
              <strong>Fiscal years</strong> (July–June) sit at their middle, 1 January, halfway between two year ticks
            </span>
          </li>
        ) : null}
        {anyAtLeast ? (
          <li>
            <span className="legend-arrow" aria-hidden="true">
              ↑
            </span>
            <span>
              <strong>Arrow</strong>: the source says “more than” this value
            </span>
          </li>
        ) : null}
        <li>
          <span className="legend-gap" aria-hidden="true" />
          <span>
            <strong>No line</strong>: a missing year; nothing is drawn where no figure exists
          </span>
        </li>
      </ul>
    </figcaption>
  );
}
