import { type CountryCodeSystem, identifyFocusCountry } from "./countries";
import { type IssueLog } from "./issues";
import { formatCount } from "./limits";
import { roundToPrecision } from "./numbers";
import { MAX_YEAR, MIN_YEAR, formatFiscalYear } from "./periods";
import { FREQUENCY_BITS, type SeriesDescription, type SeriesEntry } from "./sink";
import {
  DIMENSION_KEYS,
  type DimensionKey,
  type ImportChoice,
  type ImportChoiceValue,
  type ImportedPoint,
  type ImportedSeries,
  type SeriesDimensions,
  type SeriesFrequency,
  USD_MILLIONS,
} from "./types";
import { type OutputUnit, describeOutputUnit, isMoney } from "./units";

export const DEFAULT_DIMENSION_LABELS: Readonly<Record<DimensionKey, string>> = {
  sheet: "Sheet",
  reporter: "Reporter",
  partner: "Partner",
  flow: "Flow",
  product: "Product",
  indicator: "Indicator",
};

function convert(value: number, output: OutputUnit): number {
  return roundToPrecision((value / output.divisor) * output.multiplier);
}

function bitsSet(mask: number): number[] {
  const indices: number[] = [];
  for (let index = 1; index <= 12; index++) if (mask & (1 << index)) indices.push(index);
  return indices;
}

/** "2024M1–2024M3" for a run, "2024M1, 2024M3" for gaps. */
function describeSubPeriods(year: number, letter: "M" | "Q", indices: readonly number[]): string {
  const first = indices[0] ?? 0;
  const last = indices[indices.length - 1] ?? 0;
  if (indices.length === 1) return `${year}${letter}${first}`;
  if (last - first === indices.length - 1) return `${year}${letter}${first}–${year}${letter}${last}`;
  return indices.map((index) => `${year}${letter}${index}`).join(", ");
}

function frequencyOf(bits: number): SeriesFrequency {
  if (bits === FREQUENCY_BITS.M) return "monthly";
  if (bits === FREQUENCY_BITS.Q) return "quarterly";
  // Calendar and fiscal years are both yearly; the points say which.
  if ((bits & ~(FREQUENCY_BITS.A | FREQUENCY_BITS.F)) === 0) return "annual";
  return "mixed";
}

const ALL_MONTHS = 0b1111111111110;
const ALL_QUARTERS = 0b11110;

export interface SeriesPoints {
  points: ImportedPoint[];
  frequency: SeriesFrequency;
  /** Years with only months or quarters in a unit that cannot be added up, left without a point. */
  unsummableYears: number;
}

/**
 * Turns a series' years into points. A year's value is the file's annual figure if it has
 * one, else the sum of all 12 months or all 4 quarters. When months or quarters are missing,
 * the point holds the sum of those present, marked `partial` with the periods it covers;
 * nothing is estimated. Only money can be summed: a monthly share or price has no yearly
 * total, so such years get no point.
 */
export function toYearlyPoints(entry: SeriesEntry, output: OutputUnit): SeriesPoints {
  const summable = isMoney(entry.description.unit);
  const points: ImportedPoint[] = [];
  let unsummableYears = 0;
  for (const year of [...entry.years.keys()].sort((a, b) => a - b)) {
    const parts = entry.years.get(year);
    if (!parts) continue;
    if (parts.annual !== null) {
      points.push({ year, value: convert(parts.annual, output) });
    } else if (parts.fiscal !== null) {
      points.push({ year, value: convert(parts.fiscal, output), period: formatFiscalYear(year), fiscal: true });
    } else if (!summable) {
      unsummableYears++;
    } else if (parts.monthMask === ALL_MONTHS) {
      points.push({ year, value: convert(parts.monthSum, output) });
    } else if (parts.quarterMask === ALL_QUARTERS) {
      points.push({ year, value: convert(parts.quarterSum, output) });
    } else {
      const months = bitsSet(parts.monthMask);
      const quarters = bitsSet(parts.quarterMask);
      const useMonths = months.length / 12 >= quarters.length / 4;
      points.push({
        year,
        value: convert(useMonths ? parts.monthSum : parts.quarterSum, output),
        period: describeSubPeriods(year, useMonths ? "M" : "Q", useMonths ? months : quarters),
        partial: true,
      });
    }
  }
  return { points, frequency: frequencyOf(entry.frequencies), unsummableYears };
}

const FLOW_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^re-?imports?$/i, "re-imports from"],
  [/^re-?exports?$/i, "re-exports to"],
  [/^(imports?|m)$/i, "imports from"],
  [/^(exports?|x)$/i, "exports to"],
];

