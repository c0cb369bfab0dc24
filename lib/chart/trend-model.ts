import type { Perspective, TradeBasis, TradeStatus } from "../definitions";
import { fillLabel, labelsOf } from "../format";
import type { Locale } from "../i18n/locales";
import { formatNumber } from "../i18n/number-format";
import { ascentPx, descentPx } from "./script-metrics";
import { chartWordsOf } from "./words";
import { linearScale, logDomain, logScale, niceDomain, yearTicks, type Scale } from "./scales";

/*
 * Geometry of the trend chart, worked out once from plain data so the SVG
 * component only draws. Keeping it here makes the rules testable: where a line
 * breaks, which shape a status gets, how an index is based.
 */

export type PointStatus = TradeStatus | "imported";

export type ChartPoint = {
  id: string;
  x: number;
  value: number;
  status: PointStatus;
  atLeast: boolean;
  /** Full description for tooltips and screen readers. */
  description: string;
  /** Label of the period as a reader knows it, e.g. "FY2012-13". */
  periodLabel?: string;
  /** Covers only part of a year: drawn with a dashed ring. */
  partial?: boolean;
  /** Start and end of the period on the time axis, shown as a span when the point is hovered or focused. */
  span?: { start: number; end: number };
  /** Not joined to the point before it even a year apart: the partner changed (USSR → Russian Federation). */
  breakBefore?: boolean;
  /** Where the point leads, e.g. the claim check of an article's figure. */
  href?: string;
};

export type ChartSeries = {
  id: string;
  label: string;
  perspective: Perspective | "imported";
  /** How the series counts time; the legend explains fiscal and part-year placement. */
  basis?: TradeBasis;
  /**
   * Fixed position in the perspective's palette. Without it series are
   * coloured in the order drawn, so hiding one would recolour the others.
   */
  colorIndex?: number;
  points: ChartPoint[];
  /** False for figures from different publishers, which must never be joined by a line. Default true. */
  joined?: boolean;
  /** Line style, so that two reporters' lines differ by more than colour. */
  line?: "solid" | "dashed";
  /** "status": each point's shape tells its status (published figures); "dot": a small dot per year (official series). */
  markers?: "status" | "dot";
};

export type ChartEvent = {
  id: string;
  x: number;
  endX?: number;
  title: string;
  dateLabel: string;
};

export type ScaleKind = "linear" | "log";
/** "real": constant US dollars of a stated year, deflated before the chart sees the values. */
export type ValueMode = "absolute" | "index" | "real";

export type TrendChartOptions = {
  width: number;
  height: number;
  from: number;
  to: number;
  scale: ScaleKind;
  mode: ValueMode;
  maxXTicks?: number;
  /**
   * "series" gives every series its own shade; "perspective" colours by whose
   * statistics a series is, for overviews with many short series.
   */
  colorBy?: "series" | "perspective";
  /** Vertical rules where a series changes meaning, e.g. the USSR's end at 1991/92. */
  breaks?: readonly { x: number; label: string }[];
  /** Axis label, e.g. "Constant 2024 US$ millions"; by default from the mode. */
  yLabel?: string;
  /** Language of the axis: its ticks and default label. */
  locale?: Locale;
};

export type PointShape = "circle" | "diamond" | "square" | "triangle" | "star";

export type PlacedPoint = ChartPoint & {
  cx: number;
  cy: number;
  spanPx?: { start: number; end: number };
  shownValue: number;
  shape: PointShape;
  hollow: boolean;
  /** Drawn as a small dot on a line rather than as a status shape. */
  dot: boolean;
};

export type PlacedSeries = {
  id: string;
  label: string;
  perspective: ChartSeries["perspective"];
  colorVar: string;
  imported: boolean;
  basis?: TradeBasis;
  line: "solid" | "dashed";
  markers: "status" | "dot";
  /** Straight segments between points one year apart or less; none cross a gap. */
  segments: { id: string; d: string; uncertain: boolean }[];
  points: PlacedPoint[];
  /** Value that = 100 in index mode. */
  indexBase?: { x: number; value: number };
};

export type PlacedEvent = ChartEvent & {
  number: number;
  px: number;
  pxEnd?: number;
  /** Vertical centre of the numbered marker above the plot; close markers are stacked. */
  markerY: number;
  /** What to light up when the event is chosen: its period, or the calendar year it falls in. */
  highlightPx: { start: number; end: number };
};

const MARKER_SPACING = 16;
const MARKER_ROW_HEIGHT = 16;
const MAX_MARKER_ROWS = 3;
/** Font sizes of the axis title and the break labels (app/globals.css). */
const AXIS_LABEL_SIZE = 12;
const BREAK_LABEL_SIZE = 11;

