import { notFound } from "next/navigation";
import { searchParamsOfKey, timelineViewKeys, viewKeyOfSegment, viewSegment } from "@/lib/cached-views";
import { datasetFor } from "@/lib/i18n/dataset";
import { decadeCounts } from "@/lib/timeline";
import TimelinePage from "../../page";

export { generateMetadata } from "../../page";

/*
 * One filter of /timeline, prerendered. proxy.ts rewrites `/timeline?<query>`
 * here when the filter is one of these few (each theme or none, by each decade
 * that has events or none); the browser keeps `/timeline?<query>`. Every other
 * address, such as one with a notice, is rendered by /timeline itself.
 */
export const dynamicParams = false;
export const revalidate = false;

// The decades are the same in every language: the events differ only in their words.
const decades = () => decadeCounts(datasetFor("en").events).map(({ decade }) => decade);

export function generateStaticParams() {
  return timelineViewKeys(decades()).map((key) => ({ state: viewSegment(key) }));
}

export default async function CachedTimelineView({ params }: { params: Promise<{ lang: string; state: string }> }) {
  const { lang, state } = await params;
  const key = viewKeyOfSegment(state);
  if (key === undefined || !timelineViewKeys(decades()).includes(key)) notFound();
  return <TimelinePage params={Promise.resolve({ lang })} searchParams={Promise.resolve(searchParamsOfKey(key))} />;
}
