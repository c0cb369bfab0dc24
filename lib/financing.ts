import {
  FINANCING_STATUSES,
  type FinancingItem,
  type FinancingKind,
  type FinancingQualifier,
  type FinancingStatus,
} from "./definitions";
import { formatDateRange, formatUsdCompact, projectLabel } from "./format";

/*
 * How the financing page groups and adds up its items. Offers, approvals,
 * price tags and repayments are different things, so nothing here adds across
 * them; and a share of a total (`part_of`) is never added to the total again.
 */

export type SectionDefinition = { id: string; title?: string; projects: readonly string[] };

/**
 * The page's sections in reading order. Several small projects can share one
 * section (the US offers and sale of the early 1980s); a project the data adds
 * later and this list does not know gets a section of its own at the end.
 */
export const FINANCING_SECTIONS: readonly SectionDefinition[] = [
  { id: "casa-1000", projects: ["casa-1000"] },
  {
    id: "us-aid-1980s",
    title: "US aid in the early 1980s",
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
          label: projectLabel(project),
          items: [...(byProject.get(project) ?? [])].sort(byDate),
        }))
        .filter((group) => group.items.length > 0);
      const first = definition.projects[0];
      return {
        id: definition.id,
        title: definition.title ?? (first === undefined ? definition.id : projectLabel(first)),
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

function qualifierWord(qualifiers: readonly FinancingQualifier[]): string {
  if (qualifiers.length === 0) return "";
  if (qualifiers.length === 1 && qualifiers[0] === "at_least") return "at least ";
  if (qualifiers.length === 1 && qualifiers[0] === "up_to") return "up to ";
  return "about ";
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
 * of several amounts is ours, not a source's, and says so.
 */
export function describeCountedTotal(counted: CountedTotal): CountedTotalText {
  if (counted.kind === "withheld") {
    const first = counted.groups[0] ?? [];
    const sample = first[0];
    return {
      amount: "Not added up",
      detail:
        sample === undefined
          ? "the data does not say how these items relate"
          : `${first.length} items from ${sample.financier} dated ${formatDateRange(sample.date)} may be one total and its shares, and the data does not link them, so adding them could count money twice`,
      computed: false,
    };
  }
  const { low, high, qualifiers, ids, conflicts } = counted.total;
  const amount =
    low === high
      ? `${qualifierWord(qualifiers)}${formatUsdCompact(low)}`
      : `${qualifierWord(qualifiers)}${formatUsdCompact(low)}–${formatUsdCompact(high)}`;
  const computed = ids.length > 1;
  const parts = [
    computed
      ? `our sum of ${ids.length} published amounts, which no source gives as a total`
      : "1 published amount, as given",
  ];
  if (conflicts > 0) {
    parts.push(`${conflicts} disagreement${conflicts === 1 ? "" : "s"} between sources counted as a range`);
  }
  return { amount, detail: parts.join("; "), computed };
}

/** How many items have each status, in the fixed order of the statuses. */
export function countByStatus(items: readonly FinancingItem[]): { status: FinancingStatus; count: number }[] {
  return FINANCING_STATUSES.map((status) => ({ status, count: items.filter((item) => item.status === status).length }));
}