export type TrendChartModel = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { px: number; label: string }[];
  yTicks: { py: number; label: string }[];
  yLabel: string;
  /** Baseline of the axis title, low enough for the tallest letters of the locale's script. */
  yLabelY: number;
  series: PlacedSeries[];
  events: PlacedEvent[];
  /** `labelY`: baseline of the break's label, just inside the top of the plot. */
  breaks: { px: number; label: string; labelY: number }[];
  /** Vertical position of the zero line when values go below zero. */
  zeroPy?: number;
  empty: boolean;
};

export const STATUS_SHAPES: Record<PointStatus, { shape: PointShape; hollow: boolean }> = {
  reported: { shape: "circle", hollow: false },
  approximate: { shape: "diamond", hollow: true },
  derived: { shape: "square", hollow: true },
  unverified: { shape: "triangle", hollow: true },
  imported: { shape: "star", hollow: false },
};

/** Points further apart than this (in years) are not joined: the gap between them is a missing year. */
export const MAX_JOIN_GAP = 1 + 1e-6;

const PALETTE_SIZE = 4;

export function colorVarFor(perspective: ChartSeries["perspective"], indexWithinPerspective: number): string {
  return `--series-${perspective}-${indexWithinPerspective % PALETTE_SIZE}`;
}

/**
 * A value-axis tick. English ticks carry the dollars ("$500m", "$1.5bn");
 * Urdu and Russian amounts are longer words ("1,5 млрд долл."), which would
 * not fit the margin, so there ticks are plain numbers in millions and the
 * axis title names the unit.
 */
function formatTick(value: number, mode: ValueMode, locale: Locale): string {
  const whole = (number: number) => formatNumber(locale, number, { maximumFractionDigits: 0 });
  if (mode === "index") return whole(value);
  const sign = value < 0 ? "−" : "";
  const size = Math.abs(value);
  if (locale !== "en") return `${sign}${whole(size)}`;
  const money = labelsOf(locale).money;
  return size >= 1000
    ? `${sign}${fillLabel(money.billions, { value: String(Number((size / 1000).toFixed(1))) })}`
    : `${sign}${fillLabel(money.millions, { value: whole(size) })}`;
}

function inRange(point: ChartPoint, from: number, to: number): boolean {
  return point.x >= from - 0.5 && point.x <= to + 0.5;
}

