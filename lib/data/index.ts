import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../definitions";
import { buildDataset, type DataTexts } from "./build";
import { DATA_FILES, type DataFileId } from "./schemas";
import type { Locale } from "../i18n/locales";
import {
  buildTranslations,
  localizeDataset,
  TRANSLATED_LOCALES,
  TRANSLATION_FILES,
  type TranslatedDatasetId,
  type Translations,
  type TranslationTexts,
} from "./translations";

/*
 * The only door to data/. Files are read and validated once per process; every
 * page and route handler gets the same parsed objects.
 */

let loaded: { dataset: Dataset; version: DataVersion; translations: Translations } | undefined;
const localized = new Map<Locale, Dataset>();

export type DataVersion = {
  /** First 8 hex digits of a SHA-256 over every data file: changes whenever any figure changes. */
  id: string;
  rowCount: number;
};

export function readDataTexts(): DataTexts {
  // The path is spelled out from process.cwd() and "data" so the bundler can
  // see that only data/ is read, and trace just that folder into the output.
  const read = (id: DataFileId) => readFileSync(path.join(process.cwd(), "data", DATA_FILES[id].file), "utf8");
  const ids = Object.keys(DATA_FILES) as DataFileId[];
  return Object.fromEntries(ids.map((id) => [id, read(id)])) as DataTexts;
}

export function readTranslationTexts(): TranslationTexts {
  const ids = Object.keys(TRANSLATION_FILES) as TranslatedDatasetId[];
  return Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [
      locale,
      Object.fromEntries(
        ids.map((id) => [
          id,
          readFileSync(path.join(process.cwd(), "data", "i18n", locale, TRANSLATION_FILES[id].file), "utf8"),
        ]),
      ),
    ]),
  ) as TranslationTexts;
}

function load() {
  if (loaded === undefined) {
    const texts = readDataTexts();
    const dataset = buildDataset(texts);
    // Translations are checked with the data, so a missing or untranslated row stops the build as a bad row does.
    const translationTexts = readTranslationTexts();
    const translations = buildTranslations(translationTexts, dataset);
    const hash = createHash("sha256");
    for (const id of Object.keys(DATA_FILES) as DataFileId[]) hash.update(texts[id]);
    for (const locale of TRANSLATED_LOCALES)
      for (const text of Object.values(translationTexts[locale])) hash.update(text);
    const rowCount =
      dataset.sources.length +
      dataset.trade.length +
      dataset.financing.length +
      dataset.events.length +
      dataset.claims.length +
      dataset.official.length +
      dataset.pakistanPartners.length +
      dataset.usCpi.length;
    loaded = { dataset, version: { id: hash.digest("hex").slice(0, 8), rowCount }, translations };
  }
  return loaded;
}

export function getDataset(): Dataset {
  return load().dataset;
}

/** The dataset with its prose in a language (see lib/data/translations.ts); English is the dataset itself. */
export function getLocalizedDataset(locale: Locale): Dataset {
  const { dataset, translations } = load();
  let result = localized.get(locale);
  if (result === undefined) {
    result = localizeDataset(dataset, translations, locale);
    localized.set(locale, result);
  }
  return result;
}

export function getDataVersion(): DataVersion {
  return load().version;
}

export const getSources = () => getDataset().sources;
export const getTrade = () => getDataset().trade;
export const getTradeSeries = () => getDataset().tradeSeries;
export const getFinancing = () => getDataset().financing;
export const getEvents = () => getDataset().events;
export const getClaims = () => getDataset().claims;
export const getOfficial = () => getDataset().official;
export const getPakistanPartners = () => getDataset().pakistanPartners;
export const getUsCpi = () => getDataset().usCpi;
