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
  it("load in every language, with one translation per English row", () => {
    const translations = buildTranslations(real, dataset);
    for (const locale of ["ur", "ru"] as const) expect(translations[locale].events.size).toBe(dataset.events.length);
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
    expect(problems(withRussianEvents(empty))).toMatch(/data\/i18n\/ru\/events\.csv line 2, column summary: /);
  });
});