/** A readable name, e.g. "Pakistan exports to Russian Federation — All Commodities". */
export function seriesName(dimensions: SeriesDimensions, extra: string | null): string {
  const reporter = dimensions.reporter?.label;
  const partner = dimensions.partner?.label;
  const flow = dimensions.flow?.label;
  let subject = "";
  if (reporter && partner) {
    const phrase = flow ? FLOW_PHRASES.find(([pattern]) => pattern.test(flow.trim()))?.[1] : undefined;
    if (phrase) subject = `${reporter} ${phrase} ${partner}`;
    else subject = flow ? `${reporter} – ${partner} (${flow})` : `${reporter} – ${partner}`;
  } else if (reporter) {
    subject = flow ? `${reporter}, ${flow}` : reporter;
  } else if (partner) {
    subject = flow ? `${flow}, partner ${partner}` : `partner ${partner}`;
  } else if (flow) {
    subject = flow;
  }
  const detail = [dimensions.product?.label, extra].filter((part): part is string => Boolean(part)).join(", ");
  const indicator = dimensions.indicator?.label;
  const main = indicator && subject ? `${indicator}: ${subject}` : (indicator ?? subject);
  const name = detail ? `${main} — ${detail}` : main;
  return name || "Series";
}

function slugify(text: string): string {
  // Only non-ASCII names (Türkiye, Côte d'Ivoire) need their accents taken off.
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function seriesSlug(description: SeriesDescription, extra: string | null): string {
  const parts = DIMENSION_KEYS.map((key) => description.dimensions[key]?.id ?? "");
  if (extra) parts.push(extra);
  const slug = slugify(parts.filter(Boolean).join(" ")).slice(0, 80).replace(/-+$/, "");
  return slug || "series";
}

/**
 * Names of the extra columns whose value is the same in every series (a dataflow id, a
 * frequency): they tell no series apart, so they stay out of names.
 */
function constantExtras(entries: readonly SeriesEntry[]): Set<string> {
  const values = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const [name, value] of entry.description.extras) {
      const seen = values.get(name) ?? new Set<string>();
      seen.add(value);
      values.set(name, seen);
    }
  }
  const constant = new Set<string>();
  for (const [name, seen] of values) {
    const everywhere = entries.every((entry) => entry.description.extras.some(([extraName]) => extraName === name));
    if (seen.size === 1 && everywhere) constant.add(name);
  }
  return constant;
}

/** "mode of transport: Sea; customs procedure: Free zone", without the constant ones; null when none is left. */
function describeExtraParts(extras: ReadonlyArray<[string, string]>, constant: ReadonlySet<string>): string | null {
  const parts = extras.filter(([name]) => !constant.has(name)).map(([name, value]) => `${name}: ${value}`);
  return parts.length > 0 ? parts.join("; ") : null;
}

/** Builds the answer's series, in the order the file first mentions them, with unique ids. */
export function buildSeries(entryList: Iterable<SeriesEntry>, warnings: IssueLog): ImportedSeries[] {
  const entries = [...entryList];
  const constant = constantExtras(entries);
  const usedIds = new Map<string, number>();
  const series: ImportedSeries[] = [];
  let unsummableSeries = 0;
  // Many series share a unit; describing one formats numbers, which is slow enough to matter.
  const outputs = new Map<string, OutputUnit>();
  for (const entry of entries) {
    const unit = entry.description.unit;
    const unitKey =
      unit.kind === "usd" ? `usd ${unit.factor} ${unit.source}` : unit.kind === "other" ? `other ${unit.label}` : "";
    const output = outputs.get(unitKey) ?? describeOutputUnit(unit);
    outputs.set(unitKey, output);
    const { points, frequency, unsummableYears } = toYearlyPoints(entry, output);
    if (unsummableYears > 0) unsummableSeries++;
    const extra = describeExtraParts(entry.description.extras, constant);
    const base = seriesSlug(entry.description, extra);
    const seen = usedIds.get(base) ?? 0;
    usedIds.set(base, seen + 1);
    series.push({
      id: seen === 0 ? base : `${base}-${seen + 1}`,
      name: entry.description.name ?? seriesName(entry.description.dimensions, extra),
      unit: output.unit,
      conversion: output.conversion,
      dimensions: entry.description.dimensions,
      frequency,
      preselected: false,
      points,
    });
  }
  warnOutsideChartYears(series, warnings);
  if (unsummableSeries > 0) {
    warnings.add(
      "unsummable",
      {
        line: null,
        column: null,
        message: `${formatCount(unsummableSeries)} series give months or quarters in a unit that cannot be added up to a year (not an amount of US$), so years without an annual figure are left out of them.`,
      },
      "series with months or quarters that cannot be summed",
    );
  }
  return series;
}

/** "10,000 BCE", "1 CE", "1750", as Our World in Data writes -10000 for 10,000 BCE. */
function describeYear(year: number): string {
  if (year === 0) return "year 0";
  if (year < 0) return `${formatCount(-year)} BCE`;
  return year < 1000 ? `${year} CE` : String(year);
}

/**
 * Long-run files keep every year they give, but the charts span MIN_YEAR–MAX_YEAR; the
 * answer says how many values lie outside, so a reader knows why a line starts in 1800.
 */
