import type { CpiYear, OfficialObservation } from "../definitions";
import { formatList, getT, type Locale } from "../i18n";
import enOfficial from "@/messages/en/official.json";
import { deflator, latestCpiYear } from "./constant-dollars";
import { FIRST_RUSSIA_YEAR, measureSeries, pakistanFlows, RUSSIA, USSR, type YearValue } from "./flows";
import { mirrorGaps, type Direction } from "./mirror";
import { pakistanShareOfRussia, partnerTotals, russiaRankForPakistan, russiaShareOfPakistan } from "./share";

/*
 * The rows behind the official sections (the two countries' figures, how much
 * Russia matters, the balance), cut to a year range and put into the dollars
 * the reader chose. Everything here is worked out from single cells of the IMF
 * tables; the components mark each derived value as such.
 */

/** The value modes of the trade explorer; "index" has no meaning for these sections and is shown as nominal. */
export type SectionMode = "absolute" | "index" | "real";

export type Dollars = {
  kind: "nominal" | "real";
  /** The year whose prices constant dollars are expressed in. */
  baseYear?: number;
  /** A value of `year` in these dollars, or undefined when it cannot be converted. */
  convert(value: number, year: number): number | undefined;
};

/** Nominal US dollars, or constant dollars of the latest full CPI year when `mode` is "real" and the CPI allows. */
export function dollarsFor(mode: SectionMode, cpi: readonly CpiYear[]): Dollars {
  const baseYear = mode === "real" ? latestCpiYear(cpi) : undefined;
  if (baseYear === undefined) return { kind: "nominal", convert: (value) => value };
  const deflate = deflator(cpi, baseYear);
  return { kind: "real", baseYear, convert: deflate.real };
}

/** "US$ millions" or "US$ millions at 2024 prices": for axes, table headers and captions. */
export function dollarsLabel(dollars: Dollars, locale: Locale = "en"): string {
  const t = getT(locale);
  return dollars.kind === "real"
    ? t("official.dollars.real", { year: String(dollars.baseYear) })
    : t("official.dollars.nominal");
}

/** A sentence saying which dollars a section shows and how constant dollars were made. */
export function dollarsNote(dollars: Dollars, locale: Locale = "en"): string {
  const t = getT(locale);
  return dollars.kind === "real"
    ? t("official.dollars.noteReal", { year: String(dollars.baseYear) })
    : t("official.dollars.noteNominal");
}

export type YearRange = { from: number; to: number };

const within = (year: number, range: YearRange) => year >= range.from && year <= range.to;

/** A range as readers write it: "1993", "1992–2020". */
export function spanLabel(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}

