import { SOURCE_KINDS, type Dataset, type Source, type SourceKind, type TradeObservation } from "./definitions";
import {
  formatFinancingAmount,
  formatMonthSpan,
  formatPartialDate,
  formatUsdMillions,
  labelsOf,
  projectLabel,
} from "./format";
import { formatList, getT } from "./i18n";
import { localizePath, type Locale } from "./i18n/locales";
import { tradeHrefAround } from "./views";

/*
 * What each source is cited for, worked out from the rows that cite it, so the
 * sources page can never disagree with the data it documents.
 */

export const CITING_DATASETS = ["trade", "financing", "events", "claims"] as const;
export type CitingDataset = (typeof CITING_DATASETS)[number];

/**
 * The language a source's title or publisher is written in, for its `lang`
 * attribute: titles stay as published, and nearly all are English; one in
 * Cyrillic is Russian and one in Arabic script Urdu.
 */
export function publishedLanguage(text: string): "en" | "ru" | "ur" {
  if (/[\u0400-\u04FF]/.test(text)) return "ru";
  if (/[\u0600-\u06FF]/.test(text)) return "ur";
  return "en";
}

/**
 * A trade figure's period as a reader of the language writes it. English keeps
 * the data's own label ("FY2012-13", "2018 Jan–Oct"); the other languages
 * build it from the months it covers, since those labels are English words.
 */
export function tradePeriodLabel(
  row: Pick<TradeObservation, "period" | "basis" | "start" | "end">,
  locale: Locale = "en",
): string {
  if (locale === "en") return row.period;
  if (row.basis === "calendar") return String(row.start.year);
  if (row.basis === "fiscal")
    return getT(locale)("sources.period.fiscal", {
      from: String(row.start.year),
      to: String(row.end.year % 100).padStart(2, "0"),
    });
  return formatMonthSpan(row.start, row.end, locale);
}

/**
 * A row citing a source: what it is, and who gave its figure where that is
 * not the source's own title (a trade figure's reporter), named as the data
 * names them, in English, so that a page can mark that name's language.
 */
export type Citation = { dataset: CitingDataset; id: string; label: string; by?: string; href: string };

/** Every row that cites each source, keyed by source id, in dataset then file order. */
export function citationsBySource(
  data: Pick<Dataset, "trade" | "financing" | "events" | "claims">,
  locale: Locale = "en",
): Map<string, Citation[]> {
  const t = getT(locale);
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
      label: t("sources.citation.trade", {
        period: tradePeriodLabel(row, locale),
        amount: formatUsdMillions(row.totalUsdM, { atLeast: row.atLeast }, locale),
      }),
      by: row.reporter,
      href: localizePath(locale, tradeHrefAround(row.year)),
    });
  }
  for (const row of data.financing) {
    add(row.sources, {
      dataset: "financing",
      id: row.id,
      label: t("sources.citation.financing", {
        project: projectLabel(row.project, locale),
        item: row.item,
        amount: formatFinancingAmount(row, locale),
      }),
      href: localizePath(locale, `/financing#${row.id}`),
    });
  }
  for (const row of data.events) {
    add(row.sources, {
      dataset: "events",
      id: row.id,
      label: t("sources.citation.event", { date: formatPartialDate(row.date, locale), title: row.title }),
      href: localizePath(locale, `/timeline#${row.id}`),
    });
  }
  for (const row of data.claims) {
    add(row.sources, {
      dataset: "claims",
      id: row.id,
      label: t("sources.citation.claim", {
        value: row.articleValue,
        status: labelsOf(locale).claimStatus[row.status].toLocaleLowerCase(locale),
      }),
      href: localizePath(locale, `/claims#${row.id}`),
    });
  }
  return index;
}

/** "3 trade figures and 1 checked claim"; "not cited by any row" when empty. */
export function describeCitations(citations: readonly Citation[], locale: Locale = "en"): string {
  const t = getT(locale);
  const parts = CITING_DATASETS.map((dataset) => {
    const count = citations.filter((citation) => citation.dataset === dataset).length;
    return count === 0 ? undefined : t(`sources.citing.${dataset}`, { count });
  }).filter((part): part is string => part !== undefined);
  if (parts.length === 0) return t("sources.entry.notCitedShort");
  return formatList(locale, parts);
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
  /** Each row's value and who gave it (as the data names them, in English), in file order. */
  values: { text: string; by: string }[];
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
export function knownConflicts(data: Pick<Dataset, "trade" | "financing">, locale: Locale = "en"): ConflictGroup[] {
  const t = getT(locale);
  const trade = clusters(data.trade).map((group): ConflictGroup => {
    const periods = [...new Set(group.map((row) => tradePeriodLabel(row, locale)))];
    return {
      dataset: "trade",
      ids: group.map((row) => row.id),
      label: t("sources.conflicts.trade", { periods: formatList(locale, periods) }),
      values: group.map((row) => ({
        text: formatUsdMillions(row.totalUsdM, { atLeast: row.atLeast }, locale),
        by: row.reporter,
      })),
      href: localizePath(locale, tradeHrefAround(group[0]?.year ?? 0)),
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
          ? t("sources.conflicts.financing")
          : `${projectLabel(first.project, locale)}: ${
              titles.length === 1
                ? first.item
                : sameDate
                  ? first.item.replace(/\s*\(.*\)$/, "")
                  : t("sources.conflicts.statedAmounts")
            }`,
      values: group.map((row) => ({
        text: `${formatFinancingAmount(row, locale)}${sameDate ? "" : `, ${formatPartialDate(row.date, locale)}`}`,
        by: row.sources[0]?.publisher ?? row.financier,
      })),
      href: localizePath(locale, `/financing#${first?.id ?? ""}`),
    };
  });
  return [...trade, ...financing];
}
