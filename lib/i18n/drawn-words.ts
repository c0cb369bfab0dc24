import type enChart from "@/messages/en/chart.json";
import type enLabels from "@/messages/en/labels.json";
import type { Locale } from "./locales";

/*
 * The words that code shared by the server and the browser writes itself:
 * labels for coded values and amounts (lib/format) and the trend chart's own
 * words (lib/chart/words). Server code reads every language's catalogue. A
 * browser needs only the language of the page it shows, so no catalogue is in
 * the client bundle: the page's layout hands its language's words down once
 * (components/shell/drawn-words-provider.tsx), and they are kept here for the
 * client components below it.
 *
 * The bundler replaces `typeof window` with its value in each build, so the
 * branch that loads every catalogue is left out of the browser's bundle.
 */

export type Labels = typeof enLabels;
export type ChartWords = (typeof enChart)["drawn"];
export type DrawnWords = { labels: Labels; chart: ChartWords };

const provided = new Map<Locale, DrawnWords>();
let serverCatalogues: Record<Locale, DrawnWords> | undefined;

function allCatalogues(): Record<Locale, DrawnWords> | undefined {
  if (typeof window === "undefined") {
    // A plain `import` would put every language in the browser's bundle; this branch is not in it.
    /* eslint-disable @typescript-eslint/no-require-imports */
    return {
      en: { labels: require("../../messages/en/labels.json"), chart: require("../../messages/en/chart.json").drawn },
      ur: { labels: require("../../messages/ur/labels.json"), chart: require("../../messages/ur/chart.json").drawn },
      ru: { labels: require("../../messages/ru/labels.json"), chart: require("../../messages/ru/chart.json").drawn },
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
  return undefined;
}

/** The words of a language: on the server always, in the browser once the page's layout has provided them. */
export function drawnWordsOf(locale: Locale): DrawnWords {
  serverCatalogues ??= allCatalogues();
  const words = provided.get(locale) ?? serverCatalogues?.[locale];
  if (words === undefined) {
    throw new Error(
      `The "${locale}" words were asked for before the page provided them: render the component inside the language layout (DrawnWordsProvider).`,
    );
  }
  return words;
}

/** Keeps the page's words for the client components below its layout; the first call for a language wins. */
export function provideDrawnWords(locale: Locale, words: DrawnWords): void {
  if (!provided.has(locale)) provided.set(locale, words);
}
