import { getT, type Locale } from "../i18n";
import { formatAmountInText, formatGapPercent, formatShare, rankText } from "./display";
import { USSR } from "./flows";
import type { Direction } from "./mirror";
import {
  formatYearList,
  spanLabel,
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
 * figures do. Each sentence is one message of the "official" catalogue; years
 * go in as text, so that they are never grouped like amounts ("2,020").
 */

const span = (years: readonly number[]) => {
  const range = spanOf(years);
  return range === undefined ? "" : spanLabel(range);
};

/** "$470.1m" or "$519.5m at 2024 prices". */
export function amountText(value: number, dollars: Dollars, locale: Locale = "en"): string {
  const text = formatAmountInText(value, locale);
  return dollars.kind === "real"
    ? getT(locale)("official.dollars.amountReal", { amount: text, year: String(dollars.baseYear) })
    : text;
}

/** "Pakistan’s exports to Russia", "Pakistan’s imports from Russia". */
export function directionTitle(direction: Direction | "total", locale: Locale = "en"): string {
  return getT(locale)(`official.mirror.direction.${direction}`);
}

const partnerKey = (partner: string) => (partner === USSR ? "ussr" : "russia");

export function describeMirror(
  direction: Direction,
  rows: readonly MirrorRow[],
  dollars: Dollars,
  locale: Locale = "en",
): string {
  const t = getT(locale);
  const summary = summariseMirror(rows);
  const title = directionTitle(direction, locale);
  if (summary.years === 0) return t("official.mirror.summary.none", { title });
  const [importer, exporter] =
    direction === "pk-to-ru"
      ? [t("official.mirror.summary.importerPk-to-ru"), t("official.mirror.summary.exporterPk-to-ru")]
      : [t("official.mirror.summary.importerRu-to-pk"), t("official.mirror.summary.exporterRu-to-pk")];
  const years = rows.filter((row) => row.gap !== undefined).map((row) => row.year);
  const values = {
    title,
    span: span(years),
    importer,
    exporter,
    higher: summary.importerHigher.length,
    years: summary.years,
  };
  const sentences = [
    summary.medianGapPct === undefined
      ? t("official.mirror.summary.higher", values)
      : t("official.mirror.summary.higherMedian", {
          ...values,
          median: formatGapPercent(summary.medianGapPct, locale),
        }),
  ];
  if (summary.exporterHigher.length > 0) {
    sentences.push(t("official.mirror.summary.lower", { years: formatYearList(summary.exporterHigher, locale) }));
  }
  if (summary.largest !== undefined) {
    const sign = summary.largest.gap < 0 ? "−" : "";
    const widest = {
      year: String(summary.largest.year),
      amount: `${sign}${amountText(summary.largest.gap, dollars, locale)}`,
    };
    sentences.push(
      summary.largest.gapPct === undefined
        ? t("official.mirror.summary.widest", widest)
        : t("official.mirror.summary.widestPct", {
            ...widest,
            pct: formatGapPercent(summary.largest.gapPct, locale),
          }),
    );
  }
  return sentences.join(" ");
}

function describeOneCount(
  rows: readonly BalanceRow[],
  count: "pakistan" | "russia",
  dollars: Dollars,
  locale: Locale,
): string {
  const t = getT(locale);
  const summary = summariseBalance(rows, count);
  const n = summary.years.length;
  if (n === 0) return t("official.balance.summary.none", { reporter: count });
  const deficits = summary.deficitYears.length;
  const surpluses = summary.surplusYears.length;
  const tail =
    surpluses > 0 && surpluses <= 4
      ? { tail: "surplus", tailYears: formatYearList(summary.surplusYears, locale) }
      : deficits > 0 && deficits <= 4 && surpluses > 0
        ? { tail: "deficit", tailYears: formatYearList(summary.deficitYears, locale) }
        : { tail: "none", tailYears: "" };
  const { largestDeficit, largestSurplus } = summary;
  const extremes =
    largestDeficit !== undefined && largestSurplus !== undefined
      ? "both"
      : largestDeficit !== undefined
        ? "deficit"
        : largestSurplus !== undefined
          ? "surplus"
          : "none";
  return t("official.balance.summary.text", {
    reporter: count,
    deficits,
    years: n,
    span: span(summary.years),
    ...tail,
    extremes,
    deficit: largestDeficit === undefined ? "" : amountText(largestDeficit.value, dollars, locale),
    deficitYear: largestDeficit === undefined ? "" : String(largestDeficit.year),
    surplus: largestSurplus === undefined ? "" : amountText(largestSurplus.value, dollars, locale),
    surplusYear: largestSurplus === undefined ? "" : String(largestSurplus.year),
  });
}

export function describeBalance(rows: readonly BalanceRow[], dollars: Dollars, locale: Locale = "en"): string {
  return [describeOneCount(rows, "pakistan", dollars, locale), describeOneCount(rows, "russia", dollars, locale)].join(
    " ",
  );
}

export function describeShare(rows: readonly ShareRow[], locale: Locale = "en"): string {
  const t = getT(locale);
  const withShare = rows.filter((row) => row.shareOfPakistan !== undefined);
  const latest = withShare[withShare.length - 1];
  if (latest === undefined || latest.shareOfPakistan === undefined) {
    return t("official.share.summary.none");
  }
  const sentences: string[] = [];
  const latestValues = {
    year: String(latest.year),
    partner: partnerKey(latest.partner),
    share: formatShare(latest.shareOfPakistan, locale),
  };
  sentences.push(
    latest.rank !== undefined && latest.partnerCount !== undefined
      ? t("official.share.summary.latestRanked", {
          ...latestValues,
          rank: rankText(latest.rank, locale),
          count: latest.partnerCount,
        })
      : t("official.share.summary.latest", latestValues),
  );
  if (withShare.length > 1) {
    const top = withShare.reduce((best, row) =>
      (row.shareOfPakistan ?? 0) > (best.shareOfPakistan ?? 0) ? row : best,
    );
    const ranked = rows.filter((row) => row.rank !== undefined);
    const bestRank = Math.min(...ranked.map((row) => row.rank ?? Infinity));
    const bestYears = ranked.filter((row) => row.rank === bestRank).map((row) => row.year);
    const bestPartner = ranked.find((row) => row.rank === bestRank)?.partner;
    const largest = {
      span: span(withShare.map((row) => row.year)),
      share: formatShare(top.shareOfPakistan ?? 0, locale),
      year: String(top.year),
      partner: partnerKey(top.partner),
    };
    sentences.push(
      bestPartner === undefined
        ? t("official.share.summary.largest", largest)
        : t("official.share.summary.largestBest", {
            ...largest,
            rank: rankText(bestRank, locale),
            years: formatYearList(bestYears, locale),
            bestPartner: partnerKey(bestPartner),
          }),
    );
  }
  const russian = rows.filter((row) => row.shareOfRussia !== undefined);
  const lastRussian = russian[russian.length - 1];
  if (lastRussian?.shareOfRussia !== undefined) {
    sentences.push(
      t("official.share.summary.russia", {
        share: formatShare(lastRussian.shareOfRussia, locale),
        year: String(lastRussian.year),
      }),
    );
  }
  return sentences.join(" ");
}

/** The sentence under the total-trade chart: which count is higher, and the latest year by each. */
export function describeTotals(rows: readonly MirrorRow[], dollars: Dollars, locale: Locale = "en"): string {
  const t = getT(locale);
  const compared = rows.filter((row) => row.gap !== undefined);
  if (compared.length === 0) return t("official.mirror.summary.totalsNone");
  const russiaHigher = compared.filter((row) => (row.gap ?? 0) > 0).length;
  const last = compared[compared.length - 1];
  const sentences = [
    t("official.mirror.summary.totals", {
      span: span(compared.map((row) => row.year)),
      higher: russiaHigher,
      years: compared.length,
    }),
  ];
  if (last?.pakistan !== undefined && last.russia !== undefined) {
    sentences.push(
      t("official.mirror.summary.totalsLatest", {
        year: String(last.year),
        pakistan: amountText(last.pakistan, dollars, locale),
        russia: amountText(last.russia, dollars, locale),
      }),
    );
  }
  return sentences.join(" ");
}
