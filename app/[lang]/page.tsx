import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import Link from "next/link";
import { StaticIsland } from "@/components/shell/static-island";
import { ChartEnhancer } from "@/components/trade/chart-enhancer";
import { HeadlineFigures } from "@/components/home/headline-figures";
import { TrustNote } from "@/components/home/trust-note";
import { HomeShareMenu } from "@/components/share/view-share-menus";
import { StoryPanel } from "@/components/story/story-panel";
import { CitedSources } from "@/components/sources/cited-sources";
import { TradeSummaryTable } from "@/components/tables/trade-summary-table";
import { eventsToChart } from "@/lib/chart/from-data";
import { getT } from "@/lib/i18n";
import { localizePath } from "@/lib/i18n/locales";
import { getOfficial, getPakistanPartners } from "@/lib/data";
import { datasetFor } from "@/lib/i18n/dataset";
import { officialHeadlines } from "@/lib/official/headlines";
import { tradeChartView } from "@/lib/trade/chart-view";
import { buildTradeExplorer, explorerData } from "@/lib/trade/explorer";
import { pointDetails } from "@/lib/trade/point-details";
import { describeTradeView } from "@/lib/trade/summary";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = getT(locale);
  return localizedMetadata(locale, "/", { title: t("home.meta.title"), description: t("home.meta.description") });
}

export default async function HomePage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const t = getT(locale);
  const official = getOfficial();
  // The overview draws the trade explorer's default view.
  const dataset = datasetFor(locale);
  const trade = dataset.trade;
  const explorer = buildTradeExplorer({}, explorerData(dataset), locale);
  const { view, events } = explorer;
  const chart = tradeChartView(
    {
      view,
      official: explorer.officialSeries,
      pressPoints: explorer.pressPoints,
      claims: dataset.claims,
      dollars: explorer.dollars,
    },
    locale,
  );
  const detailSeries = explorer.detailSeries;
  const headlines = officialHeadlines(official, getPakistanPartners(), { since: 2000 });

  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lede">{t("home.lede")}</p>
      <HeadlineFigures headlines={headlines} claims={dataset.claims} locale={locale} />

      <h2 id="trend">{chart.title}</h2>
      <ChartEnhancer details={pointDetails(detailSeries, trade, locale)} locale={locale}>
        <div className="with-aside">
          <div>
            <StaticIsland
              name="trend"
              props={{
                series: chart.series,
                events: eventsToChart(events, locale),
                from: view.from,
                to: view.to,
                breaks: chart.breaks,
                yLabel: chart.yLabel,
                title: chart.title,
                idPrefix: "home-trend",
                focusablePoints: true,
                locale,
              }}
              drawingKey="home"
              href={localizePath(locale, "/")}
              locale={locale}
            />
            <p className="chart-summary">
              {describeTradeView({
                view,
                official: explorer.officialSeries,
                pressPoints: explorer.pressPoints,
                events,
                dollarsSuffix: "",
                locale,
              })}
            </p>
            <HomeShareMenu from={view.from} to={view.to} locale={locale} />
            <p className="no-print">
              <Link href={localizePath(locale, "/trade")}>{t("home.more")}</Link>
            </p>
          </div>
          <StoryPanel events={events} heading={t("home.storyHeading")} id="home-story" locale={locale} />
        </div>
      </ChartEnhancer>

      <TrustNote trade={trade} claims={dataset.claims} official={official} locale={locale} />

      <h2 id="figures">{t("home.figuresHeading")}</h2>
      <TradeSummaryTable rows={trade} caption={t("home.figuresCaption", { count: trade.length })} locale={locale} />

      <h2 id="sources">{t("home.sourcesHeading")}</h2>
      <CitedSources
        rows={[...explorer.officialSeries.flatMap((entry) => entry.observations), ...trade]}
        locale={locale}
      />
    </>
  );
}
