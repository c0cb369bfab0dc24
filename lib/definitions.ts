/*
 * The app's shapes: what components receive. Raw CSV rows (lib/data/schemas.ts)
 * are turned into these by lib/data/reshape.ts. Everything here is plain,
 * serialisable data so it can cross from server to client components.
 */

export const SOURCE_KINDS = ["official", "press", "encyclopedia", "blog", "academic"] as const;
export const TRADE_BASES = ["calendar", "fiscal", "partial"] as const;
export const TRADE_QUALIFIERS = ["at_least"] as const;
export const PERSPECTIVES = ["pakistani", "russian", "unknown"] as const;
export const TRADE_STATUSES = ["reported", "approximate", "derived", "unverified"] as const;
export const FINANCING_KINDS = [
  "offer",
  "pledge",
  "approval",
  "loan",
  "grant",
  "credit",
  "cost_estimate",
  "repayment",
  "package",
  "funding",
] as const;
export const FINANCING_STATUSES = ["announced", "approved", "implemented", "declined", "lapsed", "unknown"] as const;
export const FINANCING_QUALIFIERS = ["about", "at_least", "up_to"] as const;
export const EVENT_PRECISIONS = ["year", "month", "day"] as const;
export const EVENT_THEMES = ["diplomacy", "trade", "energy", "security", "aid", "culture"] as const;
export const RELATED_DATASETS = ["trade", "financing"] as const;
export const OFFICIAL_REPORTERS = ["Pakistan", "Russian Federation"] as const;
export const OFFICIAL_FLOWS = ["exports", "imports"] as const;
export const VALUATIONS = ["FOB", "CIF"] as const;
export const CPI_METHODS = ["published_average", "mean_of_12_months"] as const;
export const CLAIM_STATUSES = ["confirmed", "corrected", "conflicting", "unverified"] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type TradeBasis = (typeof TRADE_BASES)[number];
export type Perspective = (typeof PERSPECTIVES)[number];
export type TradeStatus = (typeof TRADE_STATUSES)[number];
export type FinancingKind = (typeof FINANCING_KINDS)[number];
export type FinancingStatus = (typeof FINANCING_STATUSES)[number];
export type FinancingQualifier = (typeof FINANCING_QUALIFIERS)[number];
export type EventTheme = (typeof EVENT_THEMES)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type DatePrecision = (typeof EVENT_PRECISIONS)[number];

export type Source = {
  id: string;
  title: string;
  publisher: string;
  author?: string;
  /** As written: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  url?: string;
  kind: SourceKind;
  note?: string;
};

/** What a row shows of a source it cites. */
export type SourceRef = Pick<Source, "id" | "title" | "publisher" | "date" | "url">;

export type YearMonth = { year: number; month: number };

export type TradeObservation = {
  id: string;
  seriesId: string;
  period: string;
  basis: TradeBasis;
  start: YearMonth;
  end: YearMonth;
  /** Calendar year that holds the middle of the period (FY2012-13 → 2013). */
  year: number;
  /**
   * Position on a time axis whose unit is a year and where calendar year Y is
   * centred on Y: the middle of the period, minus half a year. A fiscal year
   * July 2012–June 2013 sits at 2012.5, between the 2012 and 2013 ticks.
   */
  x: number;
  totalUsdM: number;
  pkExportsUsdM?: number;
  pkImportsUsdM?: number;
  /** The source says "more than" this value. */
  atLeast: boolean;
  reporter: string;
  perspective: Perspective;
  status: TradeStatus;
  sources: SourceRef[];
  conflictsWith: string[];
  note?: string;
};

export type TradeSeries = {
  id: string;
  label: string;
  reporter: string;
  perspective: Perspective;
  basis: TradeBasis;
  /**
   * Set on a series of the IMF's official statistics, whose observations'
   * `totalUsdM` holds the value of the series' measure (total, one flow or the
   * balance); absent on a series of published figures, where it is the total.
   */
  official?: { reporter: OfficialReporter; measure: "total" | "exports" | "imports" | "balance" };
  observations: TradeObservation[];
};

export type FinancingItem = {
  id: string;
  project: string;
  item: string;
  financier: string;
  counterpart?: string;
  amountUsdM?: number;
  amountMaxUsdM?: number;
  qualifier?: FinancingQualifier;
  originalAmount?: string;
  date: string;
  year: number;
  endDate?: string;
  endYear?: number;
  kind: FinancingKind;
  status: FinancingStatus;
  sources: SourceRef[];
  conflictsWith: string[];
  /** Id of the item whose amount already includes this one (a country's share of a joint approval). */
  partOf?: string;
  note?: string;
};

export type HistoryEvent = {
  id: string;
  date: string;
  precision: DatePrecision;
  year: number;
  /** Decimal year of the start, for placing on a time axis (calendar year Y centred on Y). */
  x: number;
  endDate?: string;
  endX?: number;
  title: string;
  summary: string;
  theme: EventTheme;
  sources: SourceRef[];
  related?: "trade" | "financing";
};

export type Claim = {
  id: string;
  claim: string;
  articleValue: string;
  status: ClaimStatus;
  correctedValue?: string;
  explanation: string;
  sources: SourceRef[];
  /** References such as "trade:article-2003". */
  relatedIds: string[];
};

export type OfficialReporterName = (typeof OFFICIAL_REPORTERS)[number];
/** Whose statistics: Pakistan's ("pk") or the Russian Federation's ("ru"), as in the `reporter` URL parameter. */
export type OfficialReporter = "pk" | "ru";
export type OfficialFlow = (typeof OFFICIAL_FLOWS)[number];
export type Valuation = (typeof VALUATIONS)[number];

/** One value of the IMF Direction of Trade Statistics, as one reporter counts one flow with one partner in one year. */
export type OfficialObservation = {
  reporter: OfficialReporter;
  partner: string;
  flow: OfficialFlow;
  valuation: Valuation;
  year: number;
  valueUsdM: number;
  sourceId: string;
};

/** The US consumer price index's annual average (1982–84 = 100), for constant dollars. */
export type CpiYear = { year: number; cpi: number; method: (typeof CPI_METHODS)[number]; sourceId: string };

export type Dataset = {
  sources: Source[];
  trade: TradeObservation[];
  tradeSeries: TradeSeries[];
  financing: FinancingItem[];
  events: HistoryEvent[];
  claims: Claim[];
  /** Pakistan–Russian Federation (and USSR) flows and each reporter's trade with the World. */
  official: OfficialObservation[];
  /** Pakistan's exports and imports with every partner economy. */
  pakistanPartners: OfficialObservation[];
  usCpi: CpiYear[];
};
