import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import { TradeShareMenu } from "@/components/share/view-share-menus";
import { StaticIsland } from "@/components/shell/static-island";
import { CitedSources } from "@/components/sources/cited-sources";
import { tradeExplorerTableLabels } from "@/components/tables/trade-table-labels";
import { TradeImportedGate } from "@/components/import/trade-imported-gate";
import { StoryPanel } from "@/components/story/story-panel";
import { ChartEnhancer } from "@/components/trade/chart-enhancer";
import { ComparePanel } from "@/components/trade/compare-panel";
import { CsvDownloads } from "@/components/trade/csv-downloads";
import { OfficialTable } from "@/components/trade/official-table";
import { TradeControls } from "@/components/trade/trade-controls";
import { TradeExplorerTableLater as TradeExplorerTable } from "@/components/tables/tables-later";
import { TradeNotices } from "@/components/trade/trade-notices";
import { getOfficial, getPakistanPartners, getUsCpi } from "@/lib/data";
import { getT } from "@/lib/i18n";
import { datasetFor } from "@/lib/i18n/dataset";
import { localizePath } from "@/lib/i18n/locales";
import { buildTradeExplorer, explorerData } from "@/lib/trade/explorer";
import { explorerChart } from "@/lib/trade/explorer-chart";
import type { RawSearchParams } from "@/lib/trade/params";
import { pointDetails } from "@/lib/trade/point-details";
import { describeTradeView } from "@/lib/trade/summary";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = getT(locale);
  return localizedMetadata(locale, "/trade", {
    title: t("trade.meta.title"),
    description: t("trade.meta.description"),
  });
}

export default async function TradePage({
  params,
  searchParams,
}: LangParams & { searchParams: Promise<RawSearchParams> }) {
  const locale = await pageLocale(params);
  const t = getT(locale);
  const data = datasetFor(locale);
  const explorer = buildTradeExplorer(await searchParams, explorerData(data), locale);
  const { view, events, rowsInView } = explorer;
  const range = `${view.from}–${view.to}`;
  const chart = explorerChart(explorer, locale);
  // The page the browser reads the chart and the official sections from after a navigation.
  const chartPage = localizePath(locale, `/trade${explorer.chartQuery}`);

  return (
    <>
      <h1>{t("trade.title")}</h1>
      <p className="lede">{t("trade.lede")}</p>
      <TradeNotices notices={explorer.notices} locale={locale} />
      <TradeControls explorer={explorer} locale={locale} />

      <h2 id="chart">{explorer.chart.title}</h2>
      <ChartEnhancer details={pointDetails(explorer.detailSeries, data.trade, locale)} locale={locale}>
        <div className="with-aside">
          <div>
            <TradeImportedGate query={explorer.query} locale={locale}>
              <StaticIsland
                name="trend"
                props={{ ...chart, focusablePoints: true }}
                drawingKey={explorer.chartQuery}
                href={chartPage}
                locale={locale}
              />
            </TradeImportedGate>
            <p className="chart-summary">
              {describeTradeView({
                view,
                official: explorer.officialSeries,
                pressPoints: explorer.pressPoints,
                events,
                dollarsSuffix: explorer.dollars.suffix,
                locale,
              })}
            </p>
            <TradeShareMenu explorer={explorer} locale={locale} />
          </div>
          <StoryPanel events={events} heading={t("trade.eventsHeading", { range })} id="trade-story" locale={locale} />
        </div>
      </ChartEnhancer>

      <ComparePanel explorer={explorer} locale={locale} />

      <StaticIsland
        name="official"
        props={{
          official: getOfficial(),
          partners: getPakistanPartners(),
          cpi: getUsCpi(),
          from: view.from,
          to: view.to,
          mode: view.mode,
          locale,
        }}
        drawingKey={`${view.from} ${view.to} ${view.mode}`}
        href={chartPage}
        locale={locale}
      />

      <h2 id="figures">{t("trade.figuresHeading")}</h2>
      <CsvDownloads
        from={view.from}
        to={view.to}
        rangeRows={explorer.download.rangeRows}
        allRows={explorer.download.allRows}
        series={explorer.download.series}
        officialSeries={explorer.officialSeries.map((entry) => entry.id)}
        unit={explorer.dollars.unit}
        locale={locale}
      />
      <h3 id="official-figures">{t("trade.officialFiguresHeading")}</h3>
      <OfficialTable rows={explorer.officialTable} unit={explorer.dollars.unit} rangeLabel={range} locale={locale} />
      <h3 id="published-figures">{t("trade.publishedFiguresHeading")}</h3>
      <TradeExplorerTable
        rows={rowsInView}
        seriesOptions={explorer.chartSeries.map((entry) => ({ id: entry.id, label: entry.label }))}
        initial={{ series: view.tableSeries, status: view.tableStatus, sort: view.tableSort }}
        rangeLabel={range}
        query={explorer.query}
        labels={tradeExplorerTableLabels(locale, rowsInView)}
      />

      <h2 id="sources">{t("trade.sourcesHeading")}</h2>
      <CitedSources
        rows={[...explorer.officialSeries.flatMap((entry) => entry.observations), ...rowsInView]}
        locale={locale}
      />
    </>
  );
}