/** The years of a series inside a range, or undefined when it has none there. */
export function spanOf(years: readonly number[]): YearRange | undefined {
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/* ------------------------------------------------------------------------ */
/* Two countries, two numbers                                               */
/* ------------------------------------------------------------------------ */

export type MirrorRow = {
  year: number;
  /** Pakistan's figure: FOB for its exports, CIF for its imports. */
  pakistan?: number;
  /** Russia's figure: CIF for Pakistan's exports (Russia's imports), FOB for Pakistan's imports. */
  russia?: number;
  /** Importer's figure minus exporter's, in the chosen dollars (derived). */
  gap?: number;
  /** The gap as a % of the exporter's figure (derived; the same in any dollars). */
  gapPct?: number;
};

/** Who exports and who imports in a direction, and so which figure is FOB and which CIF. */
export const DIRECTION_ROLES: Record<Direction, { exporter: "pk" | "ru"; importer: "pk" | "ru" }> = {
  "pk-to-ru": { exporter: "pk", importer: "ru" },
  "ru-to-pk": { exporter: "ru", importer: "pk" },
};

/** One direction as both countries count it, year by year inside the range. */
export function mirrorRows(
  official: readonly OfficialObservation[],
  direction: Direction,
  range: YearRange,
  dollars: Dollars,
): MirrorRow[] {
  const exporterIsPakistan = DIRECTION_ROLES[direction].exporter === "pk";
  return mirrorGaps(official, direction)
    .filter((entry) => within(entry.year, range))
    .map((entry) => {
      const convert = (value: number | undefined) =>
        value === undefined ? undefined : dollars.convert(value, entry.year);
      const exporter = convert(entry.exporterFob);
      const importer = convert(entry.importerCif);
      return {
        year: entry.year,
        pakistan: exporterIsPakistan ? exporter : importer,
        russia: exporterIsPakistan ? importer : exporter,
        gap: exporter === undefined || importer === undefined ? undefined : importer - exporter,
        gapPct: entry.gapPct,
      };
    })
    .filter((row) => row.pakistan !== undefined || row.russia !== undefined);
}

/**
 * Total trade (exports plus imports) as each country counts it, with Russia's
 * total minus Pakistan's. Both totals are sums we compute; a year where a
 * country lacks one direction has no total by that count.
 */
export function totalRows(official: readonly OfficialObservation[], range: YearRange, dollars: Dollars): MirrorRow[] {
  const series = (reporter: "pk" | "ru") =>
    new Map(
      measureSeries(pakistanFlows(official, reporter), "total")
        .filter((entry) => entry.year >= FIRST_RUSSIA_YEAR && within(entry.year, range))
        .map((entry) => [entry.year, dollars.convert(entry.value, entry.year)]),
    );
  const pk = series("pk");
  const ru = series("ru");
  const years = [...new Set([...pk.keys(), ...ru.keys()])].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const pakistan = pk.get(year);
    const russia = ru.get(year);
    if (pakistan === undefined && russia === undefined) return [];
    if (pakistan === undefined || russia === undefined) return [{ year, pakistan, russia }];
    const gap = russia - pakistan;
    return [{ year, pakistan, russia, gap, gapPct: pakistan === 0 ? undefined : (gap / pakistan) * 100 }];
  });
}

export type MirrorSummary = {
  years: number;
  /** Years where the importer's (CIF) figure is the higher, as valuation alone would lead one to expect. */
  importerHigher: number[];
  /** Years where the exporter's (FOB) figure is the higher, which CIF valuation cannot explain. */
  exporterHigher: number[];
  medianGapPct?: number;
  largest?: { year: number; gap: number; gapPct?: number };
};

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function summariseMirror(rows: readonly MirrorRow[]): MirrorSummary {
  const compared = rows.filter((row) => row.gap !== undefined);
  const largest = compared.reduce<MirrorRow | undefined>(
    (best, row) => (best === undefined || Math.abs(row.gap ?? 0) > Math.abs(best.gap ?? 0) ? row : best),
    undefined,
  );
  return {
    years: compared.length,
    importerHigher: compared.filter((row) => (row.gap ?? 0) > 0).map((row) => row.year),
    exporterHigher: compared.filter((row) => (row.gap ?? 0) < 0).map((row) => row.year),
    medianGapPct: median(compared.flatMap((row) => (row.gapPct === undefined ? [] : [row.gapPct]))),
    largest: largest?.gap === undefined ? undefined : { year: largest.year, gap: largest.gap, gapPct: largest.gapPct },
  };
}

/* ------------------------------------------------------------------------ */
/* How much Russia matters                                                  */
/* ------------------------------------------------------------------------ */

export type ShareRow = {
  year: number;
  /** "USSR" to 1991, "Russian Federation" from 1992. */
  partner: string;
  /** Russia's (the USSR's) share of Pakistan's trade with the world, %, by Pakistan's figures. */
  shareOfPakistan?: number;
  rank?: number;
  partnerCount?: number;
  /** Pakistan's share of Russia's trade with the world, %, by Russia's figures. */
  shareOfRussia?: number;
};

