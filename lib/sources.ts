import { SOURCE_KINDS, type Dataset, type Source, type SourceKind } from "./definitions";
import {
  CLAIM_STATUS_LABELS,
  formatFinancingAmount,
  formatPartialDate,
  formatUsdMillions,
  projectLabel,
} from "./format";
import { tradeHrefAround } from "./views";

/*
 * What each source is cited for, worked out from the rows that cite it, so the
 * sources page can never disagree with the data it documents.
 */

export const CITING_DATASETS = ["trade", "financing", "events", "claims"] as const;
export type CitingDataset = (typeof CITING_DATASETS)[number];

export const CITING_DATASET_LABELS: Record<CitingDataset, { one: string; many: string }> = {
  trade: { one: "trade figure", many: "trade figures" },
  financing: { one: "financing item", many: "financing items" },
  events: { one: "event", many: "events" },
  claims: { one: "checked claim", many: "checked claims" },
};

export type Citation = { dataset: CitingDataset; id: string; label: string; href: string };

/** Every row that cites each source, keyed by source id, in dataset then file order. */
export function citationsBySource(
  data: Pick<Dataset, "trade" | "financing" | "events" | "claims">,
): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  const add = (sourceIds: readonly { id: string }[], citation: Citation) => {
    for (const { id } of sourceIds) {
      const list = index.get(id);
      if (list === undefined) index.set(id, [citation]);
      else if (!list.some((entry) => entry.dataset === citation.dataset && entry.id === citation.id))
        list.push(citation);
    }
  };
  for (const row of data.trade) {
    add(row.sources, {
      dataset: "trade",
      id: row.id,
      label: `${row.period}: ${formatUsdMillions(row.totalUsdM, { atLeast: row.atLeast })} (${row.reporter})`,
      href: tradeHrefAround(row.year),
    });
  }
  for (const row of data.financing) {
    add(row.sources, {
      dataset: "financing",
      id: row.id,
      label: `${projectLabel(row.project)}: ${row.item}, ${formatFinancingAmount(row)}`,
      href: `/financing#${row.id}`,
    });
  }
  for (const row of data.events) {
    add(row.sources, {
      dataset: "events",
      id: row.id,
      label: `${formatPartialDate(row.date)}: ${row.title}`,
      href: `/timeline#${row.id}`,
    });
  }
  for (const row of data.claims) {
    add(row.sources, {
      dataset: "claims",
      id: row.id,
      label: `“${row.articleValue}” (${CLAIM_STATUS_LABELS[row.status].toLowerCase()})`,
      href: `/claims#${row.id}`,
    });
  }
  return index;
}

/** "3 trade figures and 1 checked claim"; "not cited by any row" when empty. */
export function describeCitations(citations: readonly Citation[]): string {
  const parts = CITING_DATASETS.map((dataset) => {
    const count = citations.filter((citation) => citation.dataset === dataset).length;
    if (count === 0) return undefined;
    const { one, many } = CITING_DATASET_LABELS[dataset];
    return `${count} ${count === 1 ? one : many}`;
  }).filter((part): part is string => part !== undefined);
  if (parts.length === 0) return "not cited by any row";
  return new Intl.ListFormat("en-GB", { type: "conjunction" }).format(parts);
}

/**
 * Sources grouped by kind, official documents first and blogs last; within a
 * kind, newest first, undated ones after the dated, then by publisher.
 */
export function groupSourcesByKind(sources: readonly Source[]): { kind: SourceKind; sources: Source[] }[] {
  const order: readonly SourceKind[] = ["official", "academic", "press", "encyclopedia", "blog"];
  const known = new Set<SourceKind>(SOURCE_KINDS);
  return order
    .filter((kind) => known.has(kind))
    .map((kind) => ({
      kind,
      sources: sources
        .filter((source) => source.kind === kind)
        .sort(
          (a, b) =>
            (b.date ?? "").localeCompare(a.date ?? "") ||
            a.publisher.localeCompare(b.publisher) ||
            a.title.localeCompare(b.title),
        ),
    }))
    .filter((group) => group.sources.length > 0);
}

export type ConflictGroup = {
  dataset: "trade" | "financing";
  ids: string[];
  label: string;
  /** Each row's value and who gave it, in file order. */
  values: string[];
  href: string;
};

/** Rows linked by `conflicts_with`, gathered into one group per disagreement (the link is recorded on both rows). */
function clusters<T extends { id: string; conflictsWith: readonly string[] }>(rows: readonly T[]): T[][] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const placed = new Set<string>();
  const groups: T[][] = [];
  for (const row of rows) {
    if (placed.has(row.id) || row.conflictsWith.length === 0) continue;
    const group: T[] = [];
    const queue = [row];
    while (queue.length > 0) {
      const next = queue.shift();
      if (next === undefined || placed.has(next.id)) continue;
      placed.add(next.id);
      group.push(next);
      for (const otherId of next.conflictsWith) {
        const other = byId.get(otherId);
        if (other !== undefined) queue.push(other);
      }
    }
    groups.push(group);
  }
  return groups;
}

/** Every recorded disagreement between sources, one group per thing disagreed about, with all its values. */
export function knownConflicts(data: Pick<Dataset, "trade" | "financing">): ConflictGroup[] {
  const trade = clusters(data.trade).map((group): ConflictGroup => {
    const periods = [...new Set(group.map((row) => row.period))];
    return {
      dataset: "trade",
      ids: group.map((row) => row.id),
      label: `Trade, ${periods.join(" and ")}`,
      values: group.map((row) => `${formatUsdMillions(row.totalUsdM, { atLeast: row.atLeast })} (${row.reporter})`),
      href: tradeHrefAround(group[0]?.year ?? 0),
    };
  });
  const financing = clusters(data.financing).map((group): ConflictGroup => {
    const first = group[0];
    const titles = [...new Set(group.map((row) => row.item))];
    const sameDate = new Set(group.map((row) => row.date)).size === 1;
    return {
      dataset: "financing",
      ids: group.map((row) => row.id),
      label:
        first === undefined
          ? "Financing"
          : titles.length === 1
            ? `${projectLabel(first.project)}: ${first.item}`
            : `${projectLabel(first.project)}: ${sameDate ? first.item.replace(/\s*\(.*\)$/, "") : "stated amounts"}`,
      values: group.map(
        (row) =>
          `${formatFinancingAmount(row)}${sameDate ? "" : `, ${formatPartialDate(row.date)}`} (${row.sources[0]?.publisher ?? row.financier})`,
      ),
      href: `/financing#${first?.id ?? ""}`,
    };
  });
  return [...trade, ...financing];
}
