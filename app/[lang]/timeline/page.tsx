import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import { DatasetDownloads } from "@/components/downloads/dataset-downloads";
import { EventList } from "@/components/timeline/event-list";
import { TimelineFilters } from "@/components/timeline/timeline-filters";
import { datasetSummaries } from "@/lib/api/datasets";
import { getT } from "@/lib/i18n";
import { datasetFor } from "@/lib/i18n/dataset";
import { describeNotice, filterEvents, parseTimelineQuery, type SearchParams } from "@/lib/timeline";
import { homeRange } from "@/lib/views";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = getT(locale);
  return localizedMetadata(locale, "/timeline", {
    title: t("timeline.meta.title"),
    description: t("timeline.meta.description"),
  });
}

export default async function TimelinePage({
  params,
  searchParams,
}: LangParams & { searchParams: Promise<SearchParams> }) {
  const locale = await pageLocale(params);
  const t = getT(locale);
  const { filter, notices } = parseTimelineQuery(await searchParams);
  const data = datasetFor(locale);
  const shown = filterEvents(data.events, filter);

  return (
    <>
      <h1>{t("timeline.title")}</h1>
      <p className="lede">{t("timeline.lede")}</p>
      {notices.map((notice) => (
        <p key={notice.kind} className="notice" role="status">
          {describeNotice(notice, t, locale)}
        </p>
      ))}
      <TimelineFilters events={data.events} filter={filter} shownCount={shown.length} locale={locale} />
      <EventList
        events={shown}
        byDecade={filter.decade === undefined}
        tradeRange={data.trade.length > 0 ? homeRange(data.trade) : undefined}
        financing={data.financing}
        claims={data.claims}
        locale={locale}
      />
      <h2 id="downloads">{t("timeline.downloads")}</h2>
      <DatasetDownloads datasets={datasetSummaries(data, ["events"])} locale={locale} />
    </>
  );
}
