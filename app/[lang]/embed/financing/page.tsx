import type { Metadata } from "next";
import { FinancingEmbed } from "@/components/embed/financing-embed";
import { financingEmbedView } from "@/lib/embed-views";
import { getT } from "@/lib/i18n";
import { pageLocale, type LangParams } from "@/lib/i18n/page";
import type { RawSearchParams } from "@/lib/trade/params";

type Props = LangParams & { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return { title: getT(await pageLocale(params))("embed.meta.financing") };
}

export default async function EmbedFinancingPage({ params, searchParams }: Props) {
  return <FinancingEmbed view={financingEmbedView(await searchParams, await pageLocale(params))} />;
}
