import { notFound } from "next/navigation";
import { DEFAULT_VIEW_SEGMENT, searchParamsOfKey, viewKeyOfSegment } from "@/lib/cached-views";
import { getOfficial, getTrade, getTradeSeries } from "@/lib/data";
import { paramContext } from "@/lib/trade/explorer";
import { tradeViewKey } from "@/lib/trade/params";
import TradePage from "../../page";

export { generateMetadata } from "../../page";

/*
 * One view of /trade, cached. proxy.ts rewrites `/trade?<query>` here with the
 * view's canonical query as the segment; the address in the browser stays
 * `/trade?<query>`. The first request for a view renders it and later ones are
 * served from Next's cache, which next.config.ts keeps in memory only, within a
 * fixed size: a crawler walking every combination evicts older views rather
 * than filling the disk. Only the default view is prerendered.
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [{ state: DEFAULT_VIEW_SEGMENT }];
}

export default async function CachedTradeView({ params }: { params: Promise<{ lang: string; state: string }> }) {
  const { lang, state } = await params;
  const key = viewKeyOfSegment(state);
  const searchParams = key === undefined ? undefined : searchParamsOfKey(key);
  // Only canonical keys are views: any other segment would be one more copy of a page.
  const context = paramContext({ trade: getTrade(), series: getTradeSeries(), official: getOfficial() });
  if (searchParams === undefined || tradeViewKey(searchParams, context) !== key) notFound();
  return <TradePage params={Promise.resolve({ lang })} searchParams={Promise.resolve(searchParams)} />;
}
