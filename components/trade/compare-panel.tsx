import type { ReactNode } from "react";
import { CompareCards } from "@/components/compare/compare-cards";
import { compareCardLabels } from "@/components/compare/compare-card-labels";
import { CaveatText } from "@/components/compare/caveat-text";
import { compareCaveatWords, type CompareCaveatWords } from "@/components/compare/caveat-words";
import { formatUsdMillions, labelsOf } from "@/lib/format";
import { formatList, getT, localizePath, type Locale } from "@/lib/i18n";
import { tradePeriodLabel } from "@/lib/sources";
import { caveatKey } from "@/lib/trade/caveats";
import { chosenChoice, compareChoices, type CompareSide, type Comparison, type Figure } from "@/lib/trade/compare";
import type { TradeExplorer } from "@/lib/trade/explorer";
import type { Measure } from "@/lib/official/flows";
import { HiddenParams } from "./hidden-params";
import styles from "./trade.module.css";
import { UrlForm } from "./url-form";

type WithLocale = { locale: Locale };

function FigureValue({ figure, locale }: { figure: Figure } & WithLocale) {
  const { observation } = figure;
  return <>{formatUsdMillions(observation.totalUsdM, { atLeast: observation.atLeast }, locale)}</>;
}

/** Where a figure comes from; its period is named when it is not simply the year (FY2012-13, 2018 Jan–Oct). */
function FigureProvenance({ figure, locale }: { figure: Figure } & WithLocale) {
  const { observation, series } = figure;
  const period = observation.period === String(observation.year) ? "" : `${tradePeriodLabel(observation, locale)} · `;
  return (
    <>
      {period}
      {series.label} ·{" "}
      <span className={`badge badge--${observation.status}`}>{labelsOf(locale).tradeStatus[observation.status]}</span>
    </>
  );
}

