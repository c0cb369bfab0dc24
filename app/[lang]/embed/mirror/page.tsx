import type { Metadata } from "next";
import { TrendEmbed } from "@/components/embed/trend-embed";
import { mirrorEmbedView } from "@/lib/embed-views";
import type { RawSearchParams } from "@/lib/trade/params";

export const metadata: Metadata = { title: "Both countries’ figures (embed)" };

export default async function EmbedMirrorPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <TrendEmbed view={mirrorEmbedView(await searchParams)} />;
}
