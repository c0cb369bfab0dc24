"use client";

import { useId, useMemo, useState } from "react";
import type { ImportChoice, ImportedSeries } from "@/lib/import/types";
import { formatCoverage, yearCoverage } from "@/lib/imported/chart";
import { isMoneySeries } from "@/lib/imported/storage";
import { filterSeries, type DimensionFilters } from "@/lib/imported/selection";
import styles from "./import.module.css";

type Props = {
  series: readonly ImportedSeries[];
  choices: readonly ImportChoice[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
};

/** Files can hold thousands of series; the list shows this many at a time. */
const PAGE = 60;

/** Narrowing by reporter, partner, flow, product or indicator, a search, and a checkbox per series. */
export function SeriesPicker({ series, choices, chosen, onChange }: Props) {
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
        <div className={styles.pickerFilters} role="group" aria-label="Narrow the list of series">
          {usefulChoices.map((choice) => (
            <DimensionSelect
              key={choice.dimension}
              choice={choice}
              value={filters[choice.dimension] ?? ""}
              onChange={(value) => {
                setFilters((current) => ({ ...current, [choice.dimension]: value }));
                setShown(PAGE);
              }}
            />
          ))}
          <div className={styles.field}>
            <label htmlFor={searchId}>Search series</label>
            <input
              id={searchId}
              type="search"
              value={query}
              placeholder="e.g. Pakistan export"
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
            ? `${series.length} series`
            : `${matching.length} of ${series.length} series match`}
          {" · "}
          <strong>{chosen.length} chosen</strong>
        </p>
        <div className={styles.pickerActions}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMatching(true)}
            disabled={matching.length === 0 || matching.length > 200}
            title={matching.length > 200 ? "Narrow the list to 200 series or fewer first" : undefined}
          >
            Choose all {matching.length === series.length ? "" : "matching "}({matching.length})
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMatching(false)}
            disabled={matching.every((entry) => !chosenSet.has(entry.id))}
          >
            Clear {matching.length === series.length ? "all" : "matching"}
          </button>
        </div>
      </div>
      {matching.length === 0 ? (
        <p className="muted">No series matches. Change the filters or the search.</p>
      ) : (
        <ul className={styles.seriesList} aria-label="Series in the file">
          {visible.map((entry) => (
            <li key={entry.id}>
              <label className={styles.seriesOption}>
                <input
                  type="checkbox"
                  checked={chosenSet.has(entry.id)}
                  onChange={(event) => toggle(entry.id, event.currentTarget.checked)}
                />
                <span className={styles.seriesText}>
                  <span className={styles.seriesName}>{entry.name}</span>
                  <span className={styles.seriesMeta}>
                    {entry.unit} · {formatCoverage(yearCoverage(entry.points))}
                    {entry.frequency === "annual" ? "" : ` · ${entry.frequency} in the file`}
                  </span>
                </span>
                <span className={styles.tags}>
                  {entry.preselected ? <span className={styles.tag}>Pakistan–Russia</span> : null}
                  {isMoneySeries(entry) ? null : (
                    <span className={`${styles.tag} ${styles.tagMuted}`}>preview only</span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {matching.length > visible.length ? (
        <button type="button" className="button button--secondary" onClick={() => setShown((count) => count + PAGE)}>
          Show {Math.min(PAGE, matching.length - visible.length)} more of {matching.length - visible.length}
        </button>
      ) : null}
    </div>
  );
}

function DimensionSelect({
  choice,
  value,
  onChange,
}: {
  choice: ImportChoice;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{choice.label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">All ({choice.values.length})</option>
        {choice.values.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {`${entry.label}${entry.id !== entry.label ? ` (${entry.id})` : ""} · ${entry.seriesCount} series`}
          </option>
        ))}
      </select>
    </div>
  );
}
