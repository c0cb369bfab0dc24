import {
  buildTrendChart,
  type ChartEvent,
  type ChartSeries,
  type ScaleKind,
  type ValueMode,
} from "@/lib/chart/trend-model";
import type { Locale } from "@/lib/i18n/locales";
import { TrendChartSvg } from "./trend-chart-svg";
import { TrendLegend } from "./trend-legend";

type Props = {
  series: readonly ChartSeries[];
  events: readonly ChartEvent[];
  from: number;
  to: number;
  scale?: ScaleKind;
  mode?: ValueMode;
  title: string;
  idPrefix: string;
  focusablePoints?: boolean;
  colorBy?: "series" | "perspective";
  /** Drawing size of the wide layout; pick it near the width the chart is shown at, so text keeps its size. */
  wideSize?: { width: number; height: number };
  breaks?: readonly { x: number; label: string }[];
  yLabel?: string;
  /** Language of everything the chart writes itself; the caller gives the series, events and title in it. */
  locale?: Locale;
};

/*
 * Two layouts of the same chart: one drawn for wide screens, one for phones, so
 * labels stay legible at either size without measuring the window. CSS shows
 * the one that fits; the hidden one is out of the accessibility tree and the
 * tab order, so both may offer focusable points.
 */
const WIDE = { width: 960, height: 420 };
const NARROW = { width: 360, height: 300 };

export function TrendChart({
  series,
  events,
  from,
  to,
  scale = "linear",
  mode = "absolute",
  title,
  idPrefix,
  focusablePoints,
  colorBy = "series",
  wideSize = WIDE,
  breaks,
  yLabel,
  locale = "en",
}: Props) {
  const common = { from, to, scale, mode, colorBy, breaks, yLabel, locale };
  const wide = buildTrendChart(series, events, { ...wideSize, ...common });
  const narrow = buildTrendChart(series, events, { ...NARROW, ...common });
  return (
    <figure className="trend-figure" aria-label={title}>
      <div className="chart-frame chart-frame--wide">
        <TrendChartSvg
          model={wide}
          title={title}
          idPrefix={`${idPrefix}-wide`}
          focusablePoints={focusablePoints}
          locale={locale}
        />
      </div>
      <div className="chart-frame chart-frame--narrow">
        <TrendChartSvg
          model={narrow}
          title={title}
          idPrefix={`${idPrefix}-narrow`}
          focusablePoints={focusablePoints}
          locale={locale}
        />
      </div>
      <TrendLegend model={wide} colorBy={colorBy} locale={locale} />
    </figure>
  );
}
