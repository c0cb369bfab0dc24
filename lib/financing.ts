import {
  FINANCING_STATUSES,
  type SourceRef,
  type FinancingItem,
  type FinancingKind,
  type FinancingQualifier,
  type FinancingStatus,
} from "./definitions";
import { fillLabel, formatDateRange, formatFinancingAmount, formatUsdCompact, labelsOf, projectLabel } from "./format";
import { getT } from "./i18n";
import type { Locale } from "./i18n/locales";
import { proseLang } from "./i18n/prose-lang";

/*
 * How the financing page groups and adds up its items. Offers, approvals,
 * price tags and repayments are different things, so nothing here adds across
 * them; and a share of a total (`part_of`) is never added to the total again.
 */

/** A section of the page; its title, when it is not its first project's name, is worded in each language. */
export type SectionDefinition = { id: string; title?: (locale: Locale) => string; projects: readonly string[] };

/**
 * The page's sections in reading order. Several small projects can share one
 * section (the US offers and sale of the early 1980s); a project the data adds
 * later and this list does not know gets a section of its own at the end.
 */
export const FINANCING_SECTIONS: readonly SectionDefinition[] = [
  { id: "casa-1000", projects: ["casa-1000"] },
  {
    id: "us-aid-1980s",
    title: (locale) => getT(locale)("financing.sections.usAid1980s"),
    projects: ["us-1980-carter-offer", "us-1981-package", "us-1981-f16-sale"],
  },
  { id: "operation-cyclone", projects: ["operation-cyclone"] },
  { id: "pakistan-steel-mills", projects: ["pakistan-steel-mills"] },
  { id: "guddu-muzaffargarh", projects: ["guddu-muzaffargarh"] },
  { id: "pakistan-stream", projects: ["pakistan-stream"] },
  { id: "russia-2019-packages", projects: ["russia-2019-packages"] },
  { id: "soviet-debt", projects: ["soviet-debt"] },
];

export type ProjectGroup = { project: string; label: string; items: FinancingItem[] };
export type FinancingSection = { id: string; title: string; projects: ProjectGroup[]; items: FinancingItem[] };

function dateKey(iso: string): string {
  // YYYY, YYYY-MM and YYYY-MM-DD sort correctly as strings once padded.
  return (iso + "-00-00").slice(0, 10);
}

export function byDate(a: Pick<FinancingItem, "date">, b: Pick<FinancingItem, "date">): number {
  return dateKey(a.date).localeCompare(dateKey(b.date));
}

/** Items grouped into the page's sections, each project's items in date order; empty sections are dropped. */
export function groupIntoSections(
  items: readonly FinancingItem[],
  definitions: readonly SectionDefinition[] = FINANCING_SECTIONS,
  locale: Locale = "en",
): FinancingSection[] {
  const byProject = new Map<string, FinancingItem[]>();
  for (const item of items) byProject.set(item.project, [...(byProject.get(item.project) ?? []), item]);

  const known = new Set(definitions.flatMap((definition) => definition.projects));
  const unknown = [...byProject.keys()]
    .filter((project) => !known.has(project))
    .sort((a, b) => byDate(earliest(byProject.get(a)), earliest(byProject.get(b))));

  const extra: SectionDefinition[] = unknown.map((project) => ({ id: project, projects: [project] }));
  return [...definitions, ...extra]
    .map((definition) => {
      const projects = definition.projects
        .map((project) => ({
          project,
          label: projectLabel(project, locale),
          items: [...(byProject.get(project) ?? [])].sort(byDate),
        }))
        .filter((group) => group.items.length > 0);
      const first = definition.projects[0];
      return {
        id: definition.id,
        title: definition.title?.(locale) ?? (first === undefined ? definition.id : projectLabel(first, locale)),
        projects,
        items: projects.flatMap((group) => group.items).sort(byDate),
      };
    })
    .filter((section) => section.items.length > 0);
}

function earliest(items: readonly FinancingItem[] | undefined): Pick<FinancingItem, "date"> {
  return [...(items ?? [])].sort(byDate)[0] ?? { date: "9999" };
}

/**
 * Rows that disagree about the same thing (`conflicts_with`), gathered into
 * clusters so both values are shown side by side; a row without conflicts is a
 * cluster of one. Clusters keep the order of their first row.
 */
