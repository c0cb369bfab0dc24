import type { Locale } from "../i18n/locales";
import { linearScale, linearTicks, niceDomain, yearTicks } from "./scales";
import { ascentPx, descentPx } from "./script-metrics";

/*
 * Geometry of the small year-by-year line charts of the official sections: a
 * few series, each labelled at its end instead of in a legend, drawn on the
 * server. A line never crosses a missing year or a break (the USSR becoming
 * the Russian Federation); a point with no neighbour is still drawn as a marker.
 */

export type LineStyle = "solid" | "dashed";
export type MarkerShape = "circle" | "square";

export type LineSeriesInput = {
  id: string;
  /** Written at the end of the line. */
  label: string;
  points: readonly { year: number; value: number }[];
  style: LineStyle;
  marker: MarkerShape;
  /** CSS custom property holding the colour, e.g. "--series-pakistani-0". */
  colorVar: string;
};

export type LineChartOptions = {
  width: number;
  height: number;
  from: number;
  to: number;
  /** Tick and value labels on the value axis. */
  format: (value: number) => string;
  /** Keep zero on the axis and draw it as a stronger line (balances, shares). */
  includeZero?: boolean;
  /** Larger values lower down, with 1 at the top (ranks). */
  invert?: boolean;
  /** Lines are not joined from this year to the next; a dashed rule marks the break. */
  breakAfter?: number;
  maxXTicks?: number;
  yTickCount?: number;
  /** Values the axis must reach even if no point does, so charts set side by side share one scale. */
  extent?: readonly number[];
  /** The break rule is labelled above the plot ("USSR" | "Russia"). */
  labelledBreak?: boolean;
  /** Language of the chart's words, whose script decides how much room they need above the plot. */
  locale?: Locale;
};

export type PlacedLinePoint = { year: number; value: number; cx: number; cy: number };

export type PlacedLineSeries = {
  id: string;
  colorVar: string;
  style: LineStyle;
  marker: MarkerShape;
  /** SVG path data, one per unbroken run of years. */
  segments: string[];
  points: PlacedLinePoint[];
  label: { text: string; x: number; y: number };
};

export type LineChartModel = {
  width: number;
  height: number;
  /**
   * Room above the plot's own coordinates for the axis title (and the break's
   * labels): the SVG is this much taller and the plot is drawn this far down.
   */
  offset: number;
  /** Baseline of the axis title, in the plot's coordinates (negative: above them). */
  axisLabelY: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { px: number; label: string }[];
  yTicks: { py: number; label: string }[];
  /** Vertical position of zero when it is on the axis. */
  zeroPy?: number;
  /** Horizontal position of the break rule, between the two years. */
  breakPx?: number;
  series: PlacedLineSeries[];
  empty: boolean;
};

/* Average glyph width of the 12px chart font, generous so text is never clipped. */
const GLYPH = 6.8;
const LABEL_GAP = 8;
const MIN_LABEL_SPACING = 14;
/** Font sizes of the axis title and the break labels (official.module.css). */
const AXIS_LABEL_SIZE = 12;
const BREAK_LABEL_SIZE = 11;
/** Top of the plot in its own coordinates; the offset above it holds the titles. */
const PLOT_TOP = 12;

const round = (value: number) => Math.round(value * 100) / 100;

