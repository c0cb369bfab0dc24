import { tradeSeriesToChart } from "../chart/from-data";
import type { ChartSeries } from "../chart/trend-model";
import type { Claim, Perspective, TradeObservation, TradeSeries } from "../definitions";
import { labelsOf } from "../format";
import { getT, type Locale } from "../i18n";
import type { Deflator } from "../official/constant-dollars";
import { FIRST_RUSSIA_YEAR } from "../official/flows";
import { tradePeriodLabel } from "../sources";
import type { Dollars } from "./explorer";
import { measureTitle, officialToChart } from "./official-series";
import type { Layer, TradeView } from "./params";

/*
 * What the main trade chart draws for a view: the official lines, then the
 * published figures as loose points grouped by whose statistics they are (one
 * legend entry per perspective, not per publisher), never joined to the lines
 * or to each other. The article's own figures link to their claim check.
 */

export const ARTICLE_SOURCE_ID = "source-article";
/** Published figures after the official series ends continue the picture in the default view. */
export const OFFICIAL_LAST_YEAR = 2020;

/** The rule where Pakistan's partner changes from the USSR to the Russian Federation, labelled in a language. */
export function ussrBreak(locale: Locale = "en"): { x: number; label: string } {
  return { x: FIRST_RUSSIA_YEAR - 0.5, label: getT(locale)("chart.ussrBreak") };
}

export const USSR_BREAK = ussrBreak();

const PERSPECTIVE_ORDER: Perspective[] = ["pakistani", "russian", "unknown"];

export function isArticleFigure(observation: TradeObservation): boolean {
  return observation.sources.some((source) => source.id === ARTICLE_SOURCE_ID);
}

/** Which published figures a layer shows: all of them, or the article's and those after the official series. */
export function pressFiguresForLayer(observations: readonly TradeObservation[], layer: Layer): TradeObservation[] {
  if (layer === "press") return [...observations];
  return observations.filter((observation) => isArticleFigure(observation) || observation.year > OFFICIAL_LAST_YEAR);
}

/** Claim-check address of each trade figure the article's claims concern. */
export function claimLinks(claims: readonly Claim[]): Map<string, string> {
  const links = new Map<string, string>();
  for (const claim of claims) {
    for (const ref of claim.relatedIds) {
      if (ref.startsWith("trade:")) links.set(ref.slice("trade:".length), `/claims#${claim.id}`);
    }
  }
  return links;
}

/** A copy of published figures in constant dollars; figures from a year without a price index are dropped. */
export function deflateObservations(
  observations: readonly TradeObservation[],
  deflate: Deflator,
  locale: Locale = "en",
): { kept: TradeObservation[]; dropped: TradeObservation[] } {
  const t = getT(locale);
  const kept: TradeObservation[] = [];
  const dropped: TradeObservation[] = [];
  for (const observation of observations) {
    const factor = deflate.factor(observation.year);
    if (factor === undefined) {
      dropped.push(observation);
      continue;
    }
    const scale = (value: number | undefined) => (value === undefined ? undefined : value * factor);
    kept.push({
      ...observation,
      totalUsdM: observation.totalUsdM * factor,
      pkExportsUsdM: scale(observation.pkExportsUsdM),
      pkImportsUsdM: scale(observation.pkImportsUsdM),
      note: [
        observation.note,
        t("chart.press.constant", { base: String(deflate.baseYear), year: String(observation.year) }),
      ]
        .filter(Boolean)
        .join(" "),
    });
  }
  return { kept, dropped };
}

export function pressChartSeries(
  observations: readonly TradeObservation[],
  claimHref: ReadonlyMap<string, string>,
  locale: Locale = "en",
): ChartSeries[] {
  const t = getT(locale);
  const groups: ChartSeries[] = [];
  const article = observations.filter(isArticleFigure);
  const others = observations.filter((observation) => !isArticleFigure(observation));
  for (const perspective of PERSPECTIVE_ORDER) {
    const members = others.filter((observation) => observation.perspective === perspective);
    if (members.length === 0) continue;
    const label = t("chart.press.group", { perspective: labelsOf(locale).perspective[perspective] });
    groups.push(group(`press-${perspective}`, label, perspective, members, locale));
  }
  if (article.length > 0) {
    const series = group("press-article", t("chart.press.article"), "unknown", article, locale);
    groups.push({
      ...series,
      colorIndex: 1,
      points: series.points.map((point) => ({ ...point, href: claimHref.get(point.id) })),
    });
  }
  return groups;
}

function group(
  id: string,
  label: string,
  perspective: Perspective,
  observations: TradeObservation[],
  locale: Locale,
): ChartSeries {
  const asSeries: TradeSeries = { id, label, reporter: label, perspective, basis: "calendar", observations };
  const [chart] = tradeSeriesToChart([asSeries], {
    locale,
    periodLabel: (observation) => tradePeriodLabel(observation, locale),
  });
  return { ...(chart as ChartSeries), basis: undefined, joined: false, markers: "status", colorIndex: 2 };
}

export function officialChartSeries(
  series: readonly TradeSeries[],
  dollars: string,
  locale: Locale = "en",
): ChartSeries[] {
  return series.map((entry) => officialToChart(entry, { dollars, locale }));
}

type ChartViewInput = {
  view: Pick<TradeView, "flow" | "reporter" | "from" | "to" | "mode">;
  /** The official series drawn, made in `locale` (see `officialSeries`). */
  official: readonly TradeSeries[];
  pressPoints: readonly TradeObservation[];
  claims: readonly Claim[];
  dollars: Pick<Dollars, "kind" | "baseYear" | "suffix">;
};

/** The value axis' title: "US$ millions", "constant 2024 US$ millions" or the index's base. */
export function chartAxisLabel(
  view: Pick<TradeView, "mode">,
  dollars: Pick<Dollars, "kind" | "baseYear">,
  locale: Locale = "en",
): string {
  const t = getT(locale);
  if (view.mode === "index") return t("chart.drawn.axis.index");
  return dollars.kind === "constant" && dollars.baseYear !== undefined
    ? t("chart.title.constant", { year: String(dollars.baseYear) })
    : t("chart.drawn.axis.millions");
}

/** "Total trade, as each country counts it, 1992–2024, US$ millions". */
export function chartTitle(
  view: ChartViewInput["view"],
  dollars: Pick<Dollars, "kind" | "baseYear">,
  locale: Locale = "en",
): string {
  const t = getT(locale);
  return t("chart.title.text", {
    measure: measureTitle(view.flow, locale),
    whose: t("chart.title.whose", { reporter: view.reporter }),
    from: String(view.from),
    to: String(view.to),
    unit: view.mode === "index" ? t("chart.title.index") : chartAxisLabel(view, dollars, locale),
  });
}

/** Everything the main trade chart draws for a view, in a language: the official lines first, then the published figures. */
export function tradeChartView(
  input: ChartViewInput,
  locale: Locale = "en",
): { series: ChartSeries[]; breaks: { x: number; label: string }[]; yLabel: string; title: string } {
  const { view, dollars } = input;
  const breakRule = ussrBreak(locale);
  return {
    series: [
      ...officialChartSeries(input.official, dollars.suffix, locale),
      ...pressChartSeries(input.pressPoints, claimLinks(input.claims), locale),
    ],
    breaks: view.from < breakRule.x && view.to > breakRule.x ? [breakRule] : [],
    yLabel: chartAxisLabel(view, dollars, locale),
    title: chartTitle(view, dollars, locale),
  };
}
