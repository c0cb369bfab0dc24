import "server-only";
import { getT, type Locale } from "@/lib/i18n";

/**
 * The words of a comparison's caveats and notes in the reader's language, built on the
 * server and filled by components/compare/caveat-text.tsx: the trade explorer
 * fills them on the server, the import page in the browser, which then never
 * loads a message catalogue. Messages with values come as "{name}" templates;
 * a message that chooses its words by a value comes once for each choice.
 */
export function compareCaveatWords(locale: Locale) {
  const t = getT(locale);
  const holes = (...names: string[]) => Object.fromEntries(names.map((name) => [name, `{${name}}`]));
  const period = (basis: "calendar" | "fiscal" | "partial") =>
    t("compare.caveats.period", { basis, ...holes("period") });
  const floor = (side: "earlier" | "later") => t("compare.caveats.floor", { side, ...holes("period") });
  const importedFile = (which: "both" | "one") =>
    t("compare.caveats.importedFile", { which, ...holes("year", "file", "format", "conversion") });
  return {
    locale,
    period: { calendar: period("calendar"), fiscal: period("fiscal"), partial: period("partial") },
    fiscal: t("sources.period.fiscal", holes("from", "to")),
    status: t("compare.caveats.status", holes("period", "status", "description")),
    floor: { earlier: floor("earlier"), later: floor("later") },
    partYear: t("compare.caveats.partYear", holes("period", "months")),
    conflict: t("compare.caveats.conflict", holes("period", "rivals")),
    rival: t("compare.caveats.rival", holes("amount", "reporter")),
    differentSeries: t("compare.caveats.differentSeries", holes("from", "to")),
    differentPerspectives: t("compare.caveats.differentPerspectives", holes("from", "to")),
    differentBases: t("compare.caveats.differentBases", holes("from", "to")),
    importedSeries: t("compare.caveats.importedSeries", holes("name")),
    importedFile: { both: importedFile("both"), one: importedFile("one") },
    importedPartYear: t("compare.caveats.importedPartYear", holes("year", "period")),
    partOfYear: t("compare.caveats.partOfYear"),
    unusablePick: t("compare.caveats.unusablePick", holes("missing")),
    missingFigure: t("compare.caveats.missingFigure", holes("series", "year")),
    severalFigures: t("compare.caveats.severalFigures", holes("series", "year", "figure")),
    usedFigure: t("compare.caveats.usedFigure", holes("amount", "period", "reporter")),
  };
}

export type CompareCaveatWords = ReturnType<typeof compareCaveatWords>;