export function shareRows(
  official: readonly OfficialObservation[],
  partners: readonly OfficialObservation[],
  range: YearRange,
): ShareRow[] {
  const rows = new Map<number, ShareRow>();
  const row = (year: number) => {
    const existing = rows.get(year);
    if (existing !== undefined) return existing;
    const created: ShareRow = { year, partner: year < FIRST_RUSSIA_YEAR ? USSR : RUSSIA };
    rows.set(year, created);
    return created;
  };
  for (const entry of russiaShareOfPakistan(official)) {
    if (within(entry.year, range)) row(entry.year).shareOfPakistan = entry.value;
  }
  for (const entry of russiaRankForPakistan(partners)) {
    if (!within(entry.year, range)) continue;
    Object.assign(row(entry.year), { rank: entry.rank, partnerCount: entry.partnerCount });
  }
  for (const entry of pakistanShareOfRussia(official)) {
    if (within(entry.year, range)) row(entry.year).shareOfRussia = entry.value;
  }
  return [...rows.values()].sort((a, b) => a.year - b.year);
}

export type PartnerBar = {
  rank: number;
  /** The IMF's name, e.g. "China, P.R.: Mainland". */
  partner: string;
  /** A reader's name, e.g. "China (mainland)". */
  name: string;
  total: number;
  exports?: number;
  imports?: number;
  complete: boolean;
  isRussia: boolean;
};

/*
 * The IMF's country names put the form of state after a comma ("Iran, Islamic
 * Rep. of"); readers know most of them by the part before it. The partners
 * that can appear among Pakistan's largest, and the few whose names need the
 * part after the comma, have a name in each language in the catalogue, under
 * their ISO region code (or a code of ours for economies that no longer exist).
 */
const PARTNER_CODES = {
  "United States": "US",
  "United Kingdom": "GB",
  Japan: "JP",
  Germany: "DE",
  India: "IN",
  France: "FR",
  "Iran, Islamic Rep. of": "IR",
  Italy: "IT",
  "Belgium-Luxembourg": "BE-LU",
  Australia: "AU",
  USSR: "SU",
  Myanmar: "MM",
  "China, P.R.: Hong Kong": "HK",
  "China, P.R.: Macao": "MO",
  "China, P.R.: Mainland": "CN",
  Canada: "CA",
  Singapore: "SG",
  "Poland, Rep. of": "PL",
  "Saudi Arabia": "SA",
  "Sri Lanka": "LK",
  Indonesia: "ID",
  "Netherlands, The": "NL",
  Kuwait: "KW",
  "United Arab Emirates": "AE",
  Malaysia: "MY",
  "Korea, Rep. of": "KR",
  "Korea, Dem. People's Rep. of": "KP",
  "Congo, Dem. Rep. of the": "CD",
  "Congo, Rep. of": "CG",
  "Yemen, People's Dem. Rep. of": "YD",
  "Russian Federation": "RU",
  "Afghanistan, Islamic Rep. of": "AF",
  Qatar: "QA",
  "South Africa": "ZA",
} as const satisfies Record<string, keyof typeof enOfficial.partners>;

function partnerCode(imfName: string): keyof typeof enOfficial.partners | undefined {
  return (PARTNER_CODES as Record<string, keyof typeof enOfficial.partners>)[imfName];
}

/** A reader's name for an IMF partner economy; a partner without a translated name keeps the English one. */
export function partnerName(imfName: string, locale: Locale = "en"): string {
  const code = partnerCode(imfName);
  if (code !== undefined) return getT(locale)(`official.partners.${code}`);
  return imfName.split(",")[0] ?? imfName;
}

/** Whether a partner's name is in the locale's own words (false: left in English). */
export function partnerNameTranslated(imfName: string, locale: Locale = "en"): boolean {
  return locale === "en" || partnerCode(imfName) !== undefined;
}

/**
 * Pakistan's largest partner economies in a year by total trade, by Pakistan's
 * figures, with Russia (the USSR) appended at its rank when it is not among them.
 */
export function largestPartners(
  partners: readonly OfficialObservation[],
  year: number,
  count: number,
  dollars: Dollars,
  locale: Locale = "en",
): PartnerBar[] {
  const russia = year < FIRST_RUSSIA_YEAR ? USSR : RUSSIA;
  const ranked = partnerTotals(partners, year).map((entry, index, all) => ({
    entry,
    // Ties share a rank, as in russiaRankForPakistan.
    rank: 1 + all.filter((other) => other.total > entry.total).length,
    index,
  }));
  const shown = ranked.filter(({ entry, index }) => index < count || entry.partner === russia);
  return shown.flatMap(({ entry, rank }) => {
    const total = dollars.convert(entry.total, year);
    if (total === undefined) return [];
    const convert = (value: number | undefined) => (value === undefined ? undefined : dollars.convert(value, year));
    return [
      {
        rank,
        partner: entry.partner,
        name: partnerName(entry.partner, locale),
        total,
        exports: convert(entry.exports),
        imports: convert(entry.imports),
        complete: entry.complete,
        isRussia: entry.partner === russia,
      },
    ];
  });
}

