import { STATUS_SHAPES, shapePath, type PointStatus, type TrendChartModel } from "@/lib/chart/trend-model";
import { chartWordsOf, type ChartWords } from "@/lib/chart/words";
import { fillLabel, formatUsdMillions, labelsOf } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/number-format";

const POINT_STATUSES: readonly PointStatus[] = ["reported", "approximate", "derived", "unverified", "imported"];

function statusText(status: PointStatus, locale: Locale): { label: string; description: string } {
  if (status === "imported") {
    const { legend } = chartWordsOf(locale);
    return { label: legend.importedStatus, description: legend.importedStatusDescription };
  }
  const labels = labelsOf(locale);
  return { label: labels.tradeStatus[status], description: labels.tradeStatusDescription[status] };
}

/** A legend line whose first words are its term: "<strong>Arrow</strong>: the source says …". */
function Term({ entry }: { entry: { term: string; rest: string } }) {
  return (
    <span>
      <strong>{entry.term}</strong>
      {entry.rest}
    </span>
  );
}

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

/** A series' legend text; in index mode it says which figure of the series is 100. */
function seriesText(series: TrendChartModel["series"][number], words: ChartWords, locale: Locale): string {
  const label = series.imported ? fillLabel(words.legend.imported, { label: series.label }) : series.label;
  const base = series.indexBase;
  if (base === undefined) return label;
  const point = series.points.find((candidate) => candidate.x === base.x);
  const value = formatUsdMillions(base.value, {}, locale);
  return point?.periodLabel
    ? fillLabel(words.legend.indexBase, { label, value, period: point.periodLabel })
    : fillLabel(words.legend.indexBaseAlone, { label, value });
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
function colourEntries(model: TrendChartModel, colorBy: "series" | "perspective", locale: Locale) {
  const words = chartWordsOf(locale);
  if (colorBy === "series") {
    return model.series.map((series) => ({
      key: series.id,
      colorVar: series.colorVar,
      imported: series.imported,
      sample: sampleOf(series),
      text: seriesText(series, words, locale),
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
      const text =
        series.perspective === "imported"
          ? words.legend.importedSeries
          : labelsOf(locale).perspective[series.perspective];
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
    text: fillLabel(words.legend.perspectiveCount, {
      perspective: `${group.text[0]?.toUpperCase()}${group.text.slice(1)}`,
      count: formatNumber(locale, group.count),
    }),
  }));
}

export function TrendLegend({
  model,
  colorBy = "series",
  locale = "en",
}: {
  model: TrendChartModel;
  colorBy?: "series" | "perspective";
  locale?: Locale;
}) {
  const { legend } = chartWordsOf(locale);
  // Official lines draw every year as a plain dot: point shapes and dashed joins speak of published figures only.
  const published = model.series.filter((series) => series.markers === "status");
  const statuses = new Set(published.flatMap((series) => series.points.map((point) => point.status)));
  const anyUncertainLine = published.some((series) => series.segments.some((segment) => segment.uncertain));
  const anyAtLeast = model.series.some((series) => series.points.some((point) => point.atLeast));
  const anyPartial = model.series.some((series) => series.points.some((point) => point.partial));
  const anyFiscal = model.series.some((series) => series.basis === "fiscal");
  return (
    <figcaption className="legend">
      <ul className="legend-series" aria-label={colorBy === "series" ? legend.series : legend.colours}>
        {colourEntries(model, colorBy, locale).map((entry) => (
          <li key={entry.key} style={{ color: `var(${entry.colorVar})` }}>
            <Swatch sample={entry.sample} imported={entry.imported} />
            <span className="legend-text">{entry.text}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-status" aria-label={legend.pointStyles}>
        {POINT_STATUSES.filter((status) => statuses.has(status)).map((status) => {
          const text = statusText(status, locale);
          return (
            <li key={status}>
              <Marker status={status} />
              <span>
                <strong>{text.label}</strong>: {text.description}
              </span>
            </li>
          );
        })}
        {anyUncertainLine ? (
          <li>
            <svg className="legend-marker" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true">
              <path d="M2,8H22" className="chart-line chart-line--uncertain" style={{ color: "var(--text-muted)" }} />
            </svg>
            <Term entry={legend.uncertain} />
          </li>
        ) : null}
        {anyPartial ? (
          <li>
            <svg className="legend-marker" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              <circle className="chart-partial-ring" cx="10" cy="10" r="8" style={{ color: "var(--text-muted)" }} />
            </svg>
            <Term entry={legend.partial} />
          </li>
        ) : null}
        {anyFiscal ? (
          <li>
            <span className="legend-fiscal" aria-hidden="true">
              {legend.fiscalMark}
            </span>
            <Term entry={legend.fiscal} />
          </li>
        ) : null}
        {anyAtLeast ? (
          <li>
            <span className="legend-arrow" aria-hidden="true">
              ↑
            </span>
            <Term entry={legend.atLeast} />
          </li>
        ) : null}
        {model.breaks.length > 0 ? (
          <li>
            <svg className="legend-marker" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M8,1V15" className="chart-break" />
            </svg>
            <Term entry={legend.break} />
          </li>
        ) : null}
        {model.series.some((series) => series.markers === "dot") ? (
          <li>
            <svg className="legend-marker" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">
              <path d="M2,8H26" className="chart-line" style={{ color: "var(--text-muted)" }} />
              <circle cx="14" cy="8" r="2.6" fill="var(--text-muted)" />
            </svg>
            <Term entry={legend.official} />
          </li>
        ) : null}
        <li>
          <span className="legend-gap" aria-hidden="true" />
          <Term entry={legend.gap} />
        </li>
      </ul>
    </figcaption>
  );
}
