import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset } from "./build";
import { readDataTexts, readTranslationTexts } from "./index";
import { buildTranslations, localizeDataset, type TranslationTexts } from "./translations";

const dataset = buildDataset(readDataTexts());
const real = readTranslationTexts();
const header = "id,title,summary";
const russianEvents = readFileSync(path.join(process.cwd(), "data", "i18n", "ru", "events.csv"), "utf8");

/** The real translations with the Russian events file replaced. */
function withRussianEvents(text: string): TranslationTexts {
  return { ...real, ru: { ...real.ru, events: text } };
}

function problems(texts: TranslationTexts): string {
  try {
    buildTranslations(texts, dataset);
    return "";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe("translations of the data", () => {
  it("load in every language, with one translation per English row of every translated dataset", () => {
    const translations = buildTranslations(real, dataset);
    for (const locale of ["ur", "ru"] as const) {
      expect(translations[locale].events.size).toBe(dataset.events.length);
      expect(translations[locale].claims.size).toBe(dataset.claims.length);
      expect(translations[locale].financing.size).toBe(dataset.financing.length);
      expect(translations[locale].trade.size).toBe(dataset.trade.length);
      expect(translations[locale].sources.size).toBe(dataset.sources.length);
    }
  });

  it("translate the prose of claims, financing, trade and sources, and keep everything else", () => {
    const russian = localizeDataset(dataset, buildTranslations(real, dataset), "ru");
    const cyrillic = /[\u0400-\u04FF]/;
    russian.claims.forEach((claim, index) => {
      const english = dataset.claims[index];
      expect([claim.id, claim.status, claim.sources]).toEqual([english?.id, english?.status, english?.sources]);
      expect(claim.claim).toMatch(cyrillic);
      expect(claim.correctedValue === undefined).toBe(english?.correctedValue === undefined);
    });
    russian.financing.forEach((item, index) => {
      const english = dataset.financing[index];
      expect([item.id, item.amountUsdM, item.date]).toEqual([english?.id, english?.amountUsdM, english?.date]);
      expect(item.item).toMatch(cyrillic);
      expect(item.counterpart === undefined).toBe(english?.counterpart === undefined);
    });
    russian.sources.forEach((source, index) => {
      const english = dataset.sources[index];
      expect([source.id, source.title, source.publisher, source.url]).toEqual([
        english?.id,
        english?.title,
        english?.publisher,
        english?.url,
      ]);
      if (english?.note !== undefined) expect(source.note).toMatch(cyrillic);
    });
  });

  it("relabel the trade series with the translated reporters, point by point", () => {
    const urdu = localizeDataset(dataset, buildTranslations(real, dataset), "ur");
    expect(urdu.tradeSeries.map((series) => series.id)).toEqual(dataset.tradeSeries.map((series) => series.id));
    for (const series of urdu.tradeSeries) {
      expect(series.label).toMatch(/[\u0600-\u06FF]/);
      for (const observation of series.observations) {
        expect(observation.reporter).toBe(series.reporter);
        expect(urdu.trade.find((row) => row.id === observation.id)).toBe(observation);
      }
    }
    expect(urdu.trade.map((row) => row.totalUsdM)).toEqual(dataset.trade.map((row) => row.totalUsdM));
  });

  it("change the words only: ids, dates and themes are the English ones", () => {
    const translations = buildTranslations(real, dataset);
    const russian = localizeDataset(dataset, translations, "ru");
    expect(russian.events.map((event) => [event.id, event.date, event.theme])).toEqual(
      dataset.events.map((event) => [event.id, event.date, event.theme]),
    );
    expect(russian.events[0]?.title).not.toBe(dataset.events[0]?.title);
    expect(russian.events[0]?.title).toMatch(/[\u0400-\u04FF]/);
    expect(localizeDataset(dataset, translations, "en")).toBe(dataset);
  });

  it("name a missing row", () => {
    const lines = russianEvents.trimEnd().split("\n");
    const first = dataset.events[0]?.id ?? "";
    const without = lines.filter((line) => !line.startsWith(`${first},`)).join("\n");
    expect(problems(withRussianEvents(without))).toContain(
      `data/i18n/ru/events.csv: has no translation of "${first}" (data/events.csv); every row needs one`,
    );
  });

  it("name an unknown id and a repeated one by line", () => {
    const lines = russianEvents.trimEnd().split("\n");
    const repeated = [...lines, lines[1] ?? "", "no-such-event,Заголовок,Краткое описание события"].join("\n");
    const message = problems(withRussianEvents(repeated));
    expect(message).toMatch(/data\/i18n\/ru\/events\.csv line \d+, column id: "[a-z0-9-]+" is translated twice/);
    expect(message).toMatch(/line \d+, column id: "no-such-event" is not an id of data\/events\.csv/);
  });

  it("refuse a sentence left in English, a text in the wrong script and an empty text", () => {
    const event = dataset.events[0];
    if (event === undefined) throw new Error("no events");
    const others = russianEvents.trimEnd().split("\n").slice(2).join("\n");
    const leftover = `${header}\n${event.id},Заголовок,"${event.summary.replace(/"/g, '""')}"\n${others}`;
    expect(problems(withRussianEvents(leftover))).toContain(
      "line 2, column summary: is the English text, not a translation",
    );
    const latin = `${header}\n${event.id},Заголовок,Kratkoe opisanie\n${others}`;
    expect(problems(withRussianEvents(latin))).toContain(
      "line 2, column summary: has no Russian (Cyrillic) letters; expected a translation into ru",
    );
    const empty = `${header}\n${event.id},Заголовок,\n${others}`;
    expect(problems(withRussianEvents(empty))).toContain(
      "data/i18n/ru/events.csv line 2, column summary: is empty, but the English text is not",
    );
  });

  it("refuse a number the English text does not state, a lost one and Arabic-Indic digits", () => {
    const event = dataset.events.find((row) => /\d{3,}/.test(row.summary));
    if (event === undefined) throw new Error("no event summary with a number");
    const others = russianEvents
      .trimEnd()
      .split("\n")
      .slice(1)
      .filter((line) => !line.startsWith(`${event.id},`) && !line.startsWith(`"${event.id}",`));
    const withSummary = (summary: string) => [header, `${event.id},Заголовок,"${summary}"`, ...others].join("\n");
    const number = event.summary.match(/\d{3,}/)?.[0] ?? "";
    expect(problems(withRussianEvents(withSummary(`Сводка без чисел и ещё 7777 единиц`)))).toContain(
      "column summary: states 7777, a number the English text does not have",
    );
    expect(problems(withRussianEvents(withSummary("Сводка без чисел")))).toContain(
      `column summary: leaves out ${number}`,
    );
    expect(problems(withRussianEvents(withSummary(`Сводка ٣ ${event.summary.match(/\d+/g)?.join(" ")}`)))).toContain(
      "column summary: uses Arabic-Indic digits",
    );
  });
});
