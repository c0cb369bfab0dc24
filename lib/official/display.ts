import { formatPercent, formatUsdMillions, withSign } from "../format";
import type { Locale } from "../i18n/locales";
import { numberFormat } from "../i18n/number-format";

/*
 * How the official sections write their numbers: one decimal in tables (the
 * IMF gives many more; they are rounded only here), a true minus sign, and a
 * sign on differences so a reader sees which way a gap runs. Digits and
 * separators follow the locale ("1,234.5", Russian "1 234,5").
 */

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
const TWO_DECIMALS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** The per cent sign after a number: "3.82%", Russian "3,82 %". */
const percentSign = (text: string, locale: Locale) => `${text}${locale === "ru" ? "\u00a0%" : "%"}`;

/** A table cell in US$ millions: "1,234.5", "−58.2". */
export function formatAmount(value: number, locale: Locale = "en"): string {
  return withSign(value, numberFormat(locale, ONE_DECIMAL).format(Math.abs(value)), locale);
}

/** A difference in US$ millions with its sign: "+96.7", "−9.5", "0.0". */
export function formatSignedAmount(value: number, locale: Locale = "en"): string {
  return withSign(value, numberFormat(locale, ONE_DECIMAL).format(Math.abs(value)), locale, true);
}

/** A share already in per cent: "0.51%", "3.82%". */
export function formatShare(percent: number, locale: Locale = "en"): string {
  return percentSign(numberFormat(locale, TWO_DECIMALS).format(percent), locale);
}

/** A gap already in per cent, signed: "+67.0%", "−1.0%". */
export function formatGapPercent(percent: number, locale: Locale = "en"): string {
  return formatPercent(percent / 100, { signed: true }, locale);
}

/** An amount in running text, to one decimal: "$470.1m", "$1,200m"; the sign is left to the sentence. */
export function formatAmountInText(value: number, locale: Locale = "en"): string {
  return formatUsdMillions(Math.round(Math.abs(value) * 10) / 10, {}, locale);
}

/** An axis tick: "0", "200", "−400", "1,000". */
export function formatTick(value: number, locale: Locale = "en"): string {
  return withSign(value, numberFormat(locale, { maximumFractionDigits: 2 }).format(Math.abs(value)), locale);
}

/** An axis tick in per cent: "0%", "0.5%". */
export function formatPercentTick(value: number, locale: Locale = "en"): string {
  return percentSign(formatTick(value, locale), locale);
}

/** "1st", "2nd", "3rd", "24th", "111th". */
export function ordinal(rank: number): string {
  const lastTwo = rank % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${rank}th`;
  const suffix = { 1: "st", 2: "nd", 3: "rd" }[rank % 10] ?? "th";
  return `${rank}${suffix}`;
}

/**
 * A rank in running text: the English ordinal ("24th"), or the digits alone in
 * Urdu and Russian, whose messages write the ordinal ending themselves.
 */
export function rankText(rank: number, locale: Locale = "en"): string {
  return locale === "en" ? ordinal(rank) : String(rank);
}
