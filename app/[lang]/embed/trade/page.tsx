import type { Metadata } from "next";
import { TrendEmbed } from "@/components/embed/trend-embed";
import { tradeEmbedView } from "@/lib/embed-views";
import type { RawSearchParams } from "@/lib/trade/params";

export const metadata: Metadata = { title: "Trade chart (embed)" };

export default async function EmbedTradePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <TrendEmbed view={tradeEmbedView(await searchParams)} />;
}
