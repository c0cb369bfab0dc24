import type { Metadata } from "next";
import { TrendEmbed } from "@/components/embed/trend-embed";
import { mirrorEmbedView } from "@/lib/embed-views";
import { getT } from "@/lib/i18n";
import { pageLocale, type LangParams } from "@/lib/i18n/page";
import type { RawSearchParams } from "@/lib/trade/params";

type Props = LangParams & { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return { title: getT(await pageLocale(params))("embed.meta.mirror") };
}

export default async function EmbedMirrorPage({ params, searchParams }: Props) {
  return <TrendEmbed view={mirrorEmbedView(await searchParams, await pageLocale(params))} />;
}