/** The latest year inside the range for which Pakistan reports its partners, or undefined. */
export function latestPartnerYear(partners: readonly OfficialObservation[], range: YearRange): number | undefined {
  return partners.reduce<number | undefined>(
    (latest, row) => (within(row.year, range) && (latest === undefined || row.year > latest) ? row.year : latest),
    undefined,
  );
}

/* ------------------------------------------------------------------------ */
/* Balance                                                                  */
/* ------------------------------------------------------------------------ */

export type BalanceRow = {
  year: number;
  partner: string;
  /** Pakistan's exports minus its imports by Pakistan's count (derived). */
  pakistan?: number;
  /** The same by Russia's count: Russia's imports from Pakistan minus its exports to Pakistan (derived). */
  russia?: number;
};

export function balanceRows(
  official: readonly OfficialObservation[],
  range: YearRange,
  dollars: Dollars,
): BalanceRow[] {
  const rows = new Map<number, BalanceRow>();
  const add = (series: YearValue[], key: "pakistan" | "russia") => {
    for (const { year, value } of series) {
      if (!within(year, range)) continue;
      const converted = dollars.convert(value, year);
      if (converted === undefined) continue;
      const row = rows.get(year) ?? { year, partner: year < FIRST_RUSSIA_YEAR ? USSR : RUSSIA };
      row[key] = converted;
      rows.set(year, row);
    }
  };
  add(measureSeries(pakistanFlows(official, "pk"), "balance"), "pakistan");
  add(measureSeries(pakistanFlows(official, "ru"), "balance"), "russia");
  return [...rows.values()].sort((a, b) => a.year - b.year);
}

export type BalanceSummary = {
  years: number[];
  deficitYears: number[];
  surplusYears: number[];
  largestDeficit?: { year: number; value: number };
  largestSurplus?: { year: number; value: number };
};

export function summariseBalance(rows: readonly BalanceRow[], count: "pakistan" | "russia"): BalanceSummary {
  const values = rows.flatMap((row) => {
    const value = row[count];
    return value === undefined ? [] : [{ year: row.year, value }];
  });
  const extreme = (sign: 1 | -1) =>
    values.reduce<{ year: number; value: number } | undefined>(
      (best, entry) =>
        entry.value * sign > 0 && (best === undefined || entry.value * sign > best.value * sign) ? entry : best,
      undefined,
    );
  return {
    years: values.map((entry) => entry.year),
    deficitYears: values.filter((entry) => entry.value < 0).map((entry) => entry.year),
    surplusYears: values.filter((entry) => entry.value > 0).map((entry) => entry.year),
    largestDeficit: extreme(-1),
    largestSurplus: extreme(1),
  };
}

/** "1993", "1993 and 2011", "1993, 1997 and 2011"; runs of years as "2010–2016". */
export function formatYearList(years: readonly number[], locale: Locale = "en"): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const close = () => {
    if (start === undefined || previous === undefined) return;
    runs.push(
      previous === start ? String(start) : previous === start + 1 ? `${start}, ${previous}` : `${start}–${previous}`,
    );
  };
  for (const year of sorted) {
    if (previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    close();
    start = year;
    previous = year;
  }
  close();
  return formatList(
    locale,
    runs.flatMap((run) => run.split(", ")),
  );
}

/** The source ids of the observations a section draws on, in the range: what it cites. */
export function sourceIdsIn(
  rows: readonly OfficialObservation[],
  range: YearRange,
  keep: (row: OfficialObservation) => boolean = () => true,
): string[] {
  return [...new Set(rows.filter((row) => within(row.year, range) && keep(row)).map((row) => row.sourceId))].sort();
}
