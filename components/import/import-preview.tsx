"use client";

import { lazy, Suspense, useMemo, useState } from "react";
import type { ImportResult } from "@/lib/import/types";
import { getImportsSnapshot, writeImports } from "@/lib/imported/browser-store";
import { yearCoverage } from "@/lib/imported/chart";
import { addStoredSeries, isMoneySeries, MAX_STORED_SERIES, toStoredSeries } from "@/lib/imported/storage";
import { chosenSeries, delimiterName, groupByUnit, initialSelection } from "@/lib/imported/selection";
import { yearSpanText } from "./coverage-text";
import { fill, plural } from "./fill";
import type { ImportLabels } from "./import-labels";
import styles from "./import.module.css";
import { IssueText } from "./issue-text";
import { SeriesPicker } from "./series-picker";

/*
 * recharts is loaded only here, and only in the browser, once a file has been
 * read: the rest of the site draws its charts as server-rendered SVG. This
 * preview exists only after an upload, never in the server HTML, so a lazy
 * component is enough, and its Suspense fallback can say "drawing" in the
 * page's language.
 */
const PreviewChart = lazy(() => import("./preview-chart").then((module) => ({ default: module.PreviewChart })));

/** Lines that can still be told apart in a small chart. */
const MAX_PREVIEW_LINES = 8;

type AddMessage = { tone: "ok" | "error"; text: string };

type Props = { result: ImportResult; labels: ImportLabels };