export function buildTrendChart(
  seriesList: readonly ChartSeries[],
  events: readonly ChartEvent[],
  options: TrendChartOptions,
): TrendChartModel {
  const { width, height, from, to, scale: scaleKind, mode, locale = "en" } = options;
  const words = chartWordsOf(locale);
  const narrow = width < 480;
  const x = linearScale([from - 0.5, to + 0.5], [narrow ? 44 : 60, width - (narrow ? 10 : 16)]);
  // Markers closer than MARKER_SPACING go up a row, so their numbers stay legible.
  const rowEnds: number[] = [];
  const eventsInView = events
    .filter((event) => (event.endX ?? event.x) >= from - 0.5 && event.x <= to + 0.5)
    .map((event, index) => {
      const px = round(x(Math.max(event.x, from - 0.5)));
      let row = rowEnds.findIndex((end) => px - end >= MARKER_SPACING);
      if (row === -1) row = rowEnds.length < MAX_MARKER_ROWS ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = px;
      return { event, index, px, row };
    });
  const rows = Math.max(1, rowEnds.length);
  // The axis title stands above the event markers. Its baseline is as far down as the
  // script's letters rise (12 in Latin and Cyrillic, twice that in Nastaliq), and the
  // markers start below its descenders, so the title is never cut off at the top.
  const yLabelY = ascentPx(AXIS_LABEL_SIZE, locale);
  const headroom = yLabelY + descentPx(AXIS_LABEL_SIZE, locale) - 3;
  const plot = {
    left: narrow ? 44 : 60,
    top: headroom + rows * MARKER_ROW_HEIGHT,
    right: width - (narrow ? 10 : 16),
    bottom: height - 28,
  };
  const placedEvents: PlacedEvent[] = eventsInView.map(({ event, index, px, row }) => ({
    ...event,
    number: index + 1,
    px,
    pxEnd: event.endX === undefined ? undefined : round(x(Math.min(event.endX, to + 0.5))),
    markerY: plot.top - 8 - row * MARKER_ROW_HEIGHT,
    highlightPx: {
      start: round(x(Math.max(event.endX === undefined ? Math.round(event.x) - 0.5 : event.x, from - 0.5))),
      end: round(x(Math.min(event.endX ?? Math.round(event.x) + 0.5, to + 0.5))),
    },
  }));

  const perspectiveCounts = new Map<string, number>();
  const visible = seriesList
    .map((series) => {
      const points = series.points.filter((point) => inRange(point, from, to)).sort((a, b) => a.x - b.x);
      const first = points[0];
      const base = mode === "index" && first !== undefined ? { x: first.x, value: first.value } : undefined;
      const shown = points.map((point) => ({
        point,
        shownValue: base ? (point.value / base.value) * 100 : point.value,
      }));
      const order = options.colorBy === "perspective" ? 0 : (perspectiveCounts.get(series.perspective) ?? 0);
      perspectiveCounts.set(series.perspective, order + 1);
      const paletteIndex = options.colorBy === "perspective" ? 0 : (series.colorIndex ?? order);
      return { series, shown, base, colorVar: colorVarFor(series.perspective, paletteIndex) };
    })
    .filter((entry) => entry.shown.length > 0);

  const allValues = visible.flatMap((entry) => entry.shown.map((item) => item.shownValue));
  const values = allValues.filter((value) => value > 0);
  const empty = allValues.length === 0;
  const min = values.length === 0 ? 1 : Math.min(...values);
  const max = values.length === 0 ? (empty ? 1000 : 0) : Math.max(...values);
  const lowest = Math.min(0, ...allValues);
  let y: Scale;
  if (scaleKind === "log") {
    y = logScale(logDomain(min, max), [plot.bottom, plot.top]);
  } else {
    // A little headroom, so the highest point and its "more than" arrow stay clear of the event markers;
    // below zero (a deficit) the axis extends as far as the values go.
    y = linearScale(niceDomain(lowest * 1.06, max * 1.06, 6), [plot.bottom, plot.top]);
  }

  const series: PlacedSeries[] = visible.map(({ series: input, shown, base, colorVar }) => {
    const points: PlacedPoint[] = shown.map(({ point, shownValue }) => ({
      ...point,
      shownValue,
      cx: round(x(point.x)),
      cy: round(y(Math.max(shownValue, y.domain[0]))),
      spanPx:
        point.span === undefined
          ? undefined
          : {
              start: round(x(Math.max(point.span.start, from - 0.5))),
              end: round(x(Math.min(point.span.end, to + 0.5))),
            },
      ...(input.markers === "dot" ? { shape: "circle" as const, hollow: false } : STATUS_SHAPES[point.status]),
      dot: input.markers === "dot",
    }));
    const segments: PlacedSeries["segments"] = [];
    points.forEach((point, index) => {
      const previous = points[index - 1];
      if (input.joined === false || previous === undefined || point.breakBefore) return;
      if (point.x - previous.x > MAX_JOIN_GAP) return;
      segments.push({
        id: `${previous.id}--${point.id}`,
        d: `M${previous.cx},${previous.cy}L${point.cx},${point.cy}`,
        uncertain: [previous.status, point.status].some((status) => status !== "reported" && status !== "imported"),
      });
    });
    return {
      id: input.id,
      label: input.label,
      perspective: input.perspective,
      colorVar,
      imported: input.perspective === "imported",
      basis: input.basis,
      line: input.line ?? "solid",
      markers: input.markers ?? "status",
      segments,
      points,
      indexBase: base,
    };
  });

  return {
    width,
    height,
    plot,
    xTicks: yearTicks(from, to, options.maxXTicks ?? (narrow ? 5 : 12)).map((year) => ({
      px: round(x(year)),
      label: String(year),
    })),
    yTicks: y.ticks(narrow ? 4 : 6).map((value) => ({ py: round(y(value)), label: formatTick(value, mode, locale) })),
    yLabel: options.yLabel ?? (mode === "index" ? words.axis.index : words.axis.millions),
    yLabelY,
    series,
    events: placedEvents,
    breaks: (options.breaks ?? [])
      .filter((entry) => entry.x > from - 0.5 && entry.x < to + 0.5)
      .map((entry) => ({
        px: round(x(entry.x)),
        label: entry.label,
        labelY: plot.top + ascentPx(BREAK_LABEL_SIZE, locale) + 1,
      })),
    zeroPy: scaleKind === "linear" && lowest < 0 ? round(y(0)) : undefined,
    empty,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** SVG path of a marker shape centred on (cx, cy). */
export function shapePath(shape: PointShape, cx: number, cy: number, size: number): string {
  const r = size;
  switch (shape) {
    case "circle":
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case "diamond":
      return `M${cx},${cy - r * 1.3}L${cx + r * 1.3},${cy}L${cx},${cy + r * 1.3}L${cx - r * 1.3},${cy}Z`;
    case "square":
      return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "triangle":
      return `M${cx},${cy - r * 1.3}L${cx + r * 1.2},${cy + r}L${cx - r * 1.2},${cy + r}Z`;
    case "star": {
      const corners = Array.from({ length: 10 }, (_, index) => {
        const radius = index % 2 === 0 ? r * 1.4 : r * 0.6;
        const angle = (Math.PI / 5) * index - Math.PI / 2;
        return `${round(cx + radius * Math.cos(angle))},${round(cy + radius * Math.sin(angle))}`;
      });
      return `M${corners.join("L")}Z`;
    }
  }
}
