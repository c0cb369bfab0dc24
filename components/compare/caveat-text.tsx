import { Fragment } from "react";
import { formatMonthSpan, formatUsdMillions, labelsOf } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { CaveatPeriod, CaveatSeries, CompareCaveat, CompareNote } from "@/lib/trade/caveats";
import type { CompareCaveatWords } from "./caveat-words";

/*
 * A comparison's caveat or note in the reader's language, from the templates of
 * compareCaveatWords. Hook-free and without a catalogue, so the trade explorer
 * renders it on the server and the import page in the browser. Statuses,
 * statistics and bases are the labels every page uses (lib/format); names
 * kept as published (an imported series, its file, the importer's note on
 * units) are marked as English on an Urdu or Russian page, and isolated so
 * that they read left to right inside an Urdu sentence.
 */

/** A piece of a caveat; `en` marks words kept in English. */
export type CaveatPart = { text: string; en?: boolean };

type PartValues = Record<string, string | readonly CaveatPart[]>;

/** Replaces each "{name}" of a template with its value, keeping marked parts apart. */
export function fillParts(template: string, values: PartValues): CaveatPart[] {
  const parts: CaveatPart[] = [];
  const push = (part: CaveatPart) => {
    const last = parts[parts.length - 1];
    if (last !== undefined && !last.en && !part.en) last.text += part.text;
    else if (part.text !== "") parts.push({ ...part });
  };
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1] ?? ""];
    if (value === undefined) continue;
    push({ text: template.slice(last, match.index) });
    if (typeof value === "string") push({ text: value });
    else value.forEach(push);
    last = match.index + match[0].length;
  }
  push({ text: template.slice(last) });
  return parts;
}

/** Between two items of a list in a sentence (rival figures, missing years), as its language punctuates it. */
const LIST_SEPARATOR: Record<Locale, string> = { en: "; ", ru: "; ", ur: "؛ " };

function listParts(items: readonly CaveatPart[][], locale: Locale): CaveatPart[] {
  return items.flatMap((parts, index) => (index === 0 ? parts : [{ text: LIST_SEPARATOR[locale] }, ...parts]));
}

/** The period as the page names it: "FY2012-13" in English, "2012/13 фин. г." in Russian. */
function periodName(period: CaveatPeriod, words: CompareCaveatWords): string {
  const { locale } = words;
  if (locale === "en") return period.period;
  if (period.basis === "calendar") return String(period.start.year);
  if (period.basis === "fiscal") {
    return words.fiscal
      .replace("{from}", String(period.start.year))
      .replace("{to}", String(period.end.year % 100).padStart(2, "0"));
  }
  return formatMonthSpan(period.start, period.end, locale);
}

/**
 * A caveat's or note's text in parts. `formats` names the import formats in the page's
 * language, keyed by id; a format it does not know keeps its English name.
 */
export function caveatParts(
  caveat: CompareCaveat | CompareNote,
  words: CompareCaveatWords,
  formats: Readonly<Record<string, string>> = {},
): CaveatPart[] {
  const { locale } = words;
  const labels = labelsOf(locale);
  const english = (text: string): CaveatPart[] => [locale === "en" ? { text } : { text, en: true }];
  const period = (value: CaveatPeriod) => words.period[value.basis].replace("{period}", periodName(value, words));
  const series = (value: CaveatSeries) =>
    value.imported ? fillParts(words.importedSeries, { name: english(value.label) }) : value.label;

  switch (caveat.kind) {
    case "status":
      return fillParts(words.status, {
        period: period(caveat.period),
        status: labels.tradeStatus[caveat.status].toLocaleLowerCase(locale),
        description: labels.tradeStatusDescription[caveat.status],
      });
    case "floor":
      return fillParts(words.floor[caveat.side], { period: period(caveat.period) });
    case "partYear":
      return fillParts(words.partYear, {
        period: period(caveat.period),
        months: formatMonthSpan(caveat.start, caveat.end, locale),
      });
    case "conflict":
      return fillParts(words.conflict, {
        period: period(caveat.period),
        rivals: listParts(
          caveat.rivals.map((rival) =>
            fillParts(words.rival, {
              amount: formatUsdMillions(rival.totalUsdM, { atLeast: rival.atLeast }, locale),
              reporter: rival.reporter,
            }),
          ),
          locale,
        ),
      });
    case "differentSeries":
      return fillParts(words.differentSeries, { from: series(caveat.from), to: series(caveat.to) });
    case "differentPerspectives":
      return fillParts(words.differentPerspectives, {
        from: labels.perspective[caveat.from],
        to: labels.perspective[caveat.to],
      });
    case "differentBases":
      return fillParts(words.differentBases, { from: labels.basis[caveat.from], to: labels.basis[caveat.to] });
    case "importedFile": {
      const format = locale === "en" ? caveat.format.label : formats[caveat.format.id];
      return fillParts(caveat.year === undefined ? words.importedFile.both : words.importedFile.one, {
        year: caveat.year === undefined ? "" : String(caveat.year),
        file: english(caveat.fileName),
        format: format ?? english(caveat.format.label),
        conversion: english(caveat.conversion),
      });
    }
    case "importedPartYear":
      return fillParts(words.importedPartYear, {
        year: String(caveat.year),
        period: caveat.period === undefined ? words.partOfYear : english(caveat.period),
      });
    case "unusablePick":
      return fillParts(words.unusablePick, {
        // The series as the address names it: its id, as typed.
        missing: listParts(
          caveat.missing.map(({ series: id, year }) =>
            fillParts(words.missingFigure, { series: english(id), year: String(year) }),
          ),
          locale,
        ),
      });
    case "severalFigures":
      return fillParts(words.severalFigures, {
        series: series(caveat.series),
        year: String(caveat.year),
        figure: fillParts(words.usedFigure, {
          amount: formatUsdMillions(caveat.figure.totalUsdM, { atLeast: caveat.figure.atLeast }, locale),
          period: period(caveat.figure.period),
          reporter: caveat.figure.reporter,
        }),
      });
  }
}

/** A caveat or note as text, its English names marked and isolated. */
export function CaveatText({
  caveat,
  words,
  formats,
}: {
  caveat: CompareCaveat | CompareNote;
  words: CompareCaveatWords;
  formats?: Readonly<Record<string, string>>;
}) {
  return (
    <>
      {caveatParts(caveat, words, formats).map((part, index) =>
        part.en ? (
          <span key={index} lang="en" dir="ltr">
            {part.text}
          </span>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
