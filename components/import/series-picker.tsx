"use client";

import { useId, useMemo, useState } from "react";
import type { ImportChoice, ImportedSeries } from "@/lib/import/types";
import { yearCoverage } from "@/lib/imported/chart";
import { isMoneySeries } from "@/lib/imported/storage";
import { filterSeries, type DimensionFilters } from "@/lib/imported/selection";
import { coverageText } from "./coverage-text";
import { fill, plural } from "./fill";
import type { ImportLabels } from "./import-labels";
import styles from "./import.module.css";

type Props = {
  series: readonly ImportedSeries[];
  choices: readonly ImportChoice[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  labels: ImportLabels;
};

/** Files can hold thousands of series; the list shows this many at a time. */
const PAGE = 60;

/** Narrowing by reporter, partner, flow, product or indicator, a search, and a checkbox per series. */
export function SeriesPicker({ series, choices, chosen, onChange, labels }: Props) {
  const { locale, picker: words } = labels;
  // Series names, units and dimension values come from the file, in its language (almost always English).
  const english = locale === "en" ? undefined : "en";
  const searchId = useId();
  const [filters, setFilters] = useState<DimensionFilters>({});
  const [query, setQuery] = useState("");
  const [shown, setShown] = useState(PAGE);
  // Pakistan–Russia series first, so a file of hundreds of countries shows them without scrolling or paging.
  const ordered = useMemo(
    () => [...series.filter((entry) => entry.preselected), ...series.filter((entry) => !entry.preselected)],
    [series],
  );
  const matching = useMemo(() => filterSeries(ordered, filters, query), [ordered, filters, query]);
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  const visible = matching.slice(0, shown);
  const usefulChoices = choices.filter((choice) => choice.values.length > 1);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosenSet);
    if (on) next.add(id);
    else next.delete(id);
    // Kept in the file's order, which is the order of the preview and the legend.
    onChange(series.filter((entry) => next.has(entry.id)).map((entry) => entry.id));
  };

  const setMatching = (on: boolean) => {
    const next = new Set(chosenSet);
    for (const entry of matching) {
      if (on) next.add(entry.id);
      else next.delete(entry.id);
    }
    onChange(series.filter((entry) => next.has(entry.id)).map((entry) => entry.id));
  };

  return (
    <div className={styles.picker}>
      {usefulChoices.length > 0 || series.length > 8 ? (
        <div className={styles.pickerFilters} role="group" aria-label={words.narrow}>
          {usefulChoices.map((choice) => (
            <DimensionSelect
              key={choice.dimension}
              choice={choice}
              labels={labels}
              value={filters[choice.dimension] ?? ""}
              onChange={(value) => {
                setFilters((current) => ({ ...current, [choice.dimension]: value }));
                setShown(PAGE);
              }}
            />
          ))}
          <div className={styles.field}>
            <label htmlFor={searchId}>{words.search}</label>
            <input
              id={searchId}
              type="search"
              value={query}
              placeholder={words.searchPlaceholder}
              onChange={(event) => {
                setQuery(event.currentTarget.value);
                setShown(PAGE);
              }}
            />
          </div>
        </div>
      ) : null}
      <div className={styles.pickerBar}>
        <p className={styles.pickerCount} aria-live="polite">
          {matching.length === series.length
            ? plural(words.count, series.length, locale)
            : fill(words.matching, { count: matching.length, total: series.length }, locale)}
          {" · "}
          <strong>{fill(words.chosen, { count: chosen.length }, locale)}</strong>
        </p>
        <div className={styles.pickerActions}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMatching(true)}
            disabled={matching.length === 0 || matching.length > 200}
            title={matching.length > 200 ? words.narrowFirst : undefined}
          >
            {fill(
              matching.length === series.length ? words.chooseAll : words.chooseMatching,
              { count: matching.length },
              locale,
            )}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMatching(false)}
            disabled={matching.every((entry) => !chosenSet.has(entry.id))}
          >
            {matching.length === series.length ? words.clearAll : words.clearMatching}
          </button>
        </div>
      </div>
      {matching.length === 0 ? (
        <p className="muted">{words.none}</p>
      ) : (
        <ul className={styles.seriesList} aria-label={words.list}>
          {visible.map((entry) => (
            <li key={entry.id}>
              <label className={styles.seriesOption}>
                <input
                  type="checkbox"
                  checked={chosenSet.has(entry.id)}
                  onChange={(event) => toggle(entry.id, event.currentTarget.checked)}
                />
                <span className={styles.seriesText}>
                  <span className={styles.seriesName} lang={english}>
                    {entry.name}
                  </span>
                  <span className={styles.seriesMeta}>
                    <span lang={english}>{entry.unit}</span> · {coverageText(yearCoverage(entry.points), labels)}
                    {entry.frequency === "annual"
                      ? ""
                      : fill(words.inFile, { frequency: words.frequencies[entry.frequency] }, locale)}
                  </span>
                </span>
                <span className={styles.tags}>
                  {entry.preselected ? <span className={styles.tag}>{words.pakRus}</span> : null}
                  {isMoneySeries(entry) ? null : (
                    <span className={`${styles.tag} ${styles.tagMuted}`}>{words.previewOnly}</span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {matching.length > visible.length ? (
        <button type="button" className="button button--secondary" onClick={() => setShown((count) => count + PAGE)}>
          {fill(
            words.showMore,
            { count: Math.min(PAGE, matching.length - visible.length), rest: matching.length - visible.length },
            locale,
          )}
        </button>
      ) : null}
    </div>
  );
}

function DimensionSelect({
  choice,
  labels,
  value,
  onChange,
}: {
  choice: ImportChoice;
  labels: ImportLabels;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const { locale, picker: words } = labels;
  // The importer names the dimension in English ("Reporter"); other languages use their own word for it.
  const label = locale === "en" ? choice.label : words.dimensions[choice.dimension];
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{fill(words.all, { count: choice.values.length }, locale)}</option>
        {choice.values.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {`${entry.label}${entry.id !== entry.label ? ` (${entry.id})` : ""}${fill(words.optionSeries, { count: entry.seriesCount }, locale)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