/** What the importer read from the file, the choice of series, a preview, and "Add to chart". */
export function ImportPreview({ result, labels }: Props) {
  const { locale, preview: words, errors } = labels;
  // Text that comes from the file or the importer (names, units, conversions) stays as it is, marked as English.
  const english = locale === "en" ? undefined : "en";
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
  const n = (value: number) => fill("{value}", { value }, locale);
  const formatName = (format: { id: string; label: string }) =>
    locale === "en" ? format.label : (labels.formats[format.id] ?? format.label);

  const add = () => {
    const now = new Date();
    const outcome = addStoredSeries(
      getImportsSnapshot().series,
      money.map((entry) => toStoredSeries(result, entry, now)),
    );
    const written = writeImports(outcome.series);
    if (!written.ok) {
      setMessage({ tone: "error", text: written.reason === "full" ? errors.storageFull : errors.storageBlocked });
      return;
    }
    const parts = [
      outcome.added > 0 ? fill(words.added, { count: outcome.added }, locale) : undefined,
      outcome.replaced > 0 ? fill(words.replaced, { count: outcome.replaced }, locale) : undefined,
      outcome.refused > 0 ? fill(words.refused, { count: outcome.refused, max: MAX_STORED_SERIES }, locale) : undefined,
    ].filter((part) => part !== undefined);
    const drawn = outcome.added + outcome.replaced > 0 ? ` ${words.drawn}` : "";
    setMessage({
      tone: outcome.refused > 0 ? "error" : "ok",
      text: `${fill(words.addedMessage, { parts: parts.join("; ") }, locale)}${drawn}`,
    });
  };

  return (
    <section className={styles.step} aria-labelledby="import-preview-heading" data-testid="import-preview">
      <h2 id="import-preview-heading">
        <span className={styles.stepNumber}>2</span> {words.heading}
      </h2>
      <dl className={styles.facts}>
        <div>
          <dt>{words.file}</dt>
          <dd lang={english}>{result.fileName}</dd>
        </div>
        <div>
          <dt>{words.format}</dt>
          <dd data-testid="import-format">{formatName(result.format)}</dd>
        </div>
        {reading.sheets ? (
          <div className={styles.factsWide}>
            <dt>{words.readAs}</dt>
            <dd data-testid="import-sheets">
              {plural(words.sheets, reading.sheets.length, locale, { encoding: reading.encoding })}
              <ul className={styles.unitList}>
                {reading.sheets.map((sheet) => (
                  <li key={sheet.name}>
                    <strong lang={english}>{sheet.name}</strong>
                    {sheet.format ? (
                      fill(
                        words.sheetRead,
                        {
                          format: formatName(sheet.format),
                          row: sheet.headerRow ?? "?",
                          rows: sheet.dataRows,
                          series: sheet.seriesCount,
                        },
                        locale,
                      )
                    ) : locale === "en" ? (
                      `: not read, ${sheet.skipped ?? "no table"}`
                    ) : (
                      <>
                        {words.sheetSkipped}
                        {sheet.skipped ? (
                          <>
                            {" "}
                            (<span lang="en">{sheet.skipped}</span>)
                          </>
                        ) : null}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : (
          <>
            <div>
              <dt>{words.readAs}</dt>
              <dd>
                {fill(
                  words.separated,
                  {
                    encoding: reading.encoding,
                    delimiter: words.delimiters[reading.delimiter] ?? delimiterName(reading.delimiter),
                    decimal: reading.decimalSeparator === "," ? words.decimalComma : words.decimalPoint,
                  },
                  locale,
                )}
              </dd>
            </div>
            <div>
              <dt>{words.rows}</dt>
              <dd>{fill(words.rowsValue, { line: reading.headerLine, rows: reading.dataRows }, locale)}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{words.series}</dt>
          <dd data-testid="import-series-count">{n(result.series.length)}</dd>
        </div>
        <div>
          <dt>{words.years}</dt>
          <dd>{yearSpanText(yearCoverage(allPoints), labels)}</dd>
        </div>
        <div className={styles.factsWide}>
          <dt>{units.length === 1 ? words.unit : words.unitsLabel}</dt>
          <dd>
            <ul className={styles.unitList}>
              {units.slice(0, 6).map((entry) => (
                <li key={`${entry.unit}|${entry.conversion}`} lang={english}>
                  <strong>{entry.unit}</strong>
                  {entry.conversion ? `: ${entry.conversion}` : ""}
                </li>
              ))}
              {units.length > 6 ? <li>{fill(words.moreUnits, { count: units.length - 6 }, locale)}</li> : null}
            </ul>
          </dd>
        </div>
      </dl>

      {result.warnings.length > 0 ? (
        <details className={`notice ${styles.warnings}`} open={result.warnings.length <= 3}>
          <summary>{plural(words.warnings, result.warnings.length, locale)}</summary>
          <ul className={styles.issueList}>
            {result.warnings.map((warning, index) => (
              <li key={index}>
                <IssueText issue={warning} labels={labels} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <h3>{words.chooseHeading}</h3>
      {result.series.some((entry) => entry.preselected) ? (
        <p className={styles.hint}>{words.preselected}</p>
      ) : (
        <p className={styles.hint}>{words.nothingPreselected}</p>
      )}
      <SeriesPicker
        series={result.series}
        choices={result.choices}
        chosen={chosen}
        onChange={setChosen}
        labels={labels}
      />

      <h3>{words.previewHeading}</h3>
      {picked.length === 0 ? (
        <p className="muted">{words.chooseSome}</p>
      ) : (
        groups.map((group) => (
          <figure key={group.unit} className={styles.previewFigure}>
            <figcaption className={styles.previewCaption}>
              <span lang={english}>{group.unit}</span>
              {group.series.length > MAX_PREVIEW_LINES
                ? fill(words.firstOf, { shown: MAX_PREVIEW_LINES, count: group.series.length }, locale)
                : ""}
            </figcaption>
            <Suspense fallback={<p className={styles.chartLoading}>{words.drawing}</p>}>
              <PreviewChart
                unit={group.unit}
                series={group.series.slice(0, MAX_PREVIEW_LINES)}
                locale={locale}
                words={words}
              />
            </Suspense>
          </figure>
        ))
      )}
      {other.length > 0 ? (
        <p className="notice" data-testid="import-preview-only">
          {fill(
            other.length === 1 ? words.previewOnlyOne : words.previewOnlyMany,
            {
              name: other[0]?.name ?? "",
              count: other.length,
              units: [...new Set(other.map((entry) => entry.unit))].join(", "),
            },
            locale,
          )}
        </p>
      ) : null}

      <div className={styles.addBar}>
        <button type="button" className="button" onClick={add} disabled={money.length === 0}>
          {money.length === 0 ? words.addNone : fill(words.add, { count: money.length }, locale)}
        </button>
        <p className={styles.hint}>{words.keptHint}</p>
      </div>
      <p
        role="status"
        className={message?.tone === "error" ? `${styles.addMessage} ${styles.addMessageError}` : styles.addMessage}
        data-testid="import-add-message"
      >
        {message === null ? null : (
          <>
            {message.text} {message.tone === "ok" ? <a href="#import-combined-heading">{words.seeChart}</a> : null}
          </>
        )}
      </p>
    </section>
  );
}
