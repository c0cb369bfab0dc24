import { z } from "zod";
import type { Dataset, TradeObservation } from "../definitions";
import { seriesLabel } from "../format";
import type { Locale } from "../i18n/locales";
import { parseCsv } from "./csv";
import { DataValidationError, type DataIssue } from "./errors";
import { columnRules } from "./schemas";

/*
 * The data's own prose in Urdu and Russian: data/i18n/<locale>/<file>.csv, an
 * `id` and the translated columns of the English file. Written by the project,
 * not by the sources. They are checked as strictly as the English rows: every
 * English row has exactly one translation in each language, no unknown or
 * repeated id, no empty text where English has one, no sentence left in
 * English, the right script, and the same numbers as the English text; a
 * problem stops the build with its file, line and column.
 */

export type TranslatedLocale = Exclude<Locale, "en">;
export const TRANSLATED_LOCALES: readonly TranslatedLocale[] = ["ur", "ru"];

/*
 * Each dataset's prose columns, named as in its English file. A translated
 * cell is empty exactly when the English one is; every other column (ids,
 * dates, amounts, codes, source ids) is never translated. Source titles and
 * publishers are proper names and stay as published.
 */
export const TRANSLATION_FILES = {
  events: { file: "events.csv", fields: ["title", "summary"] },
  claims: { file: "claims.csv", fields: ["claim", "explanation", "article_value", "corrected_value"] },
  financing: { file: "financing.csv", fields: ["item", "financier", "counterpart", "note"] },
  trade: { file: "trade.csv", fields: ["reporter", "note"] },
  sources: { file: "sources.csv", fields: ["note"] },
} as const;

export type TranslatedDatasetId = keyof typeof TRANSLATION_FILES;
type FieldOf<Id extends TranslatedDatasetId> = (typeof TRANSLATION_FILES)[Id]["fields"][number];
/** One row's translated cells, by English column name; an absent key is a cell empty in English. */
export type TranslatedRow<Id extends TranslatedDatasetId> = Partial<Record<FieldOf<Id>, string>>;
export type TranslationTexts = Record<TranslatedLocale, Record<TranslatedDatasetId, string>>;
export type Translations = Record<TranslatedLocale, { [Id in TranslatedDatasetId]: Map<string, TranslatedRow<Id>> }>;

const cell = z.string().transform((value) => value.trim());
const schemaOf = (fields: readonly string[]) =>
  z.object({ id: z.string().min(1), ...Object.fromEntries(fields.map((field) => [field, cell])) });

/** Letters of each language's script: a translation without any is a leftover or a paste from elsewhere. */
const SCRIPT: Record<TranslatedLocale, { name: string; letters: RegExp }> = {
  ur: { name: "Urdu (Arabic script)", letters: /[\u0600-\u06FF]/ },
  ru: { name: "Russian (Cyrillic)", letters: /[\u0400-\u04FF]/ },
};

const words = (text: string) => text.match(/\p{L}+/gu) ?? [];

/**
 * The numbers a text states, as digit runs with the separators inside a number
 * dropped ("1,620.5" and "1 620,5" are both "16205"), so a translation may use
 * its language's separators but neither change nor add a number.
 */
const numbersIn = (text: string) =>
  text.replace(/(?<=\d)[.,\s\u00A0\u202F\u066B\u066C](?=\d)/g, "").match(/\d+/g) ?? [];

function cellProblem(locale: TranslatedLocale, value: string, english: string): string | undefined {
  if ((value === "") !== (english === ""))
    return value === "" ? "is empty, but the English text is not" : "has text, but the English cell is empty";
  if (value === "") return undefined;
  if (words(value).length >= 4 && value === english) return "is the English text, not a translation";
  if (/\p{L}/u.test(english) && !SCRIPT[locale].letters.test(value))
    return `has no ${SCRIPT[locale].name} letters; expected a translation into ${locale}`;
  if (/[\u0660-\u0669\u06F0-\u06F9]/.test(value))
    return "uses Arabic-Indic digits; numbers are written 0–9 in every edition";
  const stated = new Set(numbersIn(value));
  const source = new Set(numbersIn(english));
  const added = [...stated].filter((number) => !source.has(number));
  if (added.length > 0) return `states ${added.join(", ")}, a number the English text does not have`;
  // Single digits may be written as words ("9/11" → "11 September"); longer numbers never go missing.
  const lost = [...source].filter((number) => number.length >= 2 && !stated.has(number));
  if (lost.length > 0) return `leaves out ${lost.join(", ")}, a number the English text states`;
  return undefined;
}

