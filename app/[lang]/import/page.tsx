import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import { CombinedView } from "@/components/import/combined-view";
import { ImportIntro } from "@/components/import/import-intro";
import { ImportWorkbench } from "@/components/import/import-workbench";
import { tradeSeriesToChart } from "@/lib/chart/from-data";
import { getEvents, getTrade, getTradeSeries } from "@/lib/data";
import { formatBytes, formatCount, IMPORT_LIMITS } from "@/lib/import/limits";
import { MAX_STORED_SERIES } from "@/lib/imported/storage";
import { seriesColorIndex } from "@/lib/trade/explorer";
import { pointDetails } from "@/lib/trade/point-details";
import { homeRange, tradeEventsInRange } from "@/lib/views";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return localizedMetadata(await pageLocale(params), "/import", {
    title: "Import your own series",
    description:
      "Bring a CSV or Excel workbook from the World Bank, UN Comtrade, the IMF, Our World in Data or any portal, and see it beside our Pakistan–Russia trade figures and the events. Nothing you upload is kept on the server.",
  });
}

export default async function ImportPage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const series = getTradeSeries();
  const colorIndex = seriesColorIndex(series);
  const builtInRange = homeRange(getTrade());
  return (
    <>
      <h1>Bring your own series</h1>
      <p className="lede">
        Drop a CSV or Excel workbook you downloaded from a data portal and see it on our trade chart, beside our figures
        and the events that shaped them. Compare two years on the combined view and take it away as one CSV, with every
        imported row marked as imported.
      </p>
      <ImportIntro
        limits={{
          maxFile: formatBytes(IMPORT_LIMITS.maxFileBytes),
          maxRows: formatCount(IMPORT_LIMITS.maxRows),
          maxColumns: formatCount(IMPORT_LIMITS.maxColumns),
          maxSeries: formatCount(IMPORT_LIMITS.maxSeries),
          maxParseSeconds: IMPORT_LIMITS.maxParseMs / 1000,
          maxRequestSeconds: IMPORT_LIMITS.maxRequestMs / 1000,
          maxKept: MAX_STORED_SERIES,
        }}
      />
      <ImportWorkbench
        maxFileBytes={IMPORT_LIMITS.maxFileBytes}
        maxFileLabel={formatBytes(IMPORT_LIMITS.maxFileBytes)}
      />
      <CombinedView
        chartSeries={tradeSeriesToChart(series, { colorIndex: (entry) => colorIndex.get(entry.id) ?? 0 })}
        tradeSeries={series}
        // Every event that bears on trade: the chart shows those in whatever range it is given.
        events={tradeEventsInRange(getEvents(), 0, 9999)}
        builtInRange={builtInRange}
        details={pointDetails(series, getTrade())}
      />
    </>
  );
}
