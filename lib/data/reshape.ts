import type {
  Claim,
  Dataset,
  FinancingItem,
  HistoryEvent,
  OfficialObservation,
  Source,
  SourceRef,
  TradeObservation,
  TradeSeries,
} from "../definitions";
import { seriesLabel } from "../format";
import type { PartialDate } from "./fields";
import type { ClaimRow, CpiRow, EventRow, FinancingRow, OfficialRow, SourceRow, TradeRow } from "./schemas";

type Located<T> = { line: number; row: T };

export type ParsedFiles = {
  sources: Located<SourceRow>[];
  trade: Located<TradeRow>[];
  financing: Located<FinancingRow>[];
  events: Located<EventRow>[];
  claims: Located<ClaimRow>[];
  official: Located<OfficialRow>[];
  pakistanPartners: Located<OfficialRow>[];
  usCpi: Located<CpiRow>[];
};

/** Time of the start of a month, in years. */
function monthStart(year: number, month: number): number {
  return year + (month - 1) / 12;
}

/**
 * Axis position of a date: calendar year Y is centred on Y, so the start of a
 * year is Y − 0.5. A date known only to the year sits in the middle of it.
 */
export function dateToX(date: PartialDate): number {
  if (date.month === undefined) return date.year;
  const dayFraction = date.day === undefined ? 0.5 : (date.day - 1) / 31;
  return monthStart(date.year, date.month) + dayFraction / 12 - 0.5;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function seriesId(row: Pick<TradeRow, "reporter" | "perspective" | "basis">): string {
  return slugify(`${row.reporter} ${row.perspective} ${row.basis}`);
}

function reshapeTrade(row: TradeRow, refs: (ids: string[]) => SourceRef[]): TradeObservation {
  const start = monthStart(row.start.year, row.start.month);
  const end = monthStart(row.end.year, row.end.month) + 1 / 12;
  const middle = (start + end) / 2;
  return {
    id: row.id,
    seriesId: seriesId(row),
    period: row.period,
    basis: row.basis,
    start: row.start,
    end: row.end,
    // The middle of a calendar year is 1 July; of a fiscal year, 1 January of its second year.
    year: Math.floor(middle + 1e-9),
    x: Math.round((middle - 0.5) * 1e6) / 1e6,
    totalUsdM: row.total_usd_m,
    pkExportsUsdM: row.pk_exports_usd_m,
    pkImportsUsdM: row.pk_imports_usd_m,
    atLeast: row.qualifier === "at_least",
    reporter: row.reporter,
    perspective: row.perspective,
    status: row.status,
    sources: refs(row.source_ids),
    conflictsWith: row.conflicts_with,
    note: row.note,
  };
}

function reshapeFinancing(row: FinancingRow, refs: (ids: string[]) => SourceRef[]): FinancingItem {
  return {
    id: row.id,
    project: row.project,
    item: row.item,
    financier: row.financier,
    counterpart: row.counterpart,
    amountUsdM: row.amount_usd_m,
    amountMaxUsdM: row.amount_max_usd_m,
    qualifier: row.qualifier,
    originalAmount: row.original_amount,
    date: row.date.iso,
    year: row.date.year,
    endDate: row.end_date?.iso,
    endYear: row.end_date?.year,
    kind: row.kind,
    status: row.status,
    sources: refs(row.source_ids),
    conflictsWith: row.conflicts_with,
    partOf: row.part_of,
    note: row.note,
  };
}

function reshapeOfficial(row: OfficialRow): OfficialObservation {
  return {
    reporter: row.reporter === "Pakistan" ? "pk" : "ru",
    partner: row.partner,
    flow: row.flow,
    valuation: row.valuation,
    year: row.year,
    valueUsdM: row.value_usd_m,
    sourceId: row.source_id,
  };
}

function reshapeEvent(row: EventRow, refs: (ids: string[]) => SourceRef[]): HistoryEvent {
  return {
    id: row.id,
    date: row.date.iso,
    precision: row.precision,
    year: row.date.year,
    x: dateToX(row.date),
    endDate: row.end_date?.iso,
    endX: row.end_date === undefined ? undefined : dateToX(row.end_date),
    title: row.title,
    summary: row.summary,
    theme: row.theme,
    sources: refs(row.source_ids),
    related: row.related,
  };
}

function reshapeClaim(row: ClaimRow, refs: (ids: string[]) => SourceRef[]): Claim {
  return {
    id: row.id,
    claim: row.claim,
    articleValue: row.article_value,
    status: row.status,
    correctedValue: row.corrected_value,
    explanation: row.explanation,
    sources: refs(row.source_ids),
    relatedIds: row.related_ids,
  };
}

function groupSeries(observations: TradeObservation[]): TradeSeries[] {
  const series = new Map<string, TradeSeries>();
  for (const observation of observations) {
    const existing = series.get(observation.seriesId);
    if (existing) {
      existing.observations.push(observation);
    } else {
      series.set(observation.seriesId, {
        id: observation.seriesId,
        label: seriesLabel(observation.reporter, observation.perspective, observation.basis),
        reporter: observation.reporter,
        perspective: observation.perspective,
        basis: observation.basis,
        observations: [observation],
      });
    }
  }
  // The longest-running series first, so the default view leads with the most context.
  return [...series.values()]
    .map((entry) => ({ ...entry, observations: entry.observations.sort((a, b) => a.x - b.x) }))
    .sort((a, b) => (a.observations[0]?.x ?? 0) - (b.observations[0]?.x ?? 0));
}

/** Joins validated rows into the app's shapes. Assumes checkReferences found nothing. */
export function reshapeDataset(files: ParsedFiles): Dataset {
  const sources: Source[] = files.sources.map(({ row }) => ({
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    date: row.date?.iso,
    url: row.url,
    kind: row.kind,
    note: row.note,
  }));
  const byId = new Map(sources.map((source) => [source.id, source]));
  const refs = (ids: string[]): SourceRef[] =>
    ids.flatMap((id) => {
      const source = byId.get(id);
      return source === undefined
        ? []
        : [{ id: source.id, title: source.title, publisher: source.publisher, date: source.date, url: source.url }];
    });

  const trade = files.trade.map(({ row }) => reshapeTrade(row, refs)).sort((a, b) => a.x - b.x);
  return {
    sources,
    trade,
    tradeSeries: groupSeries(trade),
    financing: files.financing.map(({ row }) => reshapeFinancing(row, refs)),
    events: files.events.map(({ row }) => reshapeEvent(row, refs)).sort((a, b) => a.x - b.x),
    claims: files.claims.map(({ row }) => reshapeClaim(row, refs)),
    official: files.official.map(({ row }) => reshapeOfficial(row)),
    pakistanPartners: files.pakistanPartners.map(({ row }) => reshapeOfficial(row)),
    usCpi: files.usCpi.map(({ row }) => ({
      year: row.year,
      cpi: row.cpi_u,
      method: row.method,
      sourceId: row.source_id,
    })),
  };
}
