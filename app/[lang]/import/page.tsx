import type { Metadata } from "next";
import { getT } from "@/lib/i18n";
import { datasetFor } from "@/lib/i18n/dataset";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import { CombinedView } from "@/components/import/combined-view";
import { ImportIntro } from "@/components/import/import-intro";
import { importLabels } from "@/components/import/import-labels";
import { ImportWorkbench } from "@/components/import/import-workbench";
import { tradeSeriesToChart } from "@/lib/chart/from-data";
import { IMPORT_LIMITS } from "@/lib/import/limits";
import { MAX_STORED_SERIES } from "@/lib/imported/storage";
import { tradePeriodLabel } from "@/lib/sources";
import { seriesColorIndex } from "@/lib/trade/explorer";
import { pointDetails } from "@/lib/trade/point-details";
import { homeRange, tradeEventsInRange } from "@/lib/views";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = getT(locale);
  return localizedMetadata(locale, "/import", {
    title: t("import.meta.title"),
    description: t("import.meta.description"),
  });
}

export default async function ImportPage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const t = getT(locale);
  const labels = importLabels(locale);
  // The localised dataset names every series, reporter and note in the page's language.
  const data = datasetFor(locale);
  const series = data.tradeSeries;
  const colorIndex = seriesColorIndex(series);
  const builtInRange = homeRange(data.trade);
  return (
    <>
      <h1>{t("import.title")}</h1>
      <p className="lede">{t("import.lede")}</p>
      <ImportIntro locale={locale} limits={IMPORT_LIMITS} maxKept={MAX_STORED_SERIES} />
      <ImportWorkbench maxFileBytes={IMPORT_LIMITS.maxFileBytes} labels={labels} />
      <CombinedView
        chartSeries={tradeSeriesToChart(series, {
          colorIndex: (entry) => colorIndex.get(entry.id) ?? 0,
          locale,
          periodLabel: (observation) => tradePeriodLabel(observation, locale),
        })}
        tradeSeries={series}
        // Every event that bears on trade: the chart shows those in whatever range it is given.
        events={tradeEventsInRange(data.events, 0, 9999)}
        builtInRange={builtInRange}
        details={pointDetails(series, data.trade, locale)}
        labels={labels}
      />
    </>
  );
}
