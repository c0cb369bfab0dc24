import type { Metadata } from "next";
import Link from "next/link";
import { TrendChart } from "@/components/charts/trend-chart";
import { ChartEnhancer } from "@/components/trade/chart-enhancer";
import { HeadlineFigures } from "@/components/home/headline-figures";
import { TrustNote } from "@/components/home/trust-note";
import { HomeShareMenu } from "@/components/share/view-share-menus";
import { StoryPanel } from "@/components/story/story-panel";
import { CitedSources } from "@/components/sources/cited-sources";
import { TradeSummaryTable } from "@/components/tables/trade-summary-table";
import { eventsToChart, tradeSeriesToChart } from "@/lib/chart/from-data";
import { getClaims, getEvents, getTrade, getTradeSeries } from "@/lib/data";
import { describeTrend } from "@/lib/insights";
import { pointDetails } from "@/lib/trade/point-details";
import { homeRange, tradeEventsInRange } from "@/lib/views";

export const metadata: Metadata = {
  title: "Overview",
  description:
    "Pakistan–Russia bilateral trade since 2002, charted beside the events that shaped it, with the source and reliability of every figure.",
};

export default function HomePage() {
  const trade = getTrade();
  const series = getTradeSeries();
  const { from, to } = homeRange(trade);
  const events = tradeEventsInRange(getEvents(), from, to);
  const summary = describeTrend(series, events, from, to);

  return (
    <>
      <h1>Pakistan–Russia trade and finance, with the evidence</h1>
      <p className="lede">
        Trade between Pakistan and Russia stayed small for decades, then rose quickly after 2020 on wheat and oil. The
        figures below are what officials and newspapers have published: each one shows who reported it, whether other
        sources back it and where the years are simply unknown.
      </p>
      <HeadlineFigures trade={trade} claims={getClaims()} from={from} to={to} />

      <h2 id="trend">
        Bilateral trade, {from}–{to}
      </h2>
      <ChartEnhancer details={pointDetails(series, trade)}>
        <div className="with-aside">
          <div>
            <TrendChart
              series={tradeSeriesToChart(series)}
              events={eventsToChart(events)}
              from={from}
              to={to}
              title={`Pakistan–Russia trade in US$ millions, ${from}–${to}, by reporting source`}
              idPrefix="home-trend"
              colorBy="perspective"
              focusablePoints
            />
            <p className="chart-summary">{summary}</p>
            <HomeShareMenu from={from} to={to} />
            <p className="no-print">
              <Link href="/trade">Explore every series, compare years and download the data →</Link>
            </p>
          </div>
          <StoryPanel events={events} heading="What happened" id="home-story" />
        </div>
      </ChartEnhancer>

      <TrustNote trade={trade} claims={getClaims()} />

      <h2 id="figures">All trade figures</h2>
      <TradeSummaryTable
        rows={trade}
        caption={`${trade.length} published trade figures, with their status and source`}
      />

      <h2 id="sources">Sources of these figures</h2>
      <CitedSources rows={trade} />
    </>
  );
}
