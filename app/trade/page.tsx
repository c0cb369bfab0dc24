import type { Metadata } from "next";
import { TrendChart } from "@/components/charts/trend-chart";
import { CitedSources } from "@/components/sources/cited-sources";
import { TradeImportedGate } from "@/components/import/trade-imported-gate";
import { StoryPanel } from "@/components/story/story-panel";
import { ChartEnhancer } from "@/components/trade/chart-enhancer";
import { ChartImageDownloads } from "@/components/trade/chart-image-downloads";
import { ComparePanel } from "@/components/trade/compare-panel";
import { CsvDownloads } from "@/components/trade/csv-downloads";
import { TradeControls } from "@/components/trade/trade-controls";
import { TradeExplorerTable } from "@/components/trade/trade-explorer-table";
import { TradeNotices } from "@/components/trade/trade-notices";
import { eventsToChart, tradeSeriesToChart } from "@/lib/chart/from-data";
import { getEvents, getTrade, getTradeSeries } from "@/lib/data";
import { describeTrend } from "@/lib/insights";
import { buildTradeExplorer, seriesColorIndex } from "@/lib/trade/explorer";
import type { RawSearchParams } from "@/lib/trade/params";
import { pointDetails } from "@/lib/trade/point-details";

export const metadata: Metadata = {
  title: "Trade explorer",
  description:
    "Every published Pakistan–Russia trade figure by source, perspective and basis: choose years, compare two of them, and download the data or the chart.",
};

/* Drawn at about the width the chart column has beside the story on a laptop, so its text is not scaled down. */
const CHART_SIZE = { width: 760, height: 400 };

export default async function TradePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const trade = getTrade();
  const series = getTradeSeries();
  const explorer = buildTradeExplorer(await searchParams, { trade, series, events: getEvents() });
  const { view, chartSeries, events, rowsInView } = explorer;
  const range = `${view.from}–${view.to}`;
  const colorIndex = seriesColorIndex(series);
  const title = `Pakistan–Russia trade in US$ millions, ${range}, by reporting source`;
  const chart = {
    series: tradeSeriesToChart(chartSeries, { colorIndex: (entry) => colorIndex.get(entry.id) ?? 0 }),
    events: eventsToChart(events),
    from: view.from,
    to: view.to,
    scale: view.scale,
    mode: view.mode,
    title,
    idPrefix: "trade-trend",
    wideSize: CHART_SIZE,
  };

  return (
    <>
      <h1>Trade explorer</h1>
      <p className="lede">
        Every published figure for trade between Pakistan and Russia, one line per reporter, statistics and basis.
        Choose the years, compare two of them, and take the figures away with their sources.
      </p>
      <TradeNotices notices={explorer.notices} />
      <TradeControls explorer={explorer} />

      <h2 id="chart">Bilateral trade, {range}</h2>
      <ChartEnhancer details={pointDetails(chartSeries, trade)}>
        <div className="with-aside">
          <div>
            <TradeImportedGate {...chart}>
              <TrendChart {...chart} focusablePoints />
            </TradeImportedGate>
            <p className="chart-summary">{describeTrend(chartSeries, events, view.from, view.to)}</p>
            <ChartImageDownloads chartId="trade-trend" from={view.from} to={view.to} caption={title} />
          </div>
          <StoryPanel events={events} heading={`Events, ${range}`} id="trade-story" />
        </div>
      </ChartEnhancer>

      <ComparePanel explorer={explorer} />

      <h2 id="figures">Figures in view</h2>
      <CsvDownloads
        from={view.from}
        to={view.to}
        rangeRows={explorer.download.rangeRows}
        allRows={explorer.download.allRows}
        series={explorer.download.series}
      />
      <TradeExplorerTable
        rows={rowsInView}
        seriesOptions={chartSeries.map((entry) => ({ id: entry.id, label: entry.label }))}
        initial={{ series: view.tableSeries, status: view.tableStatus, sort: view.tableSort }}
        rangeLabel={range}
        query={explorer.query}
      />

      <h2 id="sources">Sources of these figures</h2>
      <CitedSources rows={rowsInView} />
    </>
  );
}
