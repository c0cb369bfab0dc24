import type { FinancingQualifier, Perspective, TradeBasis, YearMonth } from "./definitions";
import { numberFormat } from "./i18n/number-format";
import { drawnWordsOf, type Labels } from "./i18n/drawn-words";
import type { Locale } from "./i18n/locales";

/*
 * Every label a reader sees for a coded value, and the way amounts and dates
 * are written, in each language: legends, table headers, tooltips and CSV
 * exports all say the same thing. The words are the "labels" catalogue of
 * messages/<locale>/labels.json, which reaches a browser only in the page's
 * own language (lib/i18n/drawn-words.ts), so client components may use this
 * module. Every function takes the locale last and defaults to English.
 */

/** Every label map of a language: `labelsOf("ur").tradeStatus.reported`. */
export function labelsOf(locale: Locale = "en"): Labels {
  return drawnWordsOf(locale).labels;
}

/** A label message with its {arguments} filled in (the labels catalogue uses no plurals). */
export function fillLabel(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

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

/** The sign `digits` (the digits of |value|) are written with: none when they round to zero; "+" only when asked for. */
function signOf(value: number, digits: string, plus: boolean): string {
  if (!/[1-9]/.test(digits)) return "";
  return value < 0 ? MINUS : plus ? "+" : "";
}

/**
 * The digits of |value| with value's sign (see signOf). In Urdu text, right to
 * left, a sign before the digits would be drawn after them ("672.4%+"); the
 * number is isolated left to right (U+2066 … U+2069) and reads "+672.4%".
 */
export function withSign(value: number, digits: string, locale: Locale, plus = false): string {
  const sign = signOf(value, digits, plus);
  if (sign === "") return digits;
  return locale === "ur" ? `\u2066${sign}${digits}\u2069` : `${sign}${digits}`;
}

/** The amount's digits in the locale: "1,810", "1 810" (Russian), "411,4". */
function digits(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** "$411.4m" (Urdu "411.4 ملین ڈالر", Russian "411,4 млн долл."); "more than $1,000m" when the source gives a floor. */
export function formatUsdMillions(value: number, options: { atLeast?: boolean } = {}, locale: Locale = "en"): string {
  const signed = signedMillions(value, locale, false);
  return options.atLeast ? fillLabel(labelsOf(locale).money.moreThan, { amount: signed }) : signed;
}

/**
 * US$ millions with their sign: "−$456.6m", a true minus sign before the
 * currency in English; in Urdu the sign goes with the digits ("−456.6 ملین ڈالر").
 */
function signedMillions(value: number, locale: Locale, plus: boolean): string {
  const template = labelsOf(locale).money.millions;
  const number = digits(Math.abs(value), locale);
  if (locale === "ur") return fillLabel(template, { value: withSign(value, number, locale, plus) });
  return `${signOf(value, number, plus)}${fillLabel(template, { value: number })}`;
}

/** A change in US$ millions with its sign: "+$538m", "−$120.5m". */
export function formatSignedUsdMillions(value: number, locale: Locale = "en"): string {
  return signedMillions(value, locale, true);
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
  const number = numberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    Math.abs(value * 100),
  );
  // Russian writes a space before the sign ("12,5 %"), as its Intl percent style does.
  return withSign(value, `${number}${locale === "ru" ? "\u00a0%" : "%"}`, locale, options.signed);
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