function warnOutsideChartYears(series: readonly ImportedSeries[], warnings: IssueLog): void {
  let values = 0;
  let affected = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const item of series) {
    let outside = 0;
    for (const point of item.points) {
      if (point.year >= MIN_YEAR && point.year <= MAX_YEAR) continue;
      outside++;
      first = Math.min(first, point.year);
      last = Math.max(last, point.year);
    }
    if (outside > 0) affected++;
    values += outside;
  }
  if (values === 0) return;
  const span = first === last ? describeYear(first) : `${describeYear(first)} to ${describeYear(last)}`;
  warnings.add("outside-chart", {
    line: null,
    column: null,
    message: `${formatCount(values)} ${values === 1 ? "value" : "values"} in ${formatCount(affected)} ${affected === 1 ? "series is" : "series are"} for years outside ${MIN_YEAR}–${MAX_YEAR} (${span}). They are kept in the series and in downloads; the charts here draw ${MIN_YEAR}–${MAX_YEAR} only.`,
  });
}

const TOTAL_PRODUCT = /^(total|all commodities|all products|all goods|total trade|total goods)\b/i;
const MAIN_FLOW = /^(imports?|exports?|m|x)\b/i;

function isTotalProduct(series: ImportedSeries): boolean {
  const product = series.dimensions.product;
  return !product || product.id.toUpperCase() === "TOTAL" || TOTAL_PRODUCT.test(product.label.trim());
}

function isMainFlow(series: ImportedSeries): boolean {
  const flow = series.dimensions.flow;
  return !flow || MAIN_FLOW.test(flow.label.trim()) || MAIN_FLOW.test(flow.id.trim());
}

/** Keeps the candidates that pass `test`, unless none would remain. */
function narrow(candidates: ImportedSeries[], test: (series: ImportedSeries) => boolean): ImportedSeries[] {
  const kept = candidates.filter(test);
  return kept.length > 0 ? kept : candidates;
}

const MAX_PRESELECTED_WITHOUT_COUNTRIES = 12;

/**
 * Marks the series a page should show first. Bilateral files: Pakistan–Russia in either
 * direction. Country-level files (no partner): Pakistan and Russia. Files without any
 * country dimension are about one subject, so all their series (up to 12). Among the
 * candidates, totals beat single products, imports and exports beat re-exports, US$ beats
 * other units, and series with values beat empty ones.
 */
export function preselectSeries(series: ImportedSeries[], systems: readonly CountryCodeSystem[]): ImportedSeries[] {
  // A file names the same few countries in many series; each is identified once.
  const known = new Map<string, ReturnType<typeof identifyFocusCountry>>();
  const focus = (value: ImportedSeries["dimensions"]["reporter"]) => {
    if (!value) return null;
    const key = `${value.id}\u0001${value.label}`;
    let country = known.get(key);
    if (country === undefined) {
      country = identifyFocusCountry(value, systems);
      known.set(key, country);
    }
    return country;
  };
  const hasPartner = series.some((item) => item.dimensions.partner);
  const hasCountry = series.some((item) => item.dimensions.reporter || item.dimensions.partner);

  let candidates: ImportedSeries[];
  if (hasPartner) {
    candidates = series.filter((item) => {
      const reporter = focus(item.dimensions.reporter);
      const partner = focus(item.dimensions.partner);
      return reporter !== null && partner !== null && reporter !== partner;
    });
  } else if (hasCountry) {
    candidates = series.filter((item) => focus(item.dimensions.reporter) !== null);
  } else {
    candidates = series.length <= MAX_PRESELECTED_WITHOUT_COUNTRIES ? series : [];
  }
  if (candidates.length > 0) {
    candidates = narrow(candidates, isTotalProduct);
    candidates = narrow(candidates, isMainFlow);
    candidates = narrow(candidates, (item) => item.unit === USD_MILLIONS);
    candidates = narrow(candidates, (item) => item.points.length > 0);
  }
  const chosen = new Set(candidates);
  return series.map((item) => (chosen.has(item) ? { ...item, preselected: true } : item));
}

// One collator for every comparison: localeCompare with a locale builds a new one per call.
const LABEL_ORDER = new Intl.Collator("en");

/** Lists, per dimension the file has, the values a reader can pick from and how many series each has. */
export function buildChoices(
  series: readonly ImportedSeries[],
  labels: Readonly<Record<DimensionKey, string>>,
): ImportChoice[] {
  const choices: ImportChoice[] = [];
  for (const dimension of DIMENSION_KEYS) {
    const values = new Map<string, ImportChoiceValue>();
    for (const item of series) {
      const value = item.dimensions[dimension];
      if (!value) continue;
      const known = values.get(value.id);
      if (known) known.seriesCount++;
      else values.set(value.id, { id: value.id, label: value.label, seriesCount: 1 });
    }
    if (values.size === 0) continue;
    choices.push({
      dimension,
      label: labels[dimension],
      values: [...values.values()].sort((a, b) => LABEL_ORDER.compare(a.label, b.label)),
    });
  }
  return choices;
}
