import { z } from "zod";
import type { Dataset, HistoryEvent } from "../definitions";
import type { Locale } from "../i18n/locales";
import { parseCsv } from "./csv";
import { DataValidationError, type DataIssue } from "./errors";
import { requiredText } from "./fields";
import { columnRules } from "./schemas";

/*
 * The data's own prose in Urdu and Russian: data/i18n/<locale>/<file>.csv, an
 * `id` and the translated columns of the English file. Written by the project,
 * not by the sources. They are checked as strictly as the English rows: every
 * English row has exactly one translation in each language, no unknown or
 * repeated id, no empty text, no sentence left in English and the right
 * script, and a problem stops the build with its file, line and column.
 *
 * A dataset is listed here once its translations are complete; a dataset not
 * yet listed is shown in English in every edition, marked as English text.
 */

export type TranslatedLocale = Exclude<Locale, "en">;
export const TRANSLATED_LOCALES: readonly TranslatedLocale[] = ["ur", "ru"];

const eventTranslationSchema = z.object({ id: z.string().min(1), title: requiredText(), summary: requiredText() });

export const TRANSLATION_FILES = {
  events: { file: "events.csv", schema: eventTranslationSchema, fields: ["title", "summary"] },
} as const;

export type TranslatedDatasetId = keyof typeof TRANSLATION_FILES;
export type TranslationTexts = Record<TranslatedLocale, Record<TranslatedDatasetId, string>>;
type EventTranslation = z.output<typeof eventTranslationSchema>;
export type Translations = Record<TranslatedLocale, { events: Map<string, EventTranslation> }>;

/** Letters of each language's script: a translation without any is a leftover or a paste from elsewhere. */
const SCRIPT: Record<TranslatedLocale, { name: string; letters: RegExp }> = {
  ur: { name: "Urdu (Arabic script)", letters: /[\u0600-\u06FF]/ },
  ru: { name: "Russian (Cyrillic)", letters: /[\u0400-\u04FF]/ },
};

const words = (text: string) => text.match(/\p{L}+/gu) ?? [];

function checkedRows(
  locale: TranslatedLocale,
  id: TranslatedDatasetId,
  text: string,
  english: ReadonlyMap<string, Record<string, string>>,
  issues: DataIssue[],
): Map<string, EventTranslation> {
  const { file, schema, fields } = TRANSLATION_FILES[id];
  const path = `i18n/${locale}/${file}`;
  const parsed = parseCsv(text, path, columnRules(schema));
  if (parsed.table === undefined) {
    issues.push(...parsed.issues);
    return new Map();
  }
  const rows = new Map<string, EventTranslation>();
  for (const record of parsed.table.records) {
    const result = schema.safeParse(record.cells);
    if (!result.success) {
      for (const issue of result.error.issues)
        issues.push({ file: path, line: record.line, column: String(issue.path[0] ?? ""), message: issue.message });
      continue;
    }
    const row = result.data;
    const source = english.get(row.id);
    if (source === undefined) {
      issues.push({ file: path, line: record.line, column: "id", message: `"${row.id}" is not an id of data/${file}` });
      continue;
    }
    if (rows.has(row.id)) {
      issues.push({ file: path, line: record.line, column: "id", message: `"${row.id}" is translated twice` });
      continue;
    }
    for (const field of fields) {
      const value = row[field];
      if (words(value).length >= 4 && value === source[field]) {
        issues.push({
          file: path,
          line: record.line,
          column: field,
          message: "is the English text, not a translation",
        });
      } else if (!SCRIPT[locale].letters.test(value)) {
        issues.push({
          file: path,
          line: record.line,
          column: field,
          message: `has no ${SCRIPT[locale].name} letters; expected a translation into ${locale}`,
        });
      }
    }
    rows.set(row.id, row);
  }
  for (const englishId of english.keys()) {
    if (!rows.has(englishId))
      issues.push({ file: path, message: `has no translation of "${englishId}" (data/${file}); every row needs one` });
  }
  return rows;
}

/** Parses and checks every translation file against the English dataset; throws DataValidationError listing all problems. */
export function buildTranslations(texts: TranslationTexts, dataset: Dataset): Translations {
  const issues: DataIssue[] = [];
  const events = new Map(dataset.events.map((event) => [event.id, { title: event.title, summary: event.summary }]));
  const translations = Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [
      locale,
      { events: checkedRows(locale, "events", texts[locale].events, events, issues) },
    ]),
  ) as Translations;
  if (issues.length > 0) throw new DataValidationError(issues);
  return translations;
}

/** The dataset with its translated prose substituted; ids, dates, numbers and every untranslated field unchanged. */
export function localizeDataset(dataset: Dataset, translations: Translations, locale: Locale): Dataset {
  if (locale === "en") return dataset;
  const events = translations[locale].events;
  const localizedEvents: HistoryEvent[] = dataset.events.map((event) => {
    const translated = events.get(event.id);
    return translated === undefined ? event : { ...event, title: translated.title, summary: translated.summary };
  });
  return { ...dataset, events: localizedEvents };
}
