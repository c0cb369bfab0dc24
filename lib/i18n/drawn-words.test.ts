import { describe, expect, it } from "vitest";
import { drawnWordsOf, provideDrawnWords } from "./drawn-words";
import { MESSAGES } from "./messages";

describe("drawn words", () => {
  it("gives the server every language's labels and chart words from the catalogues", () => {
    for (const locale of ["en", "ur", "ru"] as const) {
      expect(drawnWordsOf(locale).labels).toEqual(MESSAGES[locale].labels);
      expect(drawnWordsOf(locale).chart).toEqual(MESSAGES[locale].chart.drawn);
    }
  });

  it("keeps the first words provided for a language", () => {
    const english = drawnWordsOf("en");
    provideDrawnWords("en", { ...english, labels: { ...english.labels, seriesLabel: "changed" } });
    expect(drawnWordsOf("en").labels.seriesLabel).toBe("changed");
    provideDrawnWords("en", english);
    expect(drawnWordsOf("en").labels.seriesLabel).toBe("changed");
  });
});
