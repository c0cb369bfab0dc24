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
import { numberFormat } from "./i18n/number-format";
import type { Locale } from "./i18n/locales";
import enLabels from "@/messages/en/labels.json";
import ruLabels from "@/messages/ru/labels.json";
import urLabels from "@/messages/ur/labels.json";

/*
 * Every label a reader sees for a coded value, and the way amounts and dates
 * are written, in each language: legends, table headers, tooltips and CSV
 * exports all say the same thing. The words are the "labels" catalogue of
 * messages/<locale>/labels.json; this module reads only that small catalogue
 * (not the whole interface text), so client components may use it. Every
 * function takes the locale last and defaults to English.
 */

const LABELS = { en: enLabels, ur: urLabels, ru: ruLabels } as const satisfies Record<Locale, unknown>;
type Labels = typeof enLabels;

/** Every label map of a language: `labelsOf("ur").tradeStatus.reported`. */
export function labelsOf(locale: Locale = "en"): Labels {
  return LABELS[locale] as Labels;
}

/** A label message with its {arguments} filled in (the labels catalogue uses no plurals). */
export function fillLabel(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export const BASIS_LABELS: Record<TradeBasis, string> = enLabels.basis;
export const PERSPECTIVE_LABELS: Record<Perspective, string> = enLabels.perspective;
export const TRADE_STATUS_LABELS: Record<TradeStatus, string> = enLabels.tradeStatus;
export const TRADE_STATUS_DESCRIPTIONS: Record<TradeStatus, string> = enLabels.tradeStatusDescription;
export const FINANCING_KIND_LABELS: Record<FinancingKind, string> = enLabels.financingKind;
export const FINANCING_STATUS_LABELS: Record<FinancingStatus, string> = enLabels.financingStatus;
export const THEME_LABELS: Record<EventTheme, string> = enLabels.theme;
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = enLabels.claimStatus;
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = enLabels.sourceKind;
export const SCALE_LABELS: Record<ScaleKind, string> = enLabels.scale;
export const SCALE_DESCRIPTIONS: Record<ScaleKind, string> = enLabels.scaleDescription;
export const MODE_LABELS: Record<ValueMode, string> = enLabels.mode;
export const MODE_DESCRIPTIONS: Record<ValueMode, string> = enLabels.modeDescription;
export const FINANCING_STATUS_DESCRIPTIONS: Record<FinancingStatus, string> = enLabels.financingStatusDescription;
export const CLAIM_STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = enLabels.claimStatusDescription;

export function seriesLabel(
  reporter: string,
  perspective: Perspective,
  basis: TradeBasis,
  locale: Locale = "en",
): string {
  const labels = labelsOf(locale);
  const values = { reporter, perspective: labels.perspective[perspective], basis: labels.basis[basis] };
  return fillLabel(perspective === "unknown" ? labels.seriesLabelUnknown : labels.seriesLabel, values);
}

const MINUS = "\u2212";

/** The amount's digits in the locale: "1,810", "1 810" (Russian), "411,4". */
function digits(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** "$411.4m" (Urdu "411.4 ملین ڈالر", Russian "411,4 млн долл."); "more than $1,000m" when the source gives a floor. */
export function formatUsdMillions(value: number, options: { atLeast?: boolean } = {}, locale: Locale = "en"): string {
  const money = labelsOf(locale).money;
  // A deficit reads "−$456.6m", with a true minus sign before the currency.
  const text = fillLabel(money.millions, { value: digits(Math.abs(value), locale) });
  const signed = value < 0 ? `${MINUS}${text}` : text;
  return options.atLeast ? fillLabel(money.moreThan, { amount: signed }) : signed;
}

/** A change in US$ millions with its sign: "+$538m", "−$120.5m". */
export function formatSignedUsdMillions(value: number, locale: Locale = "en"): string {
  const sign = value > 0 ? "+" : value < 0 ? MINUS : "";
  return `${sign}${fillLabel(labelsOf(locale).money.millions, { value: digits(Math.abs(value), locale) })}`;
}

/** Large amounts read better in billions and small ones in thousands: "$3.2bn", "$526.5m", "$695k". */
export function formatUsdCompact(valueUsdM: number, locale: Locale = "en"): string {
  const money = labelsOf(locale).money;
  if (valueUsdM !== 0 && Math.abs(valueUsdM) < 1) {
    return fillLabel(money.thousands, { value: digits(valueUsdM * 1000, locale, 1) });
  }
  if (Math.abs(valueUsdM) >= 1000) {
    return fillLabel(money.billions, { value: digits(valueUsdM / 1000, locale, 2) });
  }
  return formatUsdMillions(valueUsdM, {}, locale);
}

function monthName(month: number, locale: Locale): string | undefined {
  return labelsOf(locale).months.short.split("|")[month - 1];
}

/** "2011", "Nov 2011", "7 Nov 2011" from YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatPartialDate(iso: string, locale: Locale = "en"): string {
  const [year, month, day] = iso.split("-");
  const name = month === undefined ? undefined : monthName(Number(month), locale);
  if (name === undefined) return year ?? iso;
  if (day === undefined) return `${name} ${year}`;
  return `${Number(day)} ${name} ${year}`;
}

/** The months a figure covers: "Jan–Oct 2018", "Jul 2012 – Jun 2013". */
export function formatMonthSpan(start: YearMonth, end: YearMonth, locale: Locale = "en"): string {
  const name = (value: YearMonth) => monthName(value.month, locale) ?? String(value.month);
  if (start.year === end.year) return `${name(start)}–${name(end)} ${end.year}`;
  return `${name(start)} ${start.year} – ${name(end)} ${end.year}`;
}

export function formatPercent(value: number, options: { signed?: boolean } = {}, locale: Locale = "en"): string {
  const text = numberFormat(locale, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: options.signed ? "exceptZero" : "auto",
  }).format(value * 100);
  // Russian writes a space before the sign ("12,5 %"), as its Intl percent style does.
  return `${text.replace("-", MINUS)}${locale === "ru" ? "\u00a0%" : "%"}`;
}

/*
 * Reader-facing names of the financing projects. The data uses slugs; a new
 * project without an entry in the catalogue still gets a readable name from its slug.
 */
export function projectLabel(slug: string, locale: Locale = "en"): string {
  const known = (labelsOf(locale).project as Record<string, string>)[slug];
  if (known !== undefined) return known;
  const words = slug.split("-").filter(Boolean).join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function qualified(qualifier: FinancingQualifier, amount: string, locale: Locale): string {
  return fillLabel(labelsOf(locale).qualifier[qualifier], { amount });
}

/**
 * An amount as the source gives it: "$526.5m", "at least $500m",
 * "$1.5bn–$3.5bn"; "amount not published" when the source gives none.
 */
export function formatFinancingAmount(
  item: {
    amountUsdM?: number;
    amountMaxUsdM?: number;
    qualifier?: FinancingQualifier;
  },
  locale: Locale = "en",
): string {
  if (item.amountUsdM === undefined) return labelsOf(locale).money.notPublished;
  const amount =
    item.amountMaxUsdM === undefined || item.amountMaxUsdM === item.amountUsdM
      ? formatUsdCompact(item.amountUsdM, locale)
      : `${formatUsdCompact(item.amountUsdM, locale)}–${formatUsdCompact(item.amountMaxUsdM, locale)}`;
  return item.qualifier === undefined ? amount : qualified(item.qualifier, amount, locale);
}

/** "Nov 2011", or "1982 – 1987" for an item that runs over several years. */
export function formatDateRange(start: string, end?: string, locale: Locale = "en"): string {
  return end === undefined || end === start
    ? formatPartialDate(start, locale)
    : `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}

/**
 * The amount in the currency the source used: "SDR 46.9m", or "up to EUR 500m".
 * When a dollar amount is given too, the qualifier belongs to that dollar
 * figure (an approximate conversion), so the original is shown as published.
 */
export function formatOriginalAmount(
  item: {
    originalAmount?: string;
    amountUsdM?: number;
    qualifier?: FinancingQualifier;
  },
  locale: Locale = "en",
): string | undefined {
  if (item.originalAmount === undefined) return undefined;
  if (item.qualifier === undefined || item.amountUsdM !== undefined) return item.originalAmount;
  return qualified(item.qualifier, item.originalAmount, locale);
}
