import { tradeSeriesToChart } from "../chart/from-data";
import type { ChartSeries } from "../chart/trend-model";
import type { Claim, Perspective, TradeObservation, TradeSeries } from "../definitions";
import { PERSPECTIVE_LABELS } from "../format";
import type { Deflator } from "../official/constant-dollars";
import { FIRST_RUSSIA_YEAR } from "../official/flows";
import { officialToChart } from "./official-series";
import type { Layer } from "./params";

/*
 * What the main trade chart draws for a view: the official lines, then the
 * published figures as loose points grouped by whose statistics they are (one
 * legend entry per perspective, not per publisher), never joined to the lines
 * or to each other. The article's own figures link to their claim check.
 */

export const ARTICLE_SOURCE_ID = "source-article";
/** Published figures after the official series ends continue the picture in the default view. */
export const OFFICIAL_LAST_YEAR = 2020;

export const USSR_BREAK = { x: FIRST_RUSSIA_YEAR - 0.5, label: "USSR | Russian Federation" };

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
): { kept: TradeObservation[]; dropped: TradeObservation[] } {
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
        `In constant ${deflate.baseYear} US dollars, deflated by us with the US CPI-U for ${observation.year}.`,
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
): ChartSeries[] {
  const groups: ChartSeries[] = [];
  const article = observations.filter(isArticleFigure);
  const others = observations.filter((observation) => !isArticleFigure(observation));
  for (const perspective of PERSPECTIVE_ORDER) {
    const members = others.filter((observation) => observation.perspective === perspective);
    if (members.length === 0) continue;
    groups.push(
      group(`press-${perspective}`, `Published figures, ${PERSPECTIVE_LABELS[perspective]}`, perspective, members),
    );
  }
  if (article.length > 0) {
    const series = group("press-article", "The source article's figures (linked to their check)", "unknown", article);
    groups.push({
      ...series,
      colorIndex: 1,
      points: series.points.map((point) => ({ ...point, href: claimHref.get(point.id) })),
    });
  }
  return groups;
}

function group(id: string, label: string, perspective: Perspective, observations: TradeObservation[]): ChartSeries {
  const asSeries: TradeSeries = { id, label, reporter: label, perspective, basis: "calendar", observations };
  const [chart] = tradeSeriesToChart([asSeries]);
  return { ...(chart as ChartSeries), basis: undefined, joined: false, markers: "status", colorIndex: 2 };
}

export function officialChartSeries(series: readonly TradeSeries[], dollars: string): ChartSeries[] {
  return series.map((entry) => officialToChart(entry, { dollars }));
}