export function conflictClusters(items: readonly FinancingItem[]): FinancingItem[][] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const placed = new Set<string>();
  const clusters: FinancingItem[][] = [];
  for (const item of items) {
    if (placed.has(item.id)) continue;
    const cluster: FinancingItem[] = [];
    const queue = [item];
    while (queue.length > 0) {
      const next = queue.shift();
      if (next === undefined || placed.has(next.id)) continue;
      placed.add(next.id);
      cluster.push(next);
      for (const otherId of next.conflictsWith) {
        const other = byId.get(otherId);
        if (other !== undefined && !placed.has(otherId)) queue.push(other);
      }
    }
    clusters.push(cluster);
  }
  return clusters;
}

export type NestedItem = { item: FinancingItem; parts: FinancingItem[] };

/** Items with their shares tucked under them; a share whose total is not in the list stays on its own. */
export function nestParts(items: readonly FinancingItem[]): NestedItem[] {
  const ids = new Set(items.map((item) => item.id));
  const nested = items
    .filter((item) => item.partOf === undefined || !ids.has(item.partOf))
    .map((item) => ({ item, parts: [] as FinancingItem[] }));
  const byId = new Map(nested.map((entry) => [entry.item.id, entry]));
  for (const item of items) {
    if (item.partOf !== undefined) byId.get(item.partOf)?.parts.push(item);
  }
  return nested;
}

/**
 * The chart's rows in reading order: items by date, each share right under the
 * total it belongs to, and rows that conflict with each other side by side.
 */
export function orderedRows(items: readonly FinancingItem[]): { item: FinancingItem; part: boolean }[] {
  const nested = nestParts(items);
  const byId = new Map(nested.map((entry) => [entry.item.id, entry]));
  const placed = new Set<string>();
  const rows: { item: FinancingItem; part: boolean }[] = [];
  const place = (entry: NestedItem) => {
    if (placed.has(entry.item.id)) return;
    placed.add(entry.item.id);
    rows.push({ item: entry.item, part: false });
    for (const part of entry.parts) rows.push({ item: part, part: true });
  };
  for (const entry of nested) {
    place(entry);
    for (const otherId of entry.item.conflictsWith) {
      const other = byId.get(otherId);
      if (other !== undefined) place(other);
    }
  }
  return rows;
}

export type ListEntry =
  | { kind: "single"; item: FinancingItem; parts: FinancingItem[] }
  /** Two or more rows that disagree about one amount, to be shown side by side. */
  | { kind: "conflict"; items: FinancingItem[] };

/** The entries of a section's item list: the chart's order, with disagreeing rows gathered into one entry. */
export function listEntries(items: readonly FinancingItem[]): ListEntry[] {
  const rows = orderedRows(items);
  const entries: ListEntry[] = [];
  const inConflict = new Set<string>();
  for (const { item, part } of rows) {
    if (part || inConflict.has(item.id)) continue;
    const partners = rows.filter((row) => !row.part && item.conflictsWith.includes(row.item.id)).map((row) => row.item);
    if (partners.length > 0) {
      const group = [item, ...partners];
      for (const member of group) inConflict.add(member.id);
      entries.push({ kind: "conflict", items: group });
    } else {
      entries.push({
        kind: "single",
        item,
        parts: rows.filter((row) => row.part && row.item.partOf === item.id).map((row) => row.item),
      });
    }
  }
  return entries;
}

/** Kinds that are not money given or lent: a price tag, and money paid back the other way. */
const NOT_FLOWS: ReadonlySet<FinancingKind> = new Set(["cost_estimate", "repayment"]);
/** Statuses under which money was committed or paid, as opposed to offered. */
const COMMITTED: ReadonlySet<FinancingStatus> = new Set(["approved", "implemented"]);

export type AmountTotal = {
  low: number;
  high: number;
  /** Qualifiers of the items added, so the total can say "at least" or "about". */
  qualifiers: FinancingQualifier[];
  /** Items whose amounts are in the total; a conflict between two sources counts once, as a range. */
  ids: string[];
  conflicts: number;
};

export type CountedTotal =
  | { kind: "total"; total: AmountTotal }
  /** Two or more items from one financier on one date with no `part_of` link: they may be a total and its shares. */
  | { kind: "withheld"; groups: FinancingItem[][] };

/**
 * The money approved or paid for a set of items, each amount counted once:
 * shares of a total also in the set are left out, two sources disagreeing
 * about one amount count once as a low–high range, and offers, price tags and
 * repayments are not money committed. Where one financier has several items
 * on the same date and the data does not say how they relate, no total is
 * given rather than one that might count a share twice.
 */
