"use client";

import { useId, useMemo, useState } from "react";
import { TrendChart } from "@/components/charts/trend-chart";
import { StoryPanel } from "@/components/story/story-panel";
import { ChartEnhancer } from "@/components/trade/chart-enhancer";
import { eventsToChart } from "@/lib/chart/from-data";
import type { ChartSeries, ScaleKind } from "@/lib/chart/trend-model";
import type { HistoryEvent, TradeSeries } from "@/lib/definitions";
import type { PointDetail } from "@/lib/trade/point-details";
import { labelsOf } from "@/lib/format";
import { importedToChart } from "@/lib/imported/chart";
import { isMoneySeries } from "@/lib/imported/storage";
import { CombinedCompare } from "./combined-compare";
import { CombinedDownload } from "./combined-download";
import { fill, plural } from "./fill";
import type { ImportLabels } from "./import-labels";
import styles from "./import.module.css";
import { ImportedList } from "./imported-list";
import { useImportedSeries } from "./use-imported-series";

type Props = {
  /** Our series as the chart draws them, with their fixed colours. */
  chartSeries: readonly ChartSeries[];
  /** The same series with every figure's provenance, for the comparison and the download. */
  tradeSeries: readonly TradeSeries[];
  /** Events that bear on trade, of every year: the chart shows those in its range. */
  events: readonly HistoryEvent[];
  /** The years our figures span. */
  builtInRange: { from: number; to: number };
  /** Tooltip text for each of our points; imported points keep their own <title> tooltips. */
  details: Readonly<Record<string, PointDetail>>;
  labels: ImportLabels;
};

const SCALES: readonly ScaleKind[] = ["linear", "log"];

/** Drawn near the width the chart column has beside the story on a laptop, as on the trade explorer. */
const CHART_SIZE = { width: 760, height: 400 };

function eventInView(event: HistoryEvent, from: number, to: number): boolean {
  // The same test the chart uses to place markers, so the story's numbers match them.
  return (event.endX ?? event.x) >= from - 0.5 && event.x <= to + 0.5;
}

/**
 * Our series, the imported ones and the events on one chart, with the list of
 * imported series, the combined download and a comparison of two years. It
 * renders our series on the server; the imported ones join in the browser.
 */
export function CombinedView({ chartSeries, tradeSeries, events, builtInRange, details, labels }: Props) {
  const { locale, combined: words, errors } = labels;
  const siteLabels = labelsOf(locale);
  const fromId = useId();
  const toId = useId();
  const scaleId = useId();
  const { series: stored, problem } = useImportedSeries();
  const imported = useMemo(() => importedToChart(stored, labels.point), [stored, labels.point]);
  const [scale, setScale] = useState<ScaleKind>("linear");
  const [chosenRange, setChosenRange] = useState<{ from: number; to: number } | null>(null);

  const importedYears = imported.flatMap((series) => series.points.map((point) => point.x));
  const bounds = {
    from: Math.min(builtInRange.from, ...importedYears),
    to: Math.max(builtInRange.to, ...importedYears),
  };
  // A range picked before a series was removed may now reach past the data; it is kept within it.
  const from = Math.max(bounds.from, Math.min(chosenRange?.from ?? bounds.from, bounds.to));
  const to = Math.min(bounds.to, Math.max(chosenRange?.to ?? bounds.to, from));
  const years = Array.from({ length: bounds.to - bounds.from + 1 }, (_, index) => bounds.from + index);
  const eventsInView = events.filter((event) => eventInView(event, from, to));
  const notDrawn = stored.filter((entry) => !isMoneySeries(entry));
  const span = { from: String(from), to: String(to) };
  const title =
    imported.length > 0
      ? fill(words.chartTitleImported, { ...span, count: imported.length }, locale)
      : fill(words.chartTitle, span, locale);

  return (
    <section className={styles.step} aria-labelledby="import-combined-heading" id="combined">
      <h2 id="import-combined-heading">
        <span className={styles.stepNumber}>3</span> {words.heading}
      </h2>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {/* The English wording names how many series were set aside; other languages say it more generally. */}
          {locale === "en" ? problem : errors.storedProblem}
        </p>
      ) : null}
      <p className={styles.chartNotice} data-testid="import-chart-notice" aria-live="polite">
        {imported.length === 0 ? words.none : plural(words.drawn, imported.length, locale)}
      </p>
      <div className={styles.chartControls} role="group" aria-label={words.settings}>
        <YearSelect
          id={fromId}
          label={words.from}
          years={years}
          value={from}
          onChange={(year) => setChosenRange({ from: year, to: Math.max(to, year) })}
        />
        <YearSelect
          id={toId}
          label={words.to}
          years={years}
          value={to}
          onChange={(year) => setChosenRange({ from: Math.min(from, year), to: year })}
        />
        <div className={styles.field}>
          <label htmlFor={scaleId}>{words.scale}</label>
          <select
            id={scaleId}
            value={scale}
            aria-describedby={`${scaleId}-hint`}
            onChange={(event) => setScale(event.currentTarget.value === "log" ? "log" : "linear")}
          >
            {SCALES.map((kind) => (
              <option key={kind} value={kind}>
                {siteLabels.scale[kind]}
              </option>
            ))}
          </select>
        </div>
        <p id={`${scaleId}-hint`} className={styles.controlHint}>
          {siteLabels.scaleDescription[scale]}
          {scale === "linear" && imported.length > 0 ? words.logHint : ""}
        </p>
      </div>
      <ChartEnhancer details={details} locale={locale}>
        <div className="with-aside">
          <div data-testid="import-combined-chart">
            <TrendChart
              series={[...chartSeries, ...imported]}
              events={eventsToChart(eventsInView, locale)}
              from={from}
              to={to}
              scale={scale}
              title={title}
              idPrefix="import-trend"
              focusablePoints
              wideSize={CHART_SIZE}
              locale={locale}
            />
          </div>
          <StoryPanel
            events={eventsInView}
            heading={fill(words.events, span, locale)}
            id="import-story"
            locale={locale}
          />
        </div>
      </ChartEnhancer>
      {notDrawn.length > 0 ? (
        <p className="notice">
          {plural(words.notDrawn, notDrawn.length, locale)}{" "}
          <span lang={locale === "en" ? undefined : "en"}>
            {notDrawn.map((entry) => `${entry.name} (${entry.unit})`).join("; ")}
          </span>
          .
        </p>
      ) : null}
      <ImportedList stored={stored} labels={labels} />
      <CombinedDownload tradeSeries={tradeSeries} stored={stored} range={{ from, to }} labels={labels} />
      <CombinedCompare tradeSeries={tradeSeries} stored={stored} labels={labels} />
    </section>
  );
}

type YearSelectProps = {
  id: string;
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
};

/** One end of the chart's year range; the caller keeps the range in order. */
function YearSelect({ id, label, years, value, onChange }: YearSelectProps) {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
