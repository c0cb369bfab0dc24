import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import { DatasetDownloads } from "@/components/downloads/dataset-downloads";
import { EventList } from "@/components/timeline/event-list";
import { TimelineFilters } from "@/components/timeline/timeline-filters";
import { datasetSummaries } from "@/lib/api/datasets";
import { getDataset } from "@/lib/data";
import { filterEvents, parseTimelineQuery, type SearchParams } from "@/lib/timeline";
import { homeRange } from "@/lib/views";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return localizedMetadata(await pageLocale(params), "/timeline", {
    title: "Timeline",
    description:
      "Events in Pakistan–Russia relations from 1958 to today, filterable by theme and decade, each with its source and a link to the trade or financing figures of its years.",
  });
}

export default async function TimelinePage({
  params,
  searchParams,
}: LangParams & { searchParams: Promise<SearchParams> }) {
  const locale = await pageLocale(params);
  const { filter, notices } = parseTimelineQuery(await searchParams);
  const data = getDataset();
  const shown = filterEvents(data.events, filter);

  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        The events behind the figures: visits, agreements, offers, wars and sanctions. Each one names its source and
        links to the trade or financing figures of its years. Filter by theme or decade; the address keeps your choice,
        so a filtered list can be shared.
      </p>
      {notices.map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}
      <TimelineFilters events={data.events} filter={filter} shownCount={shown.length} />
      <EventList
        events={shown}
        byDecade={filter.decade === undefined}
        tradeRange={data.trade.length > 0 ? homeRange(data.trade) : undefined}
        financing={data.financing}
        claims={data.claims}
      />
      <h2 id="downloads">Downloads</h2>
      <DatasetDownloads datasets={datasetSummaries(data, ["events"])} />
    </>
  );
}
