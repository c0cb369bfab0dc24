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

export type ConflictPair = {
  dataset: "trade" | "financing";
  ids: [string, string];
  label: string;
  values: [string, string];
  href: string;
};

/** Each pair of rows linked by `conflicts_with`, once (the link is recorded on both rows). */
export function knownConflicts(data: Pick<Dataset, "trade" | "financing">): ConflictPair[] {
  const pairs: ConflictPair[] = [];
  const seen = new Set<string>();
  const key = (dataset: string, a: string, b: string) => `${dataset}:${[a, b].sort().join("|")}`;

  for (const row of data.trade) {
    for (const otherId of row.conflictsWith) {
      const other = data.trade.find((entry) => entry.id === otherId);
      const pairKey = key("trade", row.id, otherId);
      if (other === undefined || seen.has(pairKey)) continue;
      seen.add(pairKey);
      pairs.push({
        dataset: "trade",
        ids: [row.id, other.id],
        label: row.period === other.period ? `Trade, ${row.period}` : `Trade, ${row.period} and ${other.period}`,
        values: [
          `${formatUsdMillions(row.totalUsdM, { atLeast: row.atLeast })} (${row.reporter})`,
          `${formatUsdMillions(other.totalUsdM, { atLeast: other.atLeast })} (${other.reporter})`,
        ],
        href: tradeHrefAround(row.year),
      });
    }
  }
  for (const row of data.financing) {
    for (const otherId of row.conflictsWith) {
      const other = data.financing.find((entry) => entry.id === otherId);
      const pairKey = key("financing", row.id, otherId);
      if (other === undefined || seen.has(pairKey)) continue;
      seen.add(pairKey);
      pairs.push({
        dataset: "financing",
        ids: [row.id, other.id],
        label: `${projectLabel(row.project)}: ${row.item === other.item ? row.item : `${row.item} / ${other.item}`}`,
        values: [
          `${formatFinancingAmount(row)} (${row.sources[0]?.publisher ?? row.financier})`,
          `${formatFinancingAmount(other)} (${other.sources[0]?.publisher ?? other.financier})`,
        ],
        href: `/financing#${row.id}`,
      });
    }
  }
  return pairs;
}