function checkedRows<Id extends TranslatedDatasetId>(
  locale: TranslatedLocale,
  id: Id,
  text: string,
  english: ReadonlyMap<string, Readonly<Record<string, string | undefined>>>,
  issues: DataIssue[],
): Map<string, TranslatedRow<Id>> {
  const { file, fields } = TRANSLATION_FILES[id];
  const schema = schemaOf(fields);
  const path = `i18n/${locale}/${file}`;
  const parsed = parseCsv(text, path, columnRules(schema));
  if (parsed.table === undefined) {
    issues.push(...parsed.issues);
    return new Map();
  }
  const rows = new Map<string, TranslatedRow<Id>>();
  for (const record of parsed.table.records) {
    const result = schema.safeParse(record.cells);
    if (!result.success) {
      for (const issue of result.error.issues)
        issues.push({ file: path, line: record.line, column: String(issue.path[0] ?? ""), message: issue.message });
      continue;
    }
    const row = result.data as Record<string, string>;
    const rowId = row.id ?? "";
    const source = english.get(rowId);
    if (source === undefined) {
      issues.push({ file: path, line: record.line, column: "id", message: `"${rowId}" is not an id of data/${file}` });
      continue;
    }
    if (rows.has(rowId)) {
      issues.push({ file: path, line: record.line, column: "id", message: `"${rowId}" is translated twice` });
      continue;
    }
    const translated: Record<string, string> = {};
    for (const field of fields) {
      const value = row[field] ?? "";
      const problem = cellProblem(locale, value, source[field] ?? "");
      if (problem !== undefined) issues.push({ file: path, line: record.line, column: field, message: problem });
      else if (value !== "") translated[field] = value;
    }
    rows.set(rowId, translated as TranslatedRow<Id>);
  }
  for (const englishId of english.keys()) {
    if (!rows.has(englishId))
      issues.push({ file: path, message: `has no translation of "${englishId}" (data/${file}); every row needs one` });
  }
  return rows;
}

/** Each dataset's English prose by row id and CSV column name: what the translations are checked against. */
function englishProse(dataset: Dataset): Record<TranslatedDatasetId, Map<string, Record<string, string | undefined>>> {
  const byId = <T extends { id: string }>(rows: readonly T[], cells: (row: T) => Record<string, string | undefined>) =>
    new Map(rows.map((row) => [row.id, cells(row)]));
  return {
    events: byId(dataset.events, (event) => ({ title: event.title, summary: event.summary })),
    claims: byId(dataset.claims, (claim) => ({
      claim: claim.claim,
      explanation: claim.explanation,
      article_value: claim.articleValue,
      corrected_value: claim.correctedValue,
    })),
    financing: byId(dataset.financing, (item) => ({
      item: item.item,
      financier: item.financier,
      counterpart: item.counterpart,
      note: item.note,
    })),
    trade: byId(dataset.trade, (observation) => ({ reporter: observation.reporter, note: observation.note })),
    sources: byId(dataset.sources, (source) => ({ note: source.note })),
  };
}

/** Parses and checks every translation file against the English dataset; throws DataValidationError listing all problems. */
export function buildTranslations(texts: TranslationTexts, dataset: Dataset): Translations {
  const issues: DataIssue[] = [];
  const english = englishProse(dataset);
  const ids = Object.keys(TRANSLATION_FILES) as TranslatedDatasetId[];
  const translations = Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [
      locale,
      Object.fromEntries(ids.map((id) => [id, checkedRows(locale, id, texts[locale][id], english[id], issues)])),
    ]),
  ) as Translations;
  if (issues.length > 0) throw new DataValidationError(issues);
  return translations;
}

/** The dataset with its translated prose substituted; ids, dates, numbers and every untranslated field unchanged. */
export function localizeDataset(dataset: Dataset, translations: Translations, locale: Locale): Dataset {
  if (locale === "en") return dataset;
  const { events, claims, financing, trade, sources } = translations[locale];
  const localizedTrade = new Map<string, TradeObservation>(
    dataset.trade.map((observation) => {
      const cells = trade.get(observation.id);
      const reporter = cells?.reporter ?? observation.reporter;
      return [observation.id, { ...observation, reporter, note: cells?.note ?? observation.note }];
    }),
  );
  const tradeOf = (observation: TradeObservation) => localizedTrade.get(observation.id) ?? observation;
  return {
    ...dataset,
    sources: dataset.sources.map((source) => ({ ...source, note: sources.get(source.id)?.note ?? source.note })),
    trade: dataset.trade.map(tradeOf),
    tradeSeries: dataset.tradeSeries.map((series) => {
      const observations = series.observations.map(tradeOf);
      const reporter = observations[0]?.reporter ?? series.reporter;
      const label = seriesLabel(reporter, series.perspective, series.basis, locale);
      return { ...series, reporter, label, observations };
    }),
    financing: dataset.financing.map((item) => {
      const cells = financing.get(item.id);
      return {
        ...item,
        item: cells?.item ?? item.item,
        financier: cells?.financier ?? item.financier,
        counterpart: cells?.counterpart ?? item.counterpart,
        note: cells?.note ?? item.note,
      };
    }),
    events: dataset.events.map((event) => {
      const cells = events.get(event.id);
      return { ...event, title: cells?.title ?? event.title, summary: cells?.summary ?? event.summary };
    }),
    claims: dataset.claims.map((claim) => {
      const cells = claims.get(claim.id);
      return {
        ...claim,
        claim: cells?.claim ?? claim.claim,
        explanation: cells?.explanation ?? claim.explanation,
        articleValue: cells?.article_value ?? claim.articleValue,
        correctedValue: cells?.corrected_value ?? claim.correctedValue,
      };
    }),
  };
}