export function countedTotal(items: readonly FinancingItem[]): CountedTotal | undefined {
  const eligible = items.filter(
    (item) => item.amountUsdM !== undefined && COMMITTED.has(item.status) && !NOT_FLOWS.has(item.kind),
  );
  const eligibleIds = new Set(eligible.map((item) => item.id));
  const counted = eligible.filter((item) => item.partOf === undefined || !eligibleIds.has(item.partOf));
  if (counted.length === 0) return undefined;

  const clusters = conflictClusters(counted);
  const byDecision = new Map<string, FinancingItem[][]>();
  for (const cluster of clusters) {
    const first = cluster[0];
    if (first === undefined) continue;
    const key = `${first.financier}|${first.date}`;
    byDecision.set(key, [...(byDecision.get(key) ?? []), cluster]);
  }
  const ambiguous = [...byDecision.values()].filter((group) => group.length > 1);
  if (ambiguous.length > 0) return { kind: "withheld", groups: ambiguous.map((group) => group.flat()) };

  let low = 0;
  let high = 0;
  const qualifiers = new Set<FinancingQualifier>();
  for (const cluster of clusters) {
    const lows = cluster.map((item) => item.amountUsdM ?? 0);
    const highs = cluster.map((item) => item.amountMaxUsdM ?? item.amountUsdM ?? 0);
    low += Math.min(...lows);
    high += Math.max(...highs);
    for (const item of cluster) if (item.qualifier !== undefined) qualifiers.add(item.qualifier);
  }
  return {
    kind: "total",
    total: {
      low: roundMillions(low),
      high: roundMillions(high),
      qualifiers: [...qualifiers],
      ids: counted.map((item) => item.id),
      conflicts: clusters.filter((cluster) => cluster.length > 1).length,
    },
  };
}

