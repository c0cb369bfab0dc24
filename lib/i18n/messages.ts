/*
 * Every message catalogue, one JSON file per language and area of the site
 * (messages/<locale>/<area>.json), so that each area can be edited alone.
 * Imported statically so the bundler traces them; server code only: client
 * components receive their words, already translated, as props.
 */
import en_common from "@/messages/en/common.json";
import en_error from "@/messages/en/error.json";
import en_labels from "@/messages/en/labels.json";
import en_home from "@/messages/en/home.json";
import en_trade from "@/messages/en/trade.json";
import en_chart from "@/messages/en/chart.json";
import en_official from "@/messages/en/official.json";
import en_compare from "@/messages/en/compare.json";
import en_financing from "@/messages/en/financing.json";
import en_timeline from "@/messages/en/timeline.json";
import en_claims from "@/messages/en/claims.json";
import en_sources from "@/messages/en/sources.json";
import en_import from "@/messages/en/import.json";
import en_share from "@/messages/en/share.json";
import en_embed from "@/messages/en/embed.json";
import ur_common from "@/messages/ur/common.json";
import ur_error from "@/messages/ur/error.json";
import ur_labels from "@/messages/ur/labels.json";
import ur_home from "@/messages/ur/home.json";
import ur_trade from "@/messages/ur/trade.json";
import ur_chart from "@/messages/ur/chart.json";
import ur_official from "@/messages/ur/official.json";
import ur_compare from "@/messages/ur/compare.json";
import ur_financing from "@/messages/ur/financing.json";
import ur_timeline from "@/messages/ur/timeline.json";
import ur_claims from "@/messages/ur/claims.json";
import ur_sources from "@/messages/ur/sources.json";
import ur_import from "@/messages/ur/import.json";
import ur_share from "@/messages/ur/share.json";
import ur_embed from "@/messages/ur/embed.json";
import ru_common from "@/messages/ru/common.json";
import ru_error from "@/messages/ru/error.json";
import ru_labels from "@/messages/ru/labels.json";
import ru_home from "@/messages/ru/home.json";
import ru_trade from "@/messages/ru/trade.json";
import ru_chart from "@/messages/ru/chart.json";
import ru_official from "@/messages/ru/official.json";
import ru_compare from "@/messages/ru/compare.json";
import ru_financing from "@/messages/ru/financing.json";
import ru_timeline from "@/messages/ru/timeline.json";
import ru_claims from "@/messages/ru/claims.json";
import ru_sources from "@/messages/ru/sources.json";
import ru_import from "@/messages/ru/import.json";
import ru_share from "@/messages/ru/share.json";
import ru_embed from "@/messages/ru/embed.json";
import type { Locale } from "./locales";

export const MESSAGES = {
  en: {
    common: en_common,
    error: en_error,
    labels: en_labels,
    home: en_home,
    trade: en_trade,
    chart: en_chart,
    official: en_official,
    compare: en_compare,
    financing: en_financing,
    timeline: en_timeline,
    claims: en_claims,
    sources: en_sources,
    import: en_import,
    share: en_share,
    embed: en_embed,
  },
  ur: {
    common: ur_common,
    error: ur_error,
    labels: ur_labels,
    home: ur_home,
    trade: ur_trade,
    chart: ur_chart,
    official: ur_official,
    compare: ur_compare,
    financing: ur_financing,
    timeline: ur_timeline,
    claims: ur_claims,
    sources: ur_sources,
    import: ur_import,
    share: ur_share,
    embed: ur_embed,
  },
  ru: {
    common: ru_common,
    error: ru_error,
    labels: ru_labels,
    home: ru_home,
    trade: ru_trade,
    chart: ru_chart,
    official: ru_official,
    compare: ru_compare,
    financing: ru_financing,
    timeline: ru_timeline,
    claims: ru_claims,
    sources: ru_sources,
    import: ru_import,
    share: ru_share,
    embed: ru_embed,
  },
} as const;

/** The shape every catalogue has: the English one, which is the reference. */
export type Messages = (typeof MESSAGES)["en"];
export type Namespace = keyof Messages;

export function messagesOf(locale: Locale): Messages {
  return MESSAGES[locale] as unknown as Messages;
}
