"use client";

import { CompareCards, type YearCard } from "@/components/compare/compare-cards";
import { useId, useMemo, useState } from "react";
import type { TradeSeries } from "@/lib/definitions";
import { formatUsdMillions, TRADE_STATUS_LABELS } from "@/lib/format";
import { compareCombined, compareYearOptions, importedToTradeSeries } from "@/lib/imported/compare";
import type { StoredSeries } from "@/lib/imported/storage";
import { chosenChoice, compareChoices, type Figure } from "@/lib/trade/compare";
import styles from "./import.module.css";

type Props = { tradeSeries: readonly TradeSeries[]; stored: readonly StoredSeries[] };

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

function Provenance({ figure, imported }: { figure: Figure; imported: boolean }) {
  const { observation, series } = figure;
  const period = observation.period === String(observation.year) ? "" : `${observation.period} · `;
  return (
    <>
      {period}
      {series.label} ·{" "}
      {imported ? (
        <span className={`badge ${styles.badgeImported}`}>Imported</span>
      ) : (
        <span className={`badge badge--${observation.status}`}>{TRADE_STATUS_LABELS[observation.status]}</span>
      )}
    </>
  );
}

/**
 * Two years of the combined view side by side, by the trade explorer's rules
 * (lib/trade/compare.ts): both figures, the change, the percentage change and
 * the yearly growth rate, with caveats; imported figures are marked as such.
 */
export function CombinedCompare({ tradeSeries, stored }: Props) {
  const fromId = useId();
  const toId = useId();
  const pairId = useId();
  const imported = useMemo(() => importedToTradeSeries(stored), [stored]);
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
  const comparison = compareCombined(tradeSeries, stored, years, picked);
  const choices = compareChoices(comparison);
  const chosen = chosenChoice(comparison);
  const { from, to, result } = comparison;

  const setYear = (index: 0 | 1, year: number) => {
    const next: [number, number] = index === 0 ? [year, years[1]] : [years[0], year];
    setChosenYears(next[0] <= next[1] ? next : [next[1], next[0]]);
    setPair("");
  };

  return (
    <section className={styles.compare} aria-labelledby="import-compare-heading" data-testid="import-compare">
      <h3 id="import-compare-heading">Compare two years</h3>
      <div className={`panel ${styles.compareForm}`} role="group" aria-label="Years to compare">
        {([0, 1] as const).map((index) => (
          <div key={index} className={styles.field}>
            <label htmlFor={index === 0 ? fromId : toId}>{index === 0 ? "Earlier year" : "Later year"}</label>
            <select
              id={index === 0 ? fromId : toId}
              value={years[index]}
              onChange={(event) => setYear(index, Number(event.currentTarget.value))}
            >
              {options.map((option) => (
                <option key={option.year} value={option.year}>
                  {option.year}
                  {option.hasFigure ? "" : " (no figure)"}
                </option>
              ))}
            </select>
          </div>
        ))}
        {choices.length > 0 ? (
          <div className={`${styles.field} ${styles.fieldWide}`}>
            <label htmlFor={pairId}>Figures to use</label>
            <select
              id={pairId}
              value={pair === "" ? (chosen ?? "") : pair}
              onChange={(event) => setPair(event.currentTarget.value)}
            >
              {chosen === undefined ? <option value="">Choose two figures…</option> : null}
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.sameSeries ? "" : "Different series: "}
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
            <strong>Nothing is computed.</strong>{" "}
            {from.figures.length > 0 && to.figures.length > 0
              ? `No single series has figures for both ${from.year} and ${to.year}. To compare figures of two different series anyway, pick a pair above and read the warnings.`
              : `A comparison needs a figure for both years, and ${[from, to]
                  .filter((side) => side.figures.length === 0)
                  .map((side) => side.year)
                  .join(
                    " and ",
                  )} ${[from, to].filter((side) => side.figures.length === 0).length === 1 ? "has" : "have"} none in our series or the imported ones. No value is estimated.`}
          </p>
        ) : (
          <>
            <CompareCards
              years={
                [from.chosen, to.chosen].map((figure, index) => ({
                  year: index === 0 ? from.year : to.year,
                  value: formatUsdMillions(figure.observation.totalUsdM, { atLeast: figure.observation.atLeast }),
                  provenance: <Provenance figure={figure} imported={comparison.importedIds.has(figure.series.id)} />,
                })) as [YearCard, YearCard]
              }
              result={result}
              start={from.chosen.observation.totalUsdM}
              end={to.chosen.observation.totalUsdM}
              testIdPrefix="import-compare"
            />
            {comparison.caveats.length > 0 || comparison.gapYears.length > 0 ? (
              <div className="notice" data-testid="import-compare-caveats">
                <p className={styles.caveatHeading}>Before you use these numbers</p>
                <ul className={styles.caveatList}>
                  {comparison.caveats.map((caveat) => (
                    <li key={caveat}>{caveat}</li>
                  ))}
                  {comparison.gapYears.length > 0 ? (
                    <li>
                      This series has no figure for {comparison.gapYears.join(", ")}; the growth rate smooths over{" "}
                      {comparison.gapYears.length === 1 ? "that year" : "those years"}.
                    </li>
                  ) : null}
                </ul>
              </div>
            ) : null}
          </>
        )}
        {comparison.notes.map((note) => (
          <p key={note} className="muted small">
            {note}
          </p>
        ))}
      </div>
    </section>
  );
}
