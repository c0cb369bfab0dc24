import { drawnWordsOf, type ChartWords } from "../i18n/drawn-words";
import type { Locale } from "../i18n/locales";

/*
 * The words the trend chart writes itself: its legend, axis, event markers,
 * point titles and tooltip. The chart is drawn on the server on / and /trade,
 * and in the browser by the import page's combined view, so, like the story
 * panel and lib/format's labels, it cannot use the server's translator (which
 * carries every catalogue); it reads the `drawn` part of its own catalogue,
 * messages/<locale>/chart.json, which a browser gets in the page's language
 * only (lib/i18n/drawn-words.ts). Those messages are "{name}" templates
 * without plurals, filled with lib/format's `fillLabel`; the rest of the
 * catalogue (titles, summaries) is for the server's `getT`.
 */

export type { ChartWords };

export function chartWordsOf(locale: Locale = "en"): ChartWords {
  return drawnWordsOf(locale).chart;
}
