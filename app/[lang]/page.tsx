import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import Link from "next/link";
import { TrendChart } from "@/components/charts/trend-chart";
import { ChartEnhancer } from "@/components/trade/chart-enhancer";
import { HeadlineFigures } from "@/components/home/headline-figures";
import { TrustNote } from "@/components/home/trust-note";
import { HomeShareMenu } from "@/components/share/view-share-menus";
import { StoryPanel } from "@/components/story/story-panel";
import { CitedSources } from "@/components/sources/cited-sources";
import { TradeSummaryTable } from "@/components/tables/trade-summary-table";
import { eventsToChart } from "@/lib/chart/from-data";
import { getClaims, getOfficial, getPakistanPartners, getTrade, getDataset } from "@/lib/data";
import { officialHeadlines } from "@/lib/official/headlines";
import { buildTradeExplorer, explorerData } from "@/lib/trade/explorer";
import { pointDetails } from "@/lib/trade/point-details";
import { describeTradeView } from "@/lib/trade/summary";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return localizedMetadata(await pageLocale(params), "/", {
    title: "Overview",
    description:
      "Pakistan–Russia trade from the IMF's official statistics since 1992, as each country counts it, beside every published figure and the events that shaped it, with the source and reliability of every number.",
  });
}

export default async function HomePage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const trade = getTrade();
  const official = getOfficial();
  // The overview draws the trade explorer's default view.
  const explorer = buildTradeExplorer({}, explorerData(getDataset()));
  const { view, events } = explorer;
  const headlines = officialHeadlines(official, getPakistanPartners(), { since: 2000 });

  return (
    <>
      <h1>Pakistan–Russia trade and finance, with the evidence</h1>
      <p className="lede">
        By both countries’ official counts, trade between Pakistan and Russia stayed below about $200m a year through
        the 1990s, climbed in the 2000s and reached its highest level in 2020; the figures published since suggest it
        kept rising on wheat and oil. Pakistan mostly buys more than it sells. The two countries never agree on the
        exact amount, so every line and figure here says whose count it is.
      </p>
      <HeadlineFigures headlines={headlines} claims={getClaims()} />

      <h2 id="trend">{explorer.chart.title}</h2>
      <ChartEnhancer details={pointDetails(explorer.detailSeries, trade)}>
        <div className="with-aside">
          <div>
            <TrendChart
              series={explorer.chart.series}
              events={eventsToChart(events)}
              from={view.from}
              to={view.to}
              breaks={explorer.chart.breaks}
              yLabel={explorer.chart.yLabel}
              title={explorer.chart.title}
              idPrefix="home-trend"
              focusablePoints
            />
            <p className="chart-summary">
              {describeTradeView({
                view,
                official: explorer.officialSeries,
                pressPoints: explorer.pressPoints,
                events,
                dollarsSuffix: "",
              })}
            </p>
            <HomeShareMenu from={view.from} to={view.to} locale={locale} />
            <p className="no-print">
              <Link href="/trade">Choose the flow, the years and the dollars, compare years, download the data →</Link>
            </p>
          </div>
          <StoryPanel events={events} heading="What happened" id="home-story" locale={locale} />
        </div>
      </ChartEnhancer>

      <TrustNote trade={trade} claims={getClaims()} official={official} />

      <h2 id="figures">All published trade figures</h2>
      <TradeSummaryTable
        rows={trade}
        caption={`${trade.length} published trade figures, with their status and source`}
      />

      <h2 id="sources">Sources of these figures</h2>
      <CitedSources
        rows={[...explorer.officialSeries.flatMap((entry) => entry.observations), ...trade]}
        locale={locale}
      />
    </>
  );
}
