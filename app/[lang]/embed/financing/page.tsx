import type { Metadata } from "next";
import { FinancingEmbed } from "@/components/embed/financing-embed";
import { financingEmbedView } from "@/lib/embed-views";
import type { RawSearchParams } from "@/lib/trade/params";

export const metadata: Metadata = { title: "Financing chart (embed)" };

export default async function EmbedFinancingPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <FinancingEmbed view={financingEmbedView(await searchParams)} />;
}
