import { formatPercent, formatUsdMillions } from "../format";

/*
 * How the official sections write their numbers: one decimal in tables (the
 * IMF gives many more; they are rounded only here), a true minus sign, and a
 * sign on differences so a reader sees which way a gap runs.
 */

const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const minus = (text: string) => text.replace("-", "−");

/** A table cell in US$ millions: "1,234.5", "−58.2". */
export function formatAmount(value: number): string {
  return minus(oneDecimal.format(value));
}

/** A difference in US$ millions with its sign: "+96.7", "−9.5", "0.0". */
export function formatSignedAmount(value: number): string {
  const text = oneDecimal.format(Math.abs(value));
  if (text === "0.0") return text;
  return `${value > 0 ? "+" : "−"}${text}`;
}

/** A share already in per cent: "0.51%", "3.82%". */
export function formatShare(percent: number): string {
  return `${twoDecimals.format(percent)}%`;
}

/** A gap already in per cent, signed: "+67.0%", "−1.0%". */
export function formatGapPercent(percent: number): string {
  return formatPercent(percent / 100, { signed: true });
}

/** An amount in running text, to one decimal: "$470.1m", "$1,200m"; the sign is left to the sentence. */
export function formatAmountInText(value: number): string {
  return formatUsdMillions(Math.round(Math.abs(value) * 10) / 10);
}

/** An axis tick: "0", "200", "−400", "1,000". */
export function formatTick(value: number): string {
  return minus(new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(value));
}

/** "1st", "2nd", "3rd", "24th", "111th". */
export function ordinal(rank: number): string {
  const lastTwo = rank % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${rank}th`;
  const suffix = { 1: "st", 2: "nd", 3: "rd" }[rank % 10] ?? "th";
  return `${rank}${suffix}`;
}
