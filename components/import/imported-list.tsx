"use client";

import { useRef, useState } from "react";
import { colorVarFor } from "@/lib/chart/trend-model";
import { writeImports } from "@/lib/imported/browser-store";
import { CHART_YEARS, countOutsideChart, importedLabels, yearCoverage } from "@/lib/imported/chart";
import { isMoneySeries, removeStoredSeries, type StoredSeries } from "@/lib/imported/storage";
import { DATE_LOCALE } from "@/lib/i18n/locales";
import { coverageText } from "./coverage-text";
import { fill, plural } from "./fill";
import type { ImportLabels } from "./import-labels";
import styles from "./import.module.css";

const dateOptions: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };

/** The imported series kept in this browser, each with a Remove button, and "Remove all". */
export function ImportedList({ stored, labels: words }: { stored: readonly StoredSeries[]; labels: ImportLabels }) {
  const { locale, kept, errors } = words;
  const english = locale === "en" ? undefined : "en";
  const addedDate = new Intl.DateTimeFormat(DATE_LOCALE[locale], dateOptions);
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState("");
  const labels = importedLabels(stored);

  const write = (next: StoredSeries[], done: string) => {
    const outcome = writeImports(next);
    setStatus(outcome.ok ? done : outcome.reason === "full" ? errors.storageFull : errors.storageBlocked);
    // The button that had focus is gone; the list's heading takes it, so keyboard users stay in place.
    heading.current?.focus();
  };

  let moneyIndex = 0;
  return (
    <div className={styles.importedList}>
      <h3 ref={heading} tabIndex={-1} id="import-kept-heading">
        {kept.heading}
      </h3>
      {stored.length === 0 ? (
        <p className="muted">{kept.none}</p>
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
                    <p className={styles.keptName} lang={english}>
                      {label}
                    </p>
                    <p className={styles.keptMeta}>
                      <span lang={english}>{entry.fileName}</span> ·{" "}
                      {locale === "en" ? entry.format.label : (words.formats[entry.format.id] ?? entry.format.label)} ·{" "}
                      {coverageText(yearCoverage(entry.points), words)}
                    </p>
                    {outside > 0 ? (
                      <p className={styles.keptMeta} data-testid="import-kept-outside">
                        {plural(kept.outside, outside, locale, {
                          from: String(CHART_YEARS.from),
                          to: String(CHART_YEARS.to),
                        })}
                      </p>
                    ) : null}
                    <p className={styles.keptMeta}>
                      <span lang={english}>
                        {entry.unit}
                        {entry.conversion ? `: ${entry.conversion}` : ""}
                      </span>{" "}
                      · {kept.added} <time dateTime={entry.addedAt}>{addedDate.format(new Date(entry.addedAt))}</time>
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={fill(kept.removeLabel, { name: label }, locale)}
                    onClick={() =>
                      write(removeStoredSeries(stored, entry.key), fill(kept.removed, { name: label }, locale))
                    }
                  >
                    {kept.remove}
                  </button>
                </li>
              );
            })}
          </ul>
          <div className={styles.removeAll}>
            {confirming ? (
              <>
                <span>{fill(kept.confirm, { count: stored.length }, locale)}</span>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setConfirming(false);
                    write([], kept.allRemoved);
                  }}
                >
                  {kept.yes}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                  {kept.keep}
                </button>
              </>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
                {kept.removeAll}
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
