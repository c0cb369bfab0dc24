import { formatAmountInText, formatGapPercent, formatShare, ordinal } from "./display";
import { USSR } from "./flows";
import type { Direction } from "./mirror";
import {
  formatYearList,
  spanOf,
  summariseBalance,
  summariseMirror,
  type BalanceRow,
  type Dollars,
  type MirrorRow,
  type ShareRow,
} from "./sections";

/*
 * The sentences under the official charts, written from the rows shown, so
 * they change with the year range and the dollars and never say more than the
 * figures do.
 */

const span = (years: readonly number[]) => {
  const range = spanOf(years);
  if (range === undefined) return "";
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
};

/** "$470.1m" or "$519.5m at 2024 prices". */
export function amountText(value: number, dollars: Dollars): string {
  const text = formatAmountInText(value);
  return dollars.kind === "real" ? `${text} at ${dollars.baseYear} prices` : text;
}

export const DIRECTION_TITLES: Record<Direction, string> = {
  "pk-to-ru": "Pakistan’s exports to Russia",
  "ru-to-pk": "Pakistan’s imports from Russia",
};

export function describeMirror(direction: Direction, rows: readonly MirrorRow[], dollars: Dollars): string {
  const summary = summariseMirror(rows);
  const title = DIRECTION_TITLES[direction];
  if (summary.years === 0) return `${title}: no year in this range has both countries’ figures.`;
  const [importer, exporter] =
    direction === "pk-to-ru"
      ? ["Russia’s figure (CIF)", "Pakistan’s (FOB)"]
      : ["Pakistan’s figure (CIF)", "Russia’s (FOB)"];
  const years = rows.filter((row) => row.gap !== undefined).map((row) => row.year);
  const sentences = [
    `${title}, ${span(years)}: ${importer} was higher than ${exporter} in ${summary.importerHigher.length} of ${summary.years} years` +
      (summary.medianGapPct === undefined
        ? "."
        : `; the median gap was ${formatGapPercent(summary.medianGapPct)} of the exporter’s figure.`),
  ];
  if (summary.exporterHigher.length > 0) {
    sentences.push(
      `It was lower in ${formatYearList(summary.exporterHigher)}, which the cost of freight and insurance cannot explain.`,
    );
  }
  if (summary.largest !== undefined) {
    const pct = summary.largest.gapPct === undefined ? "" : ` (${formatGapPercent(summary.largest.gapPct)})`;
    const sign = summary.largest.gap < 0 ? "−" : "";
    sentences.push(
      `The widest gap was in ${summary.largest.year}: ${sign}${amountText(summary.largest.gap, dollars)}${pct}.`,
    );
  }
  return sentences.join(" ");
}

function describeOneCount(rows: readonly BalanceRow[], count: "pakistan" | "russia", dollars: Dollars): string {
  const summary = summariseBalance(rows, count);
  const who = count === "pakistan" ? "By Pakistan’s count" : "By Russia’s count";
  const n = summary.years.length;
  if (n === 0) return `${who}, there is no year with both exports and imports in this range.`;
  const deficits = summary.deficitYears.length;
  const surpluses = summary.surplusYears.length;
  let text = `${who}, Pakistan was in deficit in ${deficits} of ${n} ${n === 1 ? "year" : "years"} (${span(summary.years)})`;
  if (surpluses > 0 && surpluses <= 4) text += ` and in surplus only in ${formatYearList(summary.surplusYears)}`;
  else if (deficits > 0 && deficits <= 4 && surpluses > 0) text += `, in ${formatYearList(summary.deficitYears)}`;
  const extremes = [
    summary.largestDeficit === undefined
      ? undefined
      : `the largest deficit was ${amountText(summary.largestDeficit.value, dollars)} in ${summary.largestDeficit.year}`,
    summary.largestSurplus === undefined
      ? undefined
      : `the largest surplus ${amountText(summary.largestSurplus.value, dollars)} in ${summary.largestSurplus.year}`,
  ].filter((part): part is string => part !== undefined);
  return `${text}${extremes.length > 0 ? `; ${extremes.join(", and ")}` : ""}.`;
}

export function describeBalance(rows: readonly BalanceRow[], dollars: Dollars): string {
  return [describeOneCount(rows, "pakistan", dollars), describeOneCount(rows, "russia", dollars)].join(" ");
}

export function describeShare(rows: readonly ShareRow[]): string {
  const withShare = rows.filter((row) => row.shareOfPakistan !== undefined);
  const latest = withShare[withShare.length - 1];
  if (latest === undefined || latest.shareOfPakistan === undefined) {
    return "No year in this range has Pakistan’s figures for its trade with Russia and with the world.";
  }
  const name = (partner: string) => (partner === USSR ? "the USSR" : "Russia");
  const sentences: string[] = [];
  const rank =
    latest.rank !== undefined && latest.partnerCount !== undefined
      ? ` and ranked ${ordinal(latest.rank)} of ${latest.partnerCount} partner economies`
      : "";
  sentences.push(
    `In ${latest.year}, by Pakistan’s figures, ${name(latest.partner)} accounted for ${formatShare(latest.shareOfPakistan)} of Pakistan’s trade with the world${rank}.`,
  );
  if (withShare.length > 1) {
    const top = withShare.reduce((best, row) =>
      (row.shareOfPakistan ?? 0) > (best.shareOfPakistan ?? 0) ? row : best,
    );
    const ranked = rows.filter((row) => row.rank !== undefined);
    const bestRank = Math.min(...ranked.map((row) => row.rank ?? Infinity));
    const bestYears = ranked.filter((row) => row.rank === bestRank).map((row) => row.year);
    const bestPartner = ranked.find((row) => row.rank === bestRank)?.partner;
    sentences.push(
      `The largest share in ${span(withShare.map((row) => row.year))} was ${formatShare(top.shareOfPakistan ?? 0)}, in ${top.year} (${name(top.partner)})` +
        (bestPartner === undefined
          ? "."
          : `; the best rank ${ordinal(bestRank)}, in ${formatYearList(bestYears)} (${name(bestPartner)}).`),
    );
  }
  const russian = rows.filter((row) => row.shareOfRussia !== undefined);
  const lastRussian = russian[russian.length - 1];
  if (lastRussian?.shareOfRussia !== undefined) {
    sentences.push(
      `By Russia’s figures, Pakistan accounted for ${formatShare(lastRussian.shareOfRussia)} of Russia’s trade in ${lastRussian.year}.`,
    );
  }
  return sentences.join(" ");
}

/** The sentence under the total-trade chart: which count is higher, and the latest year by each. */
export function describeTotals(rows: readonly MirrorRow[], dollars: Dollars): string {
  const compared = rows.filter((row) => row.gap !== undefined);
  if (compared.length === 0) return "Total trade: no year in this range has both countries’ totals.";
  const russiaHigher = compared.filter((row) => (row.gap ?? 0) > 0).length;
  const last = compared[compared.length - 1];
  const latest =
    last?.pakistan === undefined || last.russia === undefined
      ? ""
      : ` In ${last.year} Pakistan counted ${amountText(last.pakistan, dollars)} and Russia ${amountText(last.russia, dollars)}.`;
  return (
    `Total trade, ${span(compared.map((row) => row.year))}: Russia’s count was the higher in ${russiaHigher} of ${compared.length} years.` +
    latest
  );
}
