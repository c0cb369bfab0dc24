import type { ScaleKind, ValueMode } from "./chart/trend-model";
import type {
  ClaimStatus,
  EventTheme,
  FinancingKind,
  FinancingQualifier,
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

export const MODE_LABELS: Record<ValueMode, string> = {
  absolute: "US$ millions",
  real: "Constant US$ millions",
  index: "Index (first year = 100)",
};

export const MODE_DESCRIPTIONS: Record<ValueMode, string> = {
  absolute: "Each figure as published, in millions of US dollars of its own year.",
  real: "Each figure in US dollars of the latest full year of the US consumer price index (CPI-U), so that years can be compared for purchasing power: our calculation.",
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
  // A deficit reads "−$456.6m", with a true minus sign before the currency.
  const text = value < 0 ? `−$${usdMillions.format(-value)}m` : `$${usdMillions.format(value)}m`;
  return options.atLeast ? `more than ${text}` : text;
}

/** A change in US$ millions with its sign: "+$538m", "−$120.5m". */
export function formatSignedUsdMillions(value: number): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}$${usdMillions.format(Math.abs(value))}m`;
}

/** Large amounts read better in billions and small ones in thousands: "$3.2bn", "$526.5m", "$695k". */
export function formatUsdCompact(valueUsdM: number): string {
  if (valueUsdM !== 0 && Math.abs(valueUsdM) < 1) {
    return `$${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(valueUsdM * 1000)}k`;
  }
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

export const FINANCING_STATUS_DESCRIPTIONS: Record<FinancingStatus, string> = {
  announced: "offered, pledged or signed, with no evidence that money followed",
  approved: "formally approved by the financier's board or government",
  implemented: "paid out, built or carried out",
  declined: "turned down by the other party",
  lapsed: "never taken up and not pursued further",
  unknown: "what happened next is not known",
};

export const CLAIM_STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  confirmed: "other sources give the same value",
  corrected: "better sources give a different value, shown beside it",
  conflicting: "sources disagree and we cannot settle which is right",
  unverified: "no other source we found gives it, for or against",
};

/*
 * Reader-facing names of the financing projects. The data uses slugs; a new
 * project without an entry here still gets a readable name from its slug.
 */
const PROJECT_LABELS: Record<string, string> = {
  "casa-1000": "CASA-1000 power line",
  "us-1980-carter-offer": "Carter's aid offer of 1980",
  "us-1981-package": "US aid package of 1981",
  "us-1981-f16-sale": "F-16 sale of 1981",
  "operation-cyclone": "Operation Cyclone",
  "pakistan-steel-mills": "Pakistan Steel Mills",
  "pakistan-stream": "Pakistan Stream gas pipeline",
  "guddu-muzaffargarh": "Guddu and Muzaffargarh power plants",
  "russia-2019-packages": "Russian pledges of 2019",
  "soviet-debt": "Soviet-era debt",
};

export function projectLabel(slug: string): string {
  const known = PROJECT_LABELS[slug];
  if (known !== undefined) return known;
  const words = slug.split("-").filter(Boolean).join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const QUALIFIER_WORDS: Record<FinancingQualifier, string> = {
  about: "about",
  at_least: "at least",
  up_to: "up to",
};

/**
 * An amount as the source gives it: "$526.5m", "at least $500m",
 * "$1.5bn–$3.5bn"; "amount not published" when the source gives none.
 */
export function formatFinancingAmount(item: {
  amountUsdM?: number;
  amountMaxUsdM?: number;
  qualifier?: FinancingQualifier;
}): string {
  if (item.amountUsdM === undefined) return "amount not published";
  const amount =
    item.amountMaxUsdM === undefined || item.amountMaxUsdM === item.amountUsdM
      ? formatUsdCompact(item.amountUsdM)
      : `${formatUsdCompact(item.amountUsdM)}–${formatUsdCompact(item.amountMaxUsdM)}`;
  return item.qualifier === undefined ? amount : `${QUALIFIER_WORDS[item.qualifier]} ${amount}`;
}

/** "Nov 2011", or "1982 – 1987" for an item that runs over several years. */
export function formatDateRange(start: string, end?: string): string {
  return end === undefined || end === start
    ? formatPartialDate(start)
    : `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/**
 * The amount in the currency the source used: "SDR 46.9m", or "up to EUR 500m".
 * When a dollar amount is given too, the qualifier belongs to that dollar
 * figure (an approximate conversion), so the original is shown as published.
 */
export function formatOriginalAmount(item: {
  originalAmount?: string;
  amountUsdM?: number;
  qualifier?: FinancingQualifier;
}): string | undefined {
  if (item.originalAmount === undefined) return undefined;
  if (item.qualifier === undefined || item.amountUsdM !== undefined) return item.originalAmount;
  return `${QUALIFIER_WORDS[item.qualifier]} ${item.originalAmount}`;
}
