import { CompareCards } from "@/components/compare/compare-cards";
import { formatUsdMillions, TRADE_STATUS_LABELS } from "@/lib/format";
import { chosenChoice, compareChoices, type CompareSide, type Comparison, type Figure } from "@/lib/trade/compare";
import type { TradeExplorer } from "@/lib/trade/explorer";
import { MEASURE_TITLES } from "@/lib/trade/official-series";
import { HiddenParams } from "./hidden-params";
import styles from "./trade.module.css";
import { UrlForm } from "./url-form";

function FigureValue({ figure }: { figure: Figure }) {
  const { observation } = figure;
  return <>{formatUsdMillions(observation.totalUsdM, { atLeast: observation.atLeast })}</>;
}

/** Where a figure comes from; its period is named when it is not simply the year (FY2012-13, 2018 Jan–Oct). */
function FigureProvenance({ figure }: { figure: Figure }) {
  const { observation, series } = figure;
  const period = observation.period === String(observation.year) ? "" : `${observation.period} · `;
  return (
    <>
      {period}
      {series.label} ·{" "}
      <span className={`badge badge--${observation.status}`}>{TRADE_STATUS_LABELS[observation.status]}</span>
    </>
  );
}

/** `scope` says which series could stand for a year: all of them, or the official ones of a flow other than total trade. */
function FigureList({ side, scope }: { side: CompareSide; scope: string }) {
  if (side.figures.length === 0) {
    const { before, after } = side.nearest ?? {};
    const nearest = [before, after].filter((year) => year !== undefined);
    return (
      <p className={styles.missing}>
        <strong>{side.year}: no figure.</strong> No series {scope} has a figure for {side.year}, and none is estimated.
        {nearest.length > 0 ? ` Nearest years with a figure: ${nearest.join(" and ")}.` : ""}
      </p>
    );
  }
  return (
    <ul className={styles.figureList}>
      {side.figures.map((figure) => (
        <li key={figure.series.id}>
          <strong>
            <FigureValue figure={figure} />
          </strong>{" "}
          <span className="muted">
            <FigureProvenance figure={figure} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function howChosen(comparison: Comparison): string {
  const { from, to, commonSeries, choice } = comparison;
  if (choice === "picked") return "You picked figures from two different series; read the warnings below.";
  const series = from.chosen?.series;
  if (series === undefined) return "";
  if (commonSeries.length <= 1) return `Both figures come from ${series.label}, the only series with both years.`;
  if (commonSeries[0]?.id === series.id && series.official !== undefined) {
    return `${commonSeries.length} series have both ${from.year} and ${to.year}; the official one comes first: one statistics office's count for both years, valued the same way. You can pick another above, including the published figures.`;
  }
  if (commonSeries[0]?.id === series.id) {
    return `${commonSeries.length} series have both ${from.year} and ${to.year}; this one is used because its two figures are the most reliable (then the longest series). You can pick another above.`;
  }
  return `Both figures come from ${series.label}, which you picked.`;
}

function CompareResultView({ comparison, scope }: { comparison: Comparison; scope: string }) {
  const { from, to, result, caveats, notes, gapYears } = comparison;
  if (result === undefined || from.chosen === undefined || to.chosen === undefined) {
    const bothHave = from.figures.length > 0 && to.figures.length > 0;
    return (
      <div className={styles.compareResult}>
        {bothHave ? (
          <p>
            <strong>
              No single series has figures for both {from.year} and {to.year},
            </strong>{" "}
            so nothing is computed. Figures from different series may be counted differently; to compare them anyway,
            pick a pair above and read the warnings.
          </p>
        ) : (
          <p>
            <strong>Nothing is computed:</strong> a comparison needs a figure for both years.
          </p>
        )}
        <div className={styles.compareSides}>
          {[from, to].map((side) => (
            <div key={side.year}>
              <h3 className={styles.sideHeading}>What {side.year} has</h3>
              <FigureList side={side} scope={scope} />
            </div>
          ))}
        </div>
        {notes.map((note) => (
          <p key={note} className="muted small">
            {note}
          </p>
        ))}
      </div>
    );
  }

  const first = from.chosen;
  const last = to.chosen;
  return (
    <div className={styles.compareResult}>
      <p className="muted">{howChosen(comparison)}</p>
      <CompareCards
        years={[
          { year: from.year, value: <FigureValue figure={first} />, provenance: <FigureProvenance figure={first} /> },
          { year: to.year, value: <FigureValue figure={last} />, provenance: <FigureProvenance figure={last} /> },
        ]}
        result={result}
        start={first.observation.totalUsdM}
        end={last.observation.totalUsdM}
        testIdPrefix="compare"
      />
      {caveats.length > 0 || gapYears.length > 0 ? (
        <div className="notice" data-testid="compare-caveats">
          <h3 className={styles.caveatHeading}>Before you use these numbers</h3>
          <ul className={styles.caveatList}>
            {caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
            {gapYears.length > 0 ? (
              <li>
                This series has no figure for {gapYears.join(", ")}; what happened in{" "}
                {gapYears.length === 1 ? "that year" : "those years"} is unknown, and the growth rate smooths over it.
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {notes.map((note) => (
        <p key={note} className="muted small">
          {note}
        </p>
      ))}
    </div>
  );
}

/** Two years side by side: both figures, the change, the percentage change and the yearly growth rate, with caveats. */
export function ComparePanel({ explorer }: { explorer: TradeExplorer }) {
  const { view, comparison, years, query } = explorer;
  const [fromYear, toYear] = view.compare ?? [view.from, view.to];
  const choices = comparison === undefined ? [] : compareChoices(comparison);
  const chosen = comparison === undefined ? undefined : chosenChoice(comparison);
  return (
    <section className={styles.section} aria-labelledby="compare-heading" id="compare">
      <h2 id="compare-heading">Compare two years</h2>
      <UrlForm
        action="/trade"
        stateKey={explorer.formKey}
        className={`panel ${styles.compareForm}`}
        aria-label="Years to compare"
      >
        <HiddenParams query={query} exclude={["compare", "compareSeries"]} />
        {[fromYear, toYear].map((year, index) => (
          <label key={index} className={styles.field}>
            <span>{index === 0 ? "Earlier year" : "Later year"}</span>
            <select name="compare" defaultValue={String(year)} data-resets="compareSeries">
              {years.map((entry) => (
                <option key={entry.year} value={entry.year}>
                  {entry.year}
                  {entry.hasFigure ? "" : " (no figure)"}
                </option>
              ))}
            </select>
          </label>
        ))}
        {choices.length > 0 ? (
          <label className={`${styles.field} ${styles.fieldWide}`}>
            <span>Figures to use</span>
            <select name="compareSeries" defaultValue={chosen ?? ""}>
              {chosen === undefined ? <option value="">Choose two figures…</option> : null}
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.sameSeries ? "" : "Different series: "}
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="button">
          Compare
        </button>
      </UrlForm>
      <details className={styles.explainer}>
        <summary>Which figure stands for a year?</summary>
        <p>
          A year is represented by a series’ figure for that year; a fiscal year counts in the year it ends (FY2012-13
          is 2013). Both years come from one series by default, so reporter, statistics and basis are the same on both
          sides. The IMF series of the flow shown comes first (Pakistan’s count, then Russia’s); otherwise, when several
          series have both years, the one whose two figures are the most reliable is used (reported, then derived,
          approximate and unverified), then the longest series. You can pick another series, or one figure from each of
          two series, and are then told what differs. A year without a figure stays empty: no value is estimated.
        </p>
      </details>
      {comparison === undefined ? (
        <p className="muted">
          Choose two years to see both figures, the change between them, the percentage change and the compound annual
          growth rate.
        </p>
      ) : (
        <CompareResultView
          comparison={comparison}
          scope={view.flow === "total" ? "in our data" : `of ${MEASURE_TITLES[view.flow]}`}
        />
      )}
    </section>
  );
}