/** Splits sorted points into runs of consecutive years that do not cross the break. */
export function runsOf<T extends { year: number }>(points: readonly T[], breakAfter?: number): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  for (const point of points) {
    const previous = current[current.length - 1];
    const joined =
      previous !== undefined &&
      point.year === previous.year + 1 &&
      !(breakAfter !== undefined && previous.year <= breakAfter && point.year > breakAfter);
    if (!joined && current.length > 0) {
      runs.push(current);
      current = [];
    }
    current.push(point);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** Moves label positions apart so no two are closer than `spacing`, keeping them inside [min, max]. */
export function spreadLabels(positions: readonly number[], spacing: number, min: number, max: number): number[] {
  const order = positions.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const placed = order.map((entry) => Math.min(max, Math.max(min, entry.value)));
  for (let i = 1; i < placed.length; i += 1) {
    placed[i] = Math.max(placed[i] ?? 0, (placed[i - 1] ?? 0) + spacing);
  }
  // Pushed past the bottom: shift the stack back up.
  for (let i = placed.length - 1; i >= 0; i -= 1) {
    const limit = i === placed.length - 1 ? max : (placed[i + 1] ?? max) - spacing;
    placed[i] = Math.min(placed[i] ?? 0, limit);
  }
  const result = new Array<number>(positions.length);
  order.forEach((entry, i) => {
    result[entry.index] = placed[i] ?? entry.value;
  });
  return result;
}

export function buildLineChart(inputs: readonly LineSeriesInput[], options: LineChartOptions): LineChartModel {
  const { width, height, from, to, format } = options;
  const visible = inputs.map((series) => ({
    ...series,
    points: [...series.points].filter((p) => p.year >= from && p.year <= to).sort((a, b) => a.year - b.year),
  }));
  const values = visible.flatMap((series) => series.points.map((p) => p.value));
  const empty = values.length === 0;
  const tickCount = options.yTickCount ?? 5;

  let domain: [number, number];
  let tickValues: number[];
  if (options.invert) {
    const max = Math.max(1, ...values);
    domain = [1, niceDomain(0, max, tickCount)[1]];
    tickValues = [1, ...linearTicks(domain[0], domain[1], tickCount).filter((tick) => tick > 1)];
  } else {
    const reach = empty ? [] : (options.extent ?? []);
    const min = Math.min(options.includeZero ? 0 : Infinity, ...values, ...reach);
    const max = Math.max(options.includeZero ? 0 : -Infinity, ...values, ...reach);
    domain = empty ? [0, 1] : niceDomain(min, max, tickCount);
    tickValues = linearTicks(domain[0], domain[1], tickCount);
  }

  const tickLabels = tickValues.map(format);
  const labelWidth = Math.max(0, ...visible.map((series) => series.label.length)) * GLYPH;
  const plot = {
    left: Math.ceil(Math.max(...tickLabels.map((label) => label.length), 2) * GLYPH + 10),
    right: Math.floor(width - labelWidth - LABEL_GAP - 4),
    top: PLOT_TOP,
    bottom: height - 26,
  };
  const x = linearScale([from, Math.max(to, from + 1)], [plot.left, plot.right]);
  const y = linearScale(domain, options.invert ? [plot.top, plot.bottom] : [plot.bottom, plot.top]);

  const placed = visible.map((series) => {
    const points = series.points.map((p) => ({ ...p, cx: round(x(p.year)), cy: round(y(p.value)) }));
    const segments = runsOf(points, options.breakAfter)
      .filter((run) => run.length > 1)
      .map((run) => run.map((p, i) => `${i === 0 ? "M" : "L"}${p.cx},${p.cy}`).join(""));
    return { series, points, segments };
  });
  const withPoints = placed.filter((entry) => entry.points.length > 0);
  const labelYs = spreadLabels(
    withPoints.map((entry) => entry.points[entry.points.length - 1]?.cy ?? plot.top),
    MIN_LABEL_SPACING,
    plot.top + 4,
    plot.bottom - 4,
  );

  const series: PlacedLineSeries[] = withPoints.map((entry, index) => {
    const last = entry.points[entry.points.length - 1];
    return {
      id: entry.series.id,
      colorVar: entry.series.colorVar,
      style: entry.series.style,
      marker: entry.series.marker,
      segments: entry.segments,
      points: entry.points,
      label: {
        text: entry.series.label,
        x: round((last?.cx ?? plot.right) + LABEL_GAP),
        y: round(labelYs[index] ?? plot.top),
      },
    };
  });

  // Above the plot, from the top of the SVG: the axis title, its baseline as far down as the
  // script's letters rise (twice as far in Nastaliq as in Latin or Cyrillic), then below its
  // descenders the break labels, whose baseline is just above the plot. In Latin and Cyrillic
  // that is 12 and 25 px, the plot starting at 26.
  const labelBaseline = ascentPx(AXIS_LABEL_SIZE, options.locale);
  const labelBottom = labelBaseline + descentPx(AXIS_LABEL_SIZE, options.locale);
  const breakPx =
    options.breakAfter !== undefined && options.breakAfter >= from && options.breakAfter < to
      ? round(x(options.breakAfter + 0.5))
      : undefined;
  const breakLabelled = options.labelledBreak === true && breakPx !== undefined;
  const plotTop = labelBottom + (breakLabelled ? Math.max(11, ascentPx(BREAK_LABEL_SIZE, options.locale)) : 11);
  const offset = plotTop - PLOT_TOP;

  const maxXTicks = options.maxXTicks ?? Math.max(2, Math.floor((plot.right - plot.left) / 48));
  return {
    width,
    height,
    offset,
    axisLabelY: labelBaseline - offset,
    plot,
    xTicks: yearTicks(from, to, maxXTicks).map((year) => ({ px: round(x(year)), label: String(year) })),
    yTicks: tickValues.map((value, index) => ({ py: round(y(value)), label: tickLabels[index] ?? "" })),
    zeroPy: !options.invert && domain[0] <= 0 && domain[1] >= 0 ? round(y(0)) : undefined,
    breakPx,
    series,
    empty,
  };
}
