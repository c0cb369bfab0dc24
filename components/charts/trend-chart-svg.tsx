import { shapePath, type TrendChartModel } from "@/lib/chart/trend-model";
import { chartWordsOf } from "@/lib/chart/words";
import { fillLabel } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/number-format";

type Props = {
  model: TrendChartModel;
  title: string;
  /** Lets keyboard users step through the points; off where a table already serves. */
  focusablePoints?: boolean;
  /** Prefix for element ids so two charts on one page do not clash. */
  idPrefix: string;
  locale?: Locale;
};

const POINT_SIZE = 4.5;
const DOT_SIZE = 2.4;

/**
 * Draws a trend chart from its precomputed model. Deliberately free of hooks
 * and browser APIs: it renders on the server, so the SVG and its numbers are in
 * the HTML before any JavaScript runs. Interactive behaviour is layered on by
 * client components that find points through their data attributes.
 */
export function TrendChartSvg({ model, title, focusablePoints = false, idPrefix, locale = "en" }: Props) {
  const { plot } = model;
  const words = chartWordsOf(locale);
  const eventText = (template: string, event: TrendChartModel["events"][number]) =>
    fillLabel(template, { number: formatNumber(locale, event.number), date: event.dateLabel, title: event.title });
  const titleId = `${idPrefix}-title`;
  // A chart whose points link elsewhere is a group of links, not a picture: an image may not hold focusable links.
  const hasLinks = model.series.some((series) => series.points.some((point) => point.href !== undefined));
  return (
    <svg
      className="trend-chart"
      viewBox={`0 0 ${model.width} ${model.height}`}
      role={hasLinks ? "group" : "img"}
      aria-labelledby={titleId}
      data-chart-id={idPrefix}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{title}</title>
      <g className="chart-events" aria-hidden="true">
        {model.events.map((event) => (
          // The year an event falls in (or the span of a period), lit up only while
          // the event is chosen on the chart or in the story beside it.
          <rect
            key={`${event.id}-year`}
            className="chart-event-year"
            data-event-id={event.id}
            x={event.highlightPx.start}
            y={plot.top}
            width={Math.max(2, event.highlightPx.end - event.highlightPx.start)}
            height={plot.bottom - plot.top}
          />
        ))}
        {model.events.map((event) =>
          event.pxEnd !== undefined ? (
            <rect
              key={event.id}
              className="chart-event-band"
              data-event-id={event.id}
              x={event.px}
              y={plot.top}
              width={Math.max(2, event.pxEnd - event.px)}
              height={plot.bottom - plot.top}
            />
          ) : (
            <line
              key={event.id}
              className="chart-event-line"
              data-event-id={event.id}
              x1={event.px}
              x2={event.px}
              y1={plot.top}
              y2={plot.bottom}
            />
          ),
        )}
      </g>
      <g className="chart-grid" aria-hidden="true">
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
        <line className="chart-axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {model.zeroPy !== undefined ? (
          <line className="chart-zero" x1={plot.left} x2={plot.right} y1={model.zeroPy} y2={model.zeroPy} />
        ) : null}
        <text className="chart-axis-label" x={4} y={model.yLabelY}>
          {model.yLabel}
        </text>
      </g>
      <g className="chart-breaks" aria-hidden="true">
        {model.breaks.map((entry) => (
          <g key={entry.label}>
            <line className="chart-break" x1={entry.px} x2={entry.px} y1={plot.top} y2={plot.bottom} />
            <text className="chart-break-label" x={entry.px + 4} y={entry.labelY}>
              {entry.label}
            </text>
          </g>
        ))}
      </g>
      {model.series.map((series) => (
        <g
          key={series.id}
          className={series.imported ? "chart-series chart-series--imported" : "chart-series"}
          data-series-id={series.id}
          style={{ color: `var(${series.colorVar})` }}
        >
          {series.segments.map((segment) => (
            <path
              key={segment.id}
              d={segment.d}
              className={
                series.line === "dashed"
                  ? "chart-line chart-line--dashed"
                  : segment.uncertain && series.markers === "status"
                    ? "chart-line chart-line--uncertain"
                    : "chart-line"
              }
            />
          ))}
          {series.points.map((point) => {
            const marker = (
              <g
                key={point.id}
                className={`chart-point chart-point--${point.status}${point.partial ? " chart-point--partial" : ""}${point.dot ? " chart-point--dot" : ""}`}
                data-point-id={point.id}
                data-x={point.x}
                data-value={point.value}
                tabIndex={focusablePoints && point.href === undefined ? 0 : undefined}
                // The <title> below names the point, so its description is written once, not again as an aria-label.
                role={focusablePoints && point.href === undefined ? "img" : undefined}
              >
                <title>{point.description}</title>
                {point.spanPx !== undefined ? (
                  <rect
                    className="chart-point-span"
                    x={point.spanPx.start}
                    y={plot.bottom - 3}
                    width={Math.max(1, point.spanPx.end - point.spanPx.start)}
                    height={6}
                    rx={2}
                  />
                ) : null}
                {point.partial ? <circle className="chart-partial-ring" cx={point.cx} cy={point.cy} r={9} /> : null}
                {point.atLeast ? (
                  <path className="chart-at-least" d={`M${point.cx},${point.cy - 7}v-9m-3.5,3.5l3.5,-3.5l3.5,3.5`} />
                ) : null}
                <path
                  d={shapePath(point.shape, point.cx, point.cy, point.dot ? DOT_SIZE : POINT_SIZE)}
                  className={point.hollow ? "chart-marker chart-marker--hollow" : "chart-marker"}
                />
              </g>
            );
            // A point that leads somewhere (an article's figure to its claim check) is a link;
            // the link, not the point, then takes the focus.
            return point.href === undefined ? (
              marker
            ) : (
              <a key={point.id} href={point.href} className="chart-point-link" aria-label={point.description}>
                {marker}
              </a>
            );
          })}
        </g>
      ))}
      <g className="chart-event-markers">
        {model.events.map((event) => (
          <g
            key={event.id}
            className="chart-event-marker"
            data-event-id={event.id}
            tabIndex={focusablePoints ? 0 : undefined}
            role={focusablePoints ? "img" : undefined}
            aria-label={focusablePoints ? eventText(words.eventLabel, event) : undefined}
          >
            <title>{eventText(words.eventTitle, event)}</title>
            <line className="chart-event-stem" x1={event.px} x2={event.px} y1={event.markerY + 7} y2={plot.top} />
            <circle cx={event.px} cy={event.markerY} r={7} />
            <text x={event.px} y={event.markerY} dy="0.35em" textAnchor="middle">
              {event.number}
            </text>
          </g>
        ))}
      </g>
      {model.empty ? (
        <text
          className="chart-empty"
          x={(plot.left + plot.right) / 2}
          y={(plot.top + plot.bottom) / 2}
          textAnchor="middle"
        >
          {words.empty}
        </text>
      ) : null}
    </svg>
  );
}
