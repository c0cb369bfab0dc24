"use client";

import { useRef, useState } from "react";
import { colorVarFor } from "@/lib/chart/trend-model";
import { writeImports } from "@/lib/imported/browser-store";
import { CHART_YEARS, countOutsideChart, formatCoverage, importedLabels, yearCoverage } from "@/lib/imported/chart";
import { isMoneySeries, removeStoredSeries, type StoredSeries } from "@/lib/imported/storage";
import styles from "./import.module.css";

const addedDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** The imported series kept in this browser, each with a Remove button, and "Remove all". */
export function ImportedList({ stored }: { stored: readonly StoredSeries[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState("");
  const labels = importedLabels(stored);

  const write = (next: StoredSeries[], done: string) => {
    const outcome = writeImports(next);
    setStatus(outcome.ok ? done : outcome.message);
    // The button that had focus is gone; the list's heading takes it, so keyboard users stay in place.
    heading.current?.focus();
  };

  let moneyIndex = 0;
  return (
    <div className={styles.importedList}>
      <h3 ref={heading} tabIndex={-1} id="import-kept-heading">
        Imported series kept in this browser
      </h3>
      {stored.length === 0 ? (
        <p className="muted">None yet. Series you add from a file are listed here, and can be removed one by one.</p>
      ) : (
        <>
          <ul className={styles.keptList} aria-labelledby="import-kept-heading">
            {stored.map((entry) => {
              const money = isMoneySeries(entry);
              const colorVar = money ? colorVarFor("imported", moneyIndex++) : undefined;
              const label = labels.get(entry.key) ?? entry.name;
              const outside = countOutsideChart(entry.points);
              return (
                <li key={entry.key} className={styles.kept} data-testid="import-kept">
                  <span
                    className={styles.keptSwatch}
                    style={colorVar === undefined ? undefined : { color: `var(${colorVar})` }}
                    aria-hidden="true"
                  >
                    ★
                  </span>
                  <div className={styles.keptText}>
                    <p className={styles.keptName}>{label}</p>
                    <p className={styles.keptMeta}>
                      {entry.fileName} · {entry.format.label} · {formatCoverage(yearCoverage(entry.points))}
                    </p>
                    {outside > 0 ? (
                      <p className={styles.keptMeta} data-testid="import-kept-outside">
                        {outside} {outside === 1 ? "value" : "values"} outside {CHART_YEARS.from}–{CHART_YEARS.to} kept
                        but not drawn
                      </p>
                    ) : null}
                    <p className={styles.keptMeta}>
                      {entry.unit}
                      {entry.conversion ? `: ${entry.conversion}` : ""} · added{" "}
                      <time dateTime={entry.addedAt}>{addedDate.format(new Date(entry.addedAt))}</time>
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={`Remove ${label}`}
                    onClick={() => write(removeStoredSeries(stored, entry.key), `Removed ${label}.`)}
                  >
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
          <div className={styles.removeAll}>
            {confirming ? (
              <>
                <span>Remove all {stored.length} imported series from this browser?</span>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setConfirming(false);
                    write([], "All imported series were removed.");
                  }}
                >
                  Yes, remove all
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                  Keep them
                </button>
              </>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
                Remove all
              </button>
            )}
          </div>
        </>
      )}
      <p role="status" className={styles.statusLine}>
        {status}
      </p>
    </div>
  );
}
