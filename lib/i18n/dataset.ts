import "server-only";
import type { Dataset } from "@/lib/definitions";
import { getLocalizedDataset } from "@/lib/data";
import type { Locale } from "./locales";

/**
 * The dataset with its prose in a language, as far as it is translated (see
 * lib/data/translations.ts). Pages and components in a localised page read
 * the data through this one function.
 */
export function datasetFor(locale: Locale): Dataset {
  return getLocalizedDataset(locale);
}
