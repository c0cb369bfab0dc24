import type { ScaleKind, ValueMode } from "./chart/trend-model";
import type {
  ClaimStatus,
  EventTheme,
  FinancingKind,
  FinancingStatus,
  Perspective,
  SourceKind,
  TradeBasis,
  TradeStatus,
  YearMonth,
} from "./definitions";

/*
 * Every label a reader sees for a coded value lives here, so legends, table
 * headers, tooltips and CSV exports all say the same thing.
 */

export const BASIS_LABELS: Record<TradeBasis, string> = {
  calendar: "calendar years",
  fiscal: "fiscal years (July–June)",
  partial: "part-year periods",
};

export const PERSPECTIVE_LABELS: Record<Perspective, string> = {
  pakistani: "Pakistani statistics",
  russian: "Russian statistics",
  unknown: "statistics of unknown origin",
};

export const TRADE_STATUS_LABELS: Record<TradeStatus, string> = {
  reported: "Reported",
  approximate: "Approximate",
  derived: "Derived",
  unverified: "Unverified",
};

export const TRADE_STATUS_DESCRIPTIONS: Record<TradeStatus, string> = {
  reported: "published by the cited source as given",
  approximate: "published as a round or “about” figure",
  derived: "worked out by us from published figures (see the note)",
  unverified: "published, but confirmed by no other source we found",
};

export const FINANCING_KIND_LABELS: Record<FinancingKind, string> = {
  offer: "Offer",
  pledge: "Pledge",
  approval: "Approval",
  loan: "Loan",
  grant: "Grant",
  credit: "Credit",
  cost_estimate: "Cost estimate",
  repayment: "Repayment",
  package: "Package",
  funding: "Funding",
};

export const FINANCING_STATUS_LABELS: Record<FinancingStatus, string> = {
  announced: "Announced",
  approved: "Approved",
  implemented: "Implemented",
  declined: "Declined",
  lapsed: "Lapsed",
  unknown: "Unknown",
};

export const THEME_LABELS: Record<EventTheme, string> = {
  diplomacy: "Diplomacy",
  trade: "Trade",
  energy: "Energy",
  security: "Security",
  aid: "Aid",
  culture: "Culture",
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  confirmed: "Confirmed",
  corrected: "Corrected",
  conflicting: "Conflicting",
  unverified: "Unverified",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: "Official documents and statistics",
  press: "Press reports",
  encyclopedia: "Encyclopedias and reference works",
  blog: "Blogs",
  academic: "Academic work",
};

export const SCALE_LABELS: Record<ScaleKind, string> = { linear: "Linear", log: "Logarithmic" };

export const SCALE_DESCRIPTIONS: Record<ScaleKind, string> = {
  linear: "Equal heights are equal amounts of money, so the largest figures stand out.",
  log: "Equal heights are equal percentage changes, so small early figures and growth rates can be compared.",
};

export const MODE_LABELS: Record<ValueMode, string> = { absolute: "US$ millions", index: "Index (first year = 100)" };

export const MODE_DESCRIPTIONS: Record<ValueMode, string> = {
  absolute: "Each figure as published, in millions of US dollars.",
  index:
    "Each series divided by its first figure in the range, times 100: lines show growth, not size (the legend says which figure is 100).",
};

export function seriesLabel(reporter: string, perspective: Perspective, basis: TradeBasis): string {
  const whose = perspective === "unknown" ? "" : `, ${PERSPECTIVE_LABELS[perspective]}`;
  return `${reporter}${whose}, ${BASIS_LABELS[basis]}`;
}

const usdMillions = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** "$411.4m", "$1,810m"; "more than $1,000m" when the source gives a floor. */
export function formatUsdMillions(value: number, options: { atLeast?: boolean } = {}): string {
  const text = `$${usdMillions.format(value)}m`;
  return options.atLeast ? `more than ${text}` : text;
}

/** A change in US$ millions with its sign: "+$538m", "−$120.5m". */
export function formatSignedUsdMillions(value: number): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}$${usdMillions.format(Math.abs(value))}m`;
}

/** Large amounts read better in billions: "$3.2bn", "$526.5m". */
export function formatUsdCompact(valueUsdM: number): string {
  if (Math.abs(valueUsdM) >= 1000) {
    return `$${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(valueUsdM / 1000)}bn`;
  }
  return formatUsdMillions(valueUsdM);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2011", "Nov 2011", "7 Nov 2011" from YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatPartialDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? iso;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The months a figure covers: "Jan–Oct 2018", "Jul 2012 – Jun 2013". */
export function formatMonthSpan(start: YearMonth, end: YearMonth): string {
  const name = (value: YearMonth) => MONTHS[value.month - 1] ?? String(value.month);
  if (start.year === end.year) return `${name(start)}–${name(end)} ${end.year}`;
  return `${name(start)} ${start.year} – ${name(end)} ${end.year}`;
}

export function formatPercent(value: number, options: { signed?: boolean } = {}): string {
  const text = new Intl.NumberFormat("en-GB", {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: options.signed ? "exceptZero" : "auto",
  }).format(value * 100);
  return `${text.replace("-", "−")}%`;
}
