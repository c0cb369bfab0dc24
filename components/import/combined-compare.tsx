"use client";

import { CaveatText } from "@/components/compare/caveat-text";
import { CompareCards, type YearCard } from "@/components/compare/compare-cards";
import { useId, useMemo, useState } from "react";
import type { TradeSeries } from "@/lib/definitions";
import { formatUsdMillions, labelsOf } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { compareCombined, compareYearOptions, importedToTradeSeries } from "@/lib/imported/compare";
import type { StoredSeries } from "@/lib/imported/storage";
import { caveatKey } from "@/lib/trade/caveats";
import { chosenChoice, compareChoices, type Figure } from "@/lib/trade/compare";
import { fill, plural } from "./fill";
import type { ImportLabels } from "./import-labels";
import styles from "./import.module.css";

type Props = { tradeSeries: readonly TradeSeries[]; stored: readonly StoredSeries[]; labels: ImportLabels };

function defaultYears(tradeSeries: readonly TradeSeries[], imported: readonly TradeSeries[]): [number, number] {
  // The first imported series' first and last whole years, else those of our longest series.
  const first = imported[0]?.observations;
  const whole = first?.filter((observation) => observation.period === String(observation.year));
  const longest = [...tradeSeries].sort((a, b) => b.observations.length - a.observations.length)[0];
  const source = (whole !== undefined && whole.length >= 2 ? whole : first) ?? longest?.observations ?? [];
  const years = source.map((observation) => observation.year);
  if (years.length === 0) return [2000, 2001];
  return [Math.min(...years), Math.max(...years)];
}

type ProvenanceProps = {
  figure: Figure;
  /** The imported series' own name, when the figure is imported. */
  importedName: string | undefined;
  locale: Locale;
  importedLabel: string;
  /** The page's template for an imported series ("Imported: {name}"). */
  named: string;
};

function Provenance({ figure, importedName, locale, importedLabel, named }: ProvenanceProps) {
  const { observation, series } = figure;
  const period = observation.period === String(observation.year) ? "" : `${observation.period} · `;
  const imported = importedName !== undefined;
  // Our series are named in the page's language (the localised dataset); an imported one by the
  // page's template, its own name as its file gives it, marked as such on an Urdu or Russian page.
  const [before = "", after = ""] = named.split("{name}");
  return (
    <>
      {period}
      {imported ? (
        <bdi>
          {before}
          <span lang={locale === "en" ? undefined : "en"}>{importedName}</span>
          {after}
        </bdi>
      ) : (
        <bdi>{series.label}</bdi>
      )}{" "}
      ·{" "}
      {imported ? (
        <span className={`badge ${styles.badgeImported}`}>{importedLabel}</span>
      ) : (
        <span className={`badge badge--${observation.status}`}>{labelsOf(locale).tradeStatus[observation.status]}</span>
      )}
    </>
  );
}

const AND: Record<Locale, string> = { en: "and", ur: "اور", ru: "и" };

/**
 * Two years of the combined view side by side, by the trade explorer's rules
 * (lib/trade/compare.ts): both figures, the change, the percentage change and
 * the yearly growth rate, with caveats; imported figures are marked as such.
 */