/** `flow` says which series could stand for a year: all of them, or the official ones of a flow other than total trade. */
function FigureList({ side, flow, locale }: { side: CompareSide; flow: Measure } & WithLocale) {
  const t = getT(locale);
  if (side.figures.length === 0) {
    const { before, after } = side.nearest ?? {};
    const nearest = [before, after].filter((year) => year !== undefined).map(String);
    const year = String(side.year);
    return (
      <p className={styles.missing}>
        <strong>{t("compare.panel.noFigureTitle", { year })}</strong>{" "}
        {t("compare.panel.noFigure", {
          year,
          flow: flow === "total" ? "total" : "other",
          measure: t(`trade.measures.${flow}`),
        })}
        {nearest.length > 0 ? ` ${t("compare.panel.nearest", { years: formatList(locale, nearest) })}` : ""}
      </p>
    );
  }
  return (
    <ul className={styles.figureList}>
      {side.figures.map((figure) => (
        <li key={figure.series.id}>
          <strong>
            <FigureValue figure={figure} locale={locale} />
          </strong>{" "}
          <span className="muted">
            <FigureProvenance figure={figure} locale={locale} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function howChosen(comparison: Comparison, locale: Locale): string {
  const t = getT(locale);
  const { from, to, commonSeries, choice } = comparison;
  if (choice === "picked") return t("compare.panel.picked");
  const series = from.chosen?.series;
  if (series === undefined) return "";
  if (commonSeries.length <= 1) return t("compare.panel.onlySeries", { series: series.label });
  const values = { count: commonSeries.length, from: String(from.year), to: String(to.year) };
  if (commonSeries[0]?.id === series.id && series.official !== undefined)
    return t("compare.panel.officialFirst", values);
  if (commonSeries[0]?.id === series.id) return t("compare.panel.mostReliable", values);
  return t("compare.panel.youPicked", { series: series.label });
}

/** Why the comparison is not quite what the address asked for. */
function CompareNotes({ notes, words }: { notes: Comparison["notes"]; words: CompareCaveatWords }) {
  return notes.map((note) => (
    <p key={caveatKey(note)} className="muted small">
      <CaveatText caveat={note} words={words} />
    </p>
  ));
}

function CompareResultView({ comparison, flow, locale }: { comparison: Comparison; flow: Measure } & WithLocale) {
  const t = getT(locale);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const { from, to, result, caveats, notes, gapYears } = comparison;
  if (result === undefined || from.chosen === undefined || to.chosen === undefined) {
    const bothHave = from.figures.length > 0 && to.figures.length > 0;
    return (
      <div className={styles.compareResult}>
        {bothHave ? (
          <p>{t.rich("compare.panel.noCommon", { from: String(from.year), to: String(to.year), strong })}</p>
        ) : (
          <p>{t.rich("compare.panel.nothing", { strong })}</p>
        )}
        <div className={styles.compareSides}>
          {[from, to].map((side) => (
            <div key={side.year}>
              <h3 className={styles.sideHeading}>{t("compare.panel.sideHeading", { year: String(side.year) })}</h3>
              <FigureList side={side} flow={flow} locale={locale} />
            </div>
          ))}
        </div>
        <CompareNotes notes={notes} words={compareCaveatWords(locale)} />
      </div>
    );
  }

  const first = from.chosen;
  const last = to.chosen;
  const caveatWords = compareCaveatWords(locale);
  return (
    <div className={styles.compareResult}>
      <p className="muted">{howChosen(comparison, locale)}</p>
      <CompareCards
        years={[
          {
            year: from.year,
            value: <FigureValue figure={first} locale={locale} />,
            provenance: <FigureProvenance figure={first} locale={locale} />,
          },
          {
            year: to.year,
            value: <FigureValue figure={last} locale={locale} />,
            provenance: <FigureProvenance figure={last} locale={locale} />,
          },
        ]}
        labels={compareCardLabels(locale)}
        result={result}
        start={first.observation.totalUsdM}
        end={last.observation.totalUsdM}
        testIdPrefix="compare"
      />
      {caveats.length > 0 || gapYears.length > 0 ? (
        <div className="notice" data-testid="compare-caveats">
          <h3 className={styles.caveatHeading}>{t("compare.panel.caveatsHeading")}</h3>
          <ul className={styles.caveatList}>
            {caveats.map((caveat) => (
              <li key={caveatKey(caveat)}>
                <CaveatText caveat={caveat} words={caveatWords} />
              </li>
            ))}
            {gapYears.length > 0 ? (
              <li>{t("compare.panel.gap", { years: gapYears.join(", "), count: gapYears.length })}</li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <CompareNotes notes={notes} words={caveatWords} />
    </div>
  );
}

/** Two years side by side: both figures, the change, the percentage change and the yearly growth rate, with caveats. */
export function ComparePanel({ explorer, locale = "en" }: { explorer: TradeExplorer; locale?: Locale }) {
  const t = getT(locale);
  const { view, comparison, years, query } = explorer;
  const [fromYear, toYear] = view.compare ?? [view.from, view.to];
  const choices = comparison === undefined ? [] : compareChoices(comparison, locale);
  const chosen = comparison === undefined ? undefined : chosenChoice(comparison);
  return (
    <section className={styles.section} aria-labelledby="compare-heading" id="compare">
      <h2 id="compare-heading">{t("compare.panel.heading")}</h2>
      <UrlForm
        action={localizePath(locale, "/trade")}
        stateKey={explorer.formKey}
        className={`panel ${styles.compareForm}`}
        aria-label={t("compare.panel.label")}
        pendingText={t("trade.controls.updating")}
      >
        <HiddenParams query={query} exclude={["compare", "compareSeries"]} />
        {[fromYear, toYear].map((year, index) => (
          <label key={index} className={styles.field}>
            <span>{index === 0 ? t("compare.panel.earlier") : t("compare.panel.later")}</span>
            <select name="compare" defaultValue={String(year)} data-resets="compareSeries">
              {years.map((entry) => (
                <option key={entry.year} value={entry.year}>
                  {entry.year}
                  {entry.hasFigure ? "" : ` ${t("compare.panel.noFigureOption")}`}
                </option>
              ))}
            </select>
          </label>
        ))}
        {choices.length > 0 ? (
          <label className={`${styles.field} ${styles.fieldWide}`}>
            <span>{t("compare.panel.figures")}</span>
            <select name="compareSeries" defaultValue={chosen ?? ""}>
              {chosen === undefined ? <option value="">{t("compare.panel.chooseTwo")}</option> : null}
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.sameSeries ? choice.label : t("compare.panel.different", { choice: choice.label })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="button">
          {t("compare.panel.submit")}
        </button>
      </UrlForm>
      <details className={styles.explainer}>
        <summary>{t("compare.panel.explainerSummary")}</summary>
        <p>{t("compare.panel.explainer")}</p>
      </details>
      {comparison === undefined ? (
        <p className="muted">{t("compare.panel.prompt")}</p>
      ) : (
        <CompareResultView comparison={comparison} flow={view.flow} locale={locale} />
      )}
    </section>
  );
}
