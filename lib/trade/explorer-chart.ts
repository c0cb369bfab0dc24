import { eventsToChart } from "../chart/from-data";
import type { Locale } from "../i18n/locales";
import type { TradeExplorer } from "./explorer";

/* Drawn at about the width the chart column has beside the story on a laptop, so its text is not scaled down. */
const CHART_SIZE = { width: 760, height: 400 };

/**
 * The trade explorer's main chart as the trend chart draws it: the page's own
 * chart, and the one the browser redraws with a reader's imported series
 * (served by /trade/overlay, so only a reader with imports fetches it).
 */
export function explorerChart(explorer: TradeExplorer, locale: Locale) {
  const { view } = explorer;
  return {
    series: explorer.chart.series,
    events: eventsToChart(explorer.events, locale),
    from: view.from,
    to: view.to,
    scale: view.scale,
    mode: view.mode,
    breaks: explorer.chart.breaks,
    yLabel: explorer.chart.yLabel,
    title: explorer.chart.title,
    idPrefix: "trade-trend",
    wideSize: CHART_SIZE,
    locale,
  };
}

export type ExplorerChart = ReturnType<typeof explorerChart>;
