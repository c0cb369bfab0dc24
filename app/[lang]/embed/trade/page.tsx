import type { Metadata } from "next";
import { TrendEmbed } from "@/components/embed/trend-embed";
import { tradeEmbedView } from "@/lib/embed-views";
import { getT } from "@/lib/i18n";
import { pageLocale, type LangParams } from "@/lib/i18n/page";
import type { RawSearchParams } from "@/lib/trade/params";

type Props = LangParams & { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return { title: getT(await pageLocale(params))("embed.meta.trade") };
}

export default async function EmbedTradePage({ params, searchParams }: Props) {
  return <TrendEmbed view={tradeEmbedView(await searchParams, await pageLocale(params))} />;
}