export function CombinedCompare({ tradeSeries, stored, labels }: Props) {
  const { locale, compare: words, formats } = labels;
  const fromId = useId();
  const toId = useId();
  const pairId = useId();
  const named = words.caveats.importedSeries;
  const imported = useMemo(() => importedToTradeSeries(stored, named), [stored, named]);
  const options = useMemo(() => compareYearOptions([...tradeSeries, ...imported]), [tradeSeries, imported]);
  const [chosenYears, setChosenYears] = useState<[number, number] | null>(null);
  const [pair, setPair] = useState("");
  // Years picked before a series was removed may no longer be on offer; then the defaults apply again.
  const offered = (year: number) => options.some((option) => option.year === year);
  const years =
    chosenYears !== null && offered(chosenYears[0]) && offered(chosenYears[1])
      ? chosenYears
      : defaultYears(tradeSeries, imported);
  const picked = pair === "" ? undefined : ((pair.includes(",") ? pair.split(",") : [pair, pair]) as [string, string]);
  const comparison = compareCombined(tradeSeries, stored, years, picked, named);
  const choices = compareChoices(comparison, locale);
  const chosen = chosenChoice(comparison);
  const { from, to, result } = comparison;
  const missingYears = [from, to].filter((side) => side.figures.length === 0).map((side) => String(side.year));
  // Only two years can be missing; "and" between them is the one conjunction the sentence needs.
  const andWord = AND[locale];

  const setYear = (index: 0 | 1, year: number) => {
    const next: [number, number] = index === 0 ? [year, years[1]] : [years[0], year];
    setChosenYears(next[0] <= next[1] ? next : [next[1], next[0]]);
    setPair("");
  };

  return (
    <section className={styles.compare} aria-labelledby="import-compare-heading" data-testid="import-compare">
      <h3 id="import-compare-heading">{words.heading}</h3>
      <div className={`panel ${styles.compareForm}`} role="group" aria-label={words.years}>
        {([0, 1] as const).map((index) => (
          <div key={index} className={styles.field}>
            <label htmlFor={index === 0 ? fromId : toId}>{index === 0 ? words.earlier : words.later}</label>
            <select
              id={index === 0 ? fromId : toId}
              value={years[index]}
              onChange={(event) => setYear(index, Number(event.currentTarget.value))}
            >
              {options.map((option) => (
                <option key={option.year} value={option.year}>
                  {option.year}
                  {option.hasFigure ? "" : words.noFigure}
                </option>
              ))}
            </select>
          </div>
        ))}
        {choices.length > 0 ? (
          <div className={`${styles.field} ${styles.fieldWide}`}>
            <label htmlFor={pairId}>{words.figures}</label>
            <select
              id={pairId}
              value={pair === "" ? (chosen ?? "") : pair}
              onChange={(event) => setPair(event.currentTarget.value)}
            >
              {chosen === undefined ? <option value="">{words.chooseTwo}</option> : null}
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.sameSeries ? "" : words.different}
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>

      <div aria-live="polite">
        {result === undefined || from.chosen === undefined || to.chosen === undefined ? (
          <p className={styles.compareEmpty}>
            <strong>{words.nothing}</strong>{" "}
            {from.figures.length > 0 && to.figures.length > 0
              ? fill(words.noCommon, { from: String(from.year), to: String(to.year) }, locale)
              : plural(words.missing, missingYears.length, locale, { years: missingYears.join(` ${andWord} `) })}
          </p>
        ) : (
          <>
            <CompareCards
              years={
                [from.chosen, to.chosen].map((figure, index) => ({
                  year: index === 0 ? from.year : to.year,
                  value: formatUsdMillions(
                    figure.observation.totalUsdM,
                    { atLeast: figure.observation.atLeast },
                    locale,
                  ),
                  provenance: (
                    <Provenance
                      figure={figure}
                      importedName={comparison.importedNames.get(figure.series.id)}
                      locale={locale}
                      importedLabel={words.imported}
                      named={named}
                    />
                  ),
                })) as [YearCard, YearCard]
              }
              result={result}
              start={from.chosen.observation.totalUsdM}
              end={to.chosen.observation.totalUsdM}
              testIdPrefix="import-compare"
              labels={words.cards}
            />
            {comparison.caveats.length > 0 || comparison.gapYears.length > 0 ? (
              <div className="notice" data-testid="import-compare-caveats">
                <p className={styles.caveatHeading}>{words.before}</p>
                <ul className={styles.caveatList}>
                  {comparison.caveats.map((caveat) => (
                    <li key={caveatKey(caveat)}>
                      <CaveatText caveat={caveat} words={words.caveats} formats={formats} />
                    </li>
                  ))}
                  {comparison.gapYears.length > 0 ? (
                    <li>
                      {plural(words.gap, comparison.gapYears.length, locale, {
                        years: comparison.gapYears.join(", "),
                      })}
                    </li>
                  ) : null}
                </ul>
              </div>
            ) : null}
          </>
        )}
        {comparison.notes.map((note) => (
          <p key={caveatKey(note)} className="muted small">
            <CaveatText caveat={note} words={words.caveats} formats={formats} />
          </p>
        ))}
      </div>
    </section>
  );
}
