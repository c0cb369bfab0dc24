import enChart from "@/messages/en/chart.json";
import ruChart from "@/messages/ru/chart.json";
import urChart from "@/messages/ur/chart.json";
import type { Locale } from "../i18n/locales";

/*
 * The words the trend chart writes itself: its legend, axis, event markers,
 * point titles and tooltip. The chart is drawn on the server on / and /trade,
 * and in the browser by the import page's combined view, so, like the story
 * panel and lib/format's labels, it cannot use the server's translator (which
 * carries every catalogue); it reads the `drawn` part of its own catalogue,
 * messages/<locale>/chart.json, here. Those messages are "{name}" templates
 * without plurals, filled with lib/format's `fillLabel`; the rest of the
 * catalogue (titles, summaries) is for the server's `getT`.
 */

export type ChartWords = typeof enChart.drawn;

const WORDS: Record<Locale, ChartWords> = { en: enChart.drawn, ur: urChart.drawn, ru: ruChart.drawn };

export function chartWordsOf(locale: Locale = "en"): ChartWords {
  return WORDS[locale];
}
