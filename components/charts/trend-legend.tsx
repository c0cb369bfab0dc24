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

type Sample = "line" | "dashed" | "points" | undefined;

/** How a series looks, for its legend swatch: a solid or dashed line, or loose points. */
function sampleOf(series: TrendChartModel["series"][number]): Sample {
  if (series.markers === "dot") return series.line === "dashed" ? "dashed" : "line";
  return series.segments.length === 0 && series.points.length > 1 ? "points" : undefined;
}

function Swatch({ sample, imported }: { sample: Sample; imported: boolean }) {
  if (sample === "line" || sample === "dashed") {
    return (
      <svg className="legend-marker" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">
        <path d="M2,8H26" className={sample === "dashed" ? "chart-line chart-line--dashed" : "chart-line"} />
      </svg>
    );
  }
  if (sample === "points") {
    return (
      <svg className="legend-marker" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">
        <circle cx="6" cy="8" r="3.5" fill="currentColor" />
        <circle cx="20" cy="8" r="3.5" fill="currentColor" />
      </svg>
    );
  }
  return <span className={imported ? "legend-swatch legend-swatch--imported" : "legend-swatch"} aria-hidden="true" />;
}

/** One legend entry per colour: a series, or a perspective when colours stand for whose statistics. */
function colourEntries(model: TrendChartModel, colorBy: "series" | "perspective") {
  if (colorBy === "series") {
    return model.series.map((series) => ({
      key: series.id,
      colorVar: series.colorVar,
      imported: series.imported,
      sample: sampleOf(series),
      text: `${series.imported ? `Imported: ${series.label}` : series.label}${indexBaseText(series)}`,
    }));
  }
  const groups = new Map<
    string,
    { key: string; colorVar: string; imported: boolean; sample: Sample; count: number; text: string }
  >();
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
        sample: undefined as Sample,
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
  // Official lines draw every year as a plain dot: point shapes and dashed joins speak of published figures only.
  const published = model.series.filter((series) => series.markers === "status");
  const statuses = new Set(published.flatMap((series) => series.points.map((point) => point.status)));
  const anyUncertainLine = published.some((series) => series.segments.some((segment) => segment.uncertain));
  const anyAtLeast = model.series.some((series) => series.points.some((point) => point.atLeast));
  const anyPartial = model.series.some((series) => series.points.some((point) => point.partial));
  const anyFiscal = model.series.some((series) => series.basis === "fiscal");
  return (
    <figcaption className="legend">
      <ul className="legend-series" aria-label={colorBy === "series" ? "Series" : "Colours"}>
        {colourEntries(model, colorBy).map((entry) => (
          <li key={entry.key} style={{ color: `var(${entry.colorVar})` }}>
            <Swatch sample={entry.sample} imported={entry.imported} />
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
        {model.breaks.length > 0 ? (
          <li>
            <svg className="legend-marker" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M8,1V15" className="chart-break" />
            </svg>
            <span>
              <strong>Dotted rule at 1991/92</strong>: Pakistan’s partner is the USSR before it and the Russian
              Federation after; the line is not joined across
            </span>
          </li>
        ) : null}
        {model.series.some((series) => series.markers === "dot") ? (
          <li>
            <svg className="legend-marker" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">
              <path d="M2,8H26" className="chart-line" style={{ color: "var(--text-muted)" }} />
              <circle cx="14" cy="8" r="2.6" fill="var(--text-muted)" />
            </svg>
            <span>
              <strong>Official lines</strong>: one dot per calendar year from the IMF’s tables; totals and balances are
              our sums of its exports and imports
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