/** Sums of decimals drift (0.1 + 0.2); amounts are published to at most three decimals of a million. */
function roundMillions(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export type ProjectSummary = {
  counted?: CountedTotal;
  /** Offers, pledges and packages that were not approved or paid: they are listed, never added, because later offers often restate earlier ones. */
  uncommitted: { count: number; largest?: FinancingItem };
  costEstimates: { count: number; low: number; high: number } | undefined;
  /** Items with no published dollar amount. */
  withoutAmount: number;
  /** Shares of a total that is also in the set. */
  parts: number;
};

export function summariseProject(items: readonly FinancingItem[]): ProjectSummary {
  const ids = new Set(items.map((item) => item.id));
  const uncommitted = items.filter(
    (item) =>
      !COMMITTED.has(item.status) && !NOT_FLOWS.has(item.kind) && (item.partOf === undefined || !ids.has(item.partOf)),
  );
  const largest = uncommitted
    .filter((item) => item.amountUsdM !== undefined)
    .reduce<FinancingItem | undefined>(
      (best, item) =>
        best === undefined ||
        (item.amountMaxUsdM ?? item.amountUsdM ?? 0) > (best.amountMaxUsdM ?? best.amountUsdM ?? 0)
          ? item
          : best,
      undefined,
    );
  const estimates = items.filter((item) => item.kind === "cost_estimate" && item.amountUsdM !== undefined);
  return {
    counted: countedTotal(items),
    uncommitted: { count: uncommitted.length, largest },
    costEstimates:
      estimates.length === 0
        ? undefined
        : {
            count: estimates.length,
            low: Math.min(...estimates.map((item) => item.amountUsdM ?? 0)),
            high: Math.max(...estimates.map((item) => item.amountMaxUsdM ?? item.amountUsdM ?? 0)),
          },
    withoutAmount: items.filter((item) => item.amountUsdM === undefined).length,
    parts: items.filter((item) => item.partOf !== undefined && ids.has(item.partOf)).length,
  };
}

/** Smallest and largest amounts among the items (upper ends of ranges included), for a chart's scale. */
export function amountExtent(items: readonly FinancingItem[]): { min: number; max: number } | undefined {
  const values = items.flatMap((item) =>
    [item.amountUsdM, item.amountMaxUsdM].filter((value): value is number => value !== undefined && value > 0),
  );
  if (values.length === 0) return undefined;
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** "at least $500m", "up to …", or "about …" when the amounts added carry different qualifiers. */
function qualifiedTotal(qualifiers: readonly FinancingQualifier[], amount: string, locale: Locale): string {
  if (qualifiers.length === 0) return amount;
  const words = labelsOf(locale).qualifier;
  const only = qualifiers.length === 1 ? qualifiers[0] : undefined;
  const template = only === "at_least" ? words.at_least : only === "up_to" ? words.up_to : words.about;
  return fillLabel(template, { amount });
}

/** A counted total in words, and whether the amount is our own addition or a figure as published. */
export type CountedTotalText = {
  amount: string;
  detail: string;
  /** True when two or more published amounts were added by us: no source gives that sum. */
  computed: boolean;
};

/**
 * A counted total in words: "$544.8m", "about $377m" or "$1.63bn–$1.7bn" when
 * sources disagree, with what went into it; or why no total is given. A sum
 * of several amounts is ours, not a source's, and says so. Worded in the
 * reader's language; financier names are the data's.
 */
export function describeCountedTotal(counted: CountedTotal, locale: Locale = "en"): CountedTotalText {
  const t = getT(locale);
  if (counted.kind === "withheld") {
    const first = counted.groups[0] ?? [];
    const sample = first[0];
    return {
      amount: t("financing.total.notAddedUp"),
      detail:
        sample === undefined
          ? t("financing.total.unlinked")
          : t("financing.total.withheld", {
              count: first.length,
              financier: sample.financier,
              date: formatDateRange(sample.date, undefined, locale),
            }),
      computed: false,
    };
  }
  const { low, high, qualifiers, ids, conflicts } = counted.total;
  const amount = qualifiedTotal(
    qualifiers,
    low === high ? formatUsdCompact(low, locale) : `${formatUsdCompact(low, locale)}–${formatUsdCompact(high, locale)}`,
    locale,
  );
  const computed = ids.length > 1;
  const parts = [computed ? t("financing.total.ourSum", { count: ids.length }) : t("financing.total.asGiven")];
  if (conflicts > 0) parts.push(t("financing.total.disagreements", { count: conflicts }));
  return { amount, detail: parts.join(t("financing.summary.separator")), computed };
}

/** How many items have each status, in the fixed order of the statuses. */
export function countByStatus(items: readonly FinancingItem[]): { status: FinancingStatus; count: number }[] {
  return FINANCING_STATUSES.map((status) => ({ status, count: items.filter((item) => item.status === status).length }));
}

export { proseLang };

/**
 * One financing item as the table shows it: the words already in the reader's
 * language (the table is a client component without the catalogues), the
 * numbers kept as numbers to sort by.
 */
export type FinancingTableRow = {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD padded to sort as text. */
  dateKey: string;
  dateText: string;
  project: string;
  item: string;
  /** "en" when the item's name is the data's English text on another edition. */
  itemLang?: "en";
  amountUsdM?: number;
  amountText: string;
  kind: string;
  status: FinancingStatus;
  statusText: string;
  financier: string;
  counterpart?: string;
  /** "en" when the financier's and counterpart's names are the data's English ones on another edition. */
  partiesLang?: "en";
  partOf?: string;
  conflictsWith: readonly string[];
  sources: readonly SourceRef[];
};

export function financingTableRows(items: readonly FinancingItem[], locale: Locale = "en"): FinancingTableRow[] {
  const labels = labelsOf(locale);
  return items.map((item) => ({
    id: item.id,
    dateKey: dateKey(item.date),
    dateText: formatDateRange(item.date, item.endDate, locale),
    project: projectLabel(item.project, locale),
    item: item.item,
    itemLang: proseLang(item.item, locale),
    amountUsdM: item.amountUsdM,
    amountText: formatFinancingAmount(item, locale),
    kind: labels.financingKind[item.kind],
    status: item.status,
    statusText: labels.financingStatus[item.status],
    financier: item.financier,
    counterpart: item.counterpart,
    partiesLang: proseLang(`${item.financier} ${item.counterpart ?? ""}`, locale),
    partOf: item.partOf,
    conflictsWith: item.conflictsWith,
    sources: item.sources,
  }));
}

/**
 * The attributes of an element holding the data's prose: on another edition,
 * English text is marked as English and set left to right in its own isolate,
 * so its full stop stays at its end and names around an arrow keep their order
 * in an Urdu line.
 */
export function proseAttributes(text: string, locale: Locale): { lang?: "en"; dir?: "ltr" } {
  return proseLang(text, locale) === "en" ? { lang: "en", dir: "ltr" } : {};
}
