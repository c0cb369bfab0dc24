"use client";

import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { formatCount } from "@/lib/import/limits";
import type { ImportResult } from "@/lib/import/types";
import { getImportsSnapshot, writeImports } from "@/lib/imported/browser-store";
import { formatYearSpan, yearCoverage } from "@/lib/imported/chart";
import { addStoredSeries, isMoneySeries, MAX_STORED_SERIES, toStoredSeries } from "@/lib/imported/storage";
import { chosenSeries, delimiterName, groupByUnit, initialSelection } from "@/lib/imported/selection";
import { formatIssue } from "@/lib/imported/upload";
import styles from "./import.module.css";
import { SeriesPicker } from "./series-picker";

/*
 * recharts is loaded only here, and only in the browser, once a file has been
 * read: the rest of the site draws its charts as server-rendered SVG.
 */
const PreviewChart = dynamic(() => import("./preview-chart").then((module) => module.PreviewChart), {
  ssr: false,
  loading: () => <p className={styles.chartLoading}>Drawing the preview…</p>,
});

/** Lines that can still be told apart in a small chart. */
const MAX_PREVIEW_LINES = 8;

type AddMessage = { tone: "ok" | "error"; text: string };

/** What the importer read from the file, the choice of series, a preview, and "Add to chart". */
export function ImportPreview({ result }: { result: ImportResult }) {
  const [chosen, setChosen] = useState<string[]>(() => initialSelection(result));
  const [message, setMessage] = useState<AddMessage | null>(null);
  const picked = useMemo(() => chosenSeries(result.series, chosen), [result.series, chosen]);
  const groups = useMemo(() => groupByUnit(picked), [picked]);
  const money = picked.filter(isMoneySeries);
  const other = picked.filter((entry) => !isMoneySeries(entry));
  const allPoints = result.series.flatMap((entry) => entry.points);
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const entry of result.series)
      if (!seen.has(`${entry.unit}|${entry.conversion}`)) seen.set(`${entry.unit}|${entry.conversion}`, entry.unit);
    return [...seen.keys()].map((key) => {
      const [unit = "", conversion = ""] = key.split("|");
      return { unit, conversion };
    });
  }, [result.series]);
  const { reading } = result;

  const add = () => {
    const now = new Date();
    const outcome = addStoredSeries(
      getImportsSnapshot().series,
      money.map((entry) => toStoredSeries(result, entry, now)),
    );
    const written = writeImports(outcome.series);
    if (!written.ok) {
      setMessage({ tone: "error", text: written.message });
      return;
    }
    const parts = [
      outcome.added > 0 ? `${outcome.added} added` : undefined,
      outcome.replaced > 0 ? `${outcome.replaced} replaced (already kept from this file)` : undefined,
      outcome.refused > 0
        ? `${outcome.refused} not added: at most ${MAX_STORED_SERIES} imported series can be kept; remove some first`
        : undefined,
    ].filter((part) => part !== undefined);
    const drawn = outcome.added + outcome.replaced > 0 ? " They are drawn on the chart below." : "";
    setMessage({ tone: outcome.refused > 0 ? "error" : "ok", text: `Series ${parts.join("; ")}.${drawn}` });
  };

  return (
    <section className={styles.step} aria-labelledby="import-preview-heading" data-testid="import-preview">
      <h2 id="import-preview-heading">
        <span className={styles.stepNumber}>2</span> Check what was read
      </h2>
      <dl className={styles.facts}>
        <div>
          <dt>File</dt>
          <dd>{result.fileName}</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd data-testid="import-format">{result.format.label}</dd>
        </div>
        {reading.sheets ? (
          <div className={styles.factsWide}>
            <dt>Read as</dt>
            <dd data-testid="import-sheets">
              {reading.encoding}, {reading.sheets.length} {reading.sheets.length === 1 ? "sheet" : "sheets"}:
              <ul className={styles.unitList}>
                {reading.sheets.map((sheet) => (
                  <li key={sheet.name}>
                    <strong>{sheet.name}</strong>
                    {sheet.format
                      ? `: ${sheet.format.label}, header in row ${sheet.headerRow ?? "?"}, ${formatCount(sheet.dataRows)} data rows, ${formatCount(sheet.seriesCount)} series`
                      : `: not read, ${sheet.skipped ?? "no table"}`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : (
          <>
            <div>
              <dt>Read as</dt>
              <dd>
                {reading.encoding}, {delimiterName(reading.delimiter)}-separated, decimal{" "}
                {reading.decimalSeparator === "," ? "comma" : "point"}
              </dd>
            </div>
            <div>
              <dt>Rows</dt>
              <dd>
                header on line {reading.headerLine}, {formatCount(reading.dataRows)} data rows
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>Series</dt>
          <dd data-testid="import-series-count">{result.series.length.toLocaleString("en-GB")}</dd>
        </div>
        <div>
          <dt>Years</dt>
          <dd>{formatYearSpan(yearCoverage(allPoints))}</dd>
        </div>
        <div className={styles.factsWide}>
          <dt>{units.length === 1 ? "Unit" : "Units"}</dt>
          <dd>
            <ul className={styles.unitList}>
              {units.slice(0, 6).map((entry) => (
                <li key={`${entry.unit}|${entry.conversion}`}>
                  <strong>{entry.unit}</strong>
                  {entry.conversion ? `: ${entry.conversion}` : ""}
                </li>
              ))}
              {units.length > 6 ? <li>and {units.length - 6} more</li> : null}
            </ul>
          </dd>
        </div>
      </dl>

      {result.warnings.length > 0 ? (
        <details className={`notice ${styles.warnings}`} open={result.warnings.length <= 3}>
          <summary>
            {result.warnings.length} {result.warnings.length === 1 ? "warning" : "warnings"}: read, but check
          </summary>
          <ul className={styles.issueList}>
            {result.warnings.map((warning, index) => (
              <li key={index}>{formatIssue(warning)}</li>
            ))}
          </ul>
        </details>
      ) : null}

      <h3>Choose the series to plot</h3>
      {result.series.some((entry) => entry.preselected) ? (
        <p className={styles.hint}>Pakistan–Russia series are chosen for you; change the choice as you like.</p>
      ) : (
        <p className={styles.hint}>
          Nothing in this file is about Pakistan–Russia trade, so nothing is chosen yet. Pick the series to look at.
        </p>
      )}
      <SeriesPicker series={result.series} choices={result.choices} chosen={chosen} onChange={setChosen} />

      <h3>Preview</h3>
      {picked.length === 0 ? (
        <p className="muted">Choose one or more series to see them here.</p>
      ) : (
        groups.map((group) => (
          <figure key={group.unit} className={styles.previewFigure}>
            <figcaption className={styles.previewCaption}>
              {group.unit}
              {group.series.length > MAX_PREVIEW_LINES
                ? ` · the first ${MAX_PREVIEW_LINES} of ${group.series.length} chosen series`
                : ""}
            </figcaption>
            <PreviewChart unit={group.unit} series={group.series.slice(0, MAX_PREVIEW_LINES)} />
          </figure>
        ))
      )}
      {other.length > 0 ? (
        <p className="notice" data-testid="import-preview-only">
          {other.length === 1 ? `“${other[0]?.name}” is` : `${other.length} of the chosen series are`} in{" "}
          {[...new Set(other.map((entry) => entry.unit))].join(", ")}, not US$. Such figures cannot share the trade
          chart’s US$ axis, so they are shown only in this preview and are not added to the chart.
        </p>
      ) : null}

      <div className={styles.addBar}>
        <button type="button" className="button" onClick={add} disabled={money.length === 0}>
          {money.length === 0 ? "Add to chart" : `Add ${money.length} series to the chart`}
        </button>
        <p className={styles.hint}>Kept in this browser only, until you remove them.</p>
      </div>
      <p
        role="status"
        className={message?.tone === "error" ? `${styles.addMessage} ${styles.addMessageError}` : styles.addMessage}
        data-testid="import-add-message"
      >
        {message === null ? null : (
          <>
            {message.text} {message.tone === "ok" ? <a href="#import-combined-heading">See the chart</a> : null}
          </>
        )}
      </p>
    </section>
  );
}
