import type { Claim, FinancingItem, HistoryEvent, TradeObservation } from "@/lib/definitions";

/*
 * Small builders for app shapes in unit tests: each test states only the
 * fields it is about, and everything else gets a plain default.
 */

export function financingItem(overrides: Partial<FinancingItem> & Pick<FinancingItem, "id">): FinancingItem {
  const date = overrides.date ?? "2014-03-27";
  return {
    project: "casa-1000",
    item: overrides.id,
    financier: "World Bank (IDA)",
    date,
    year: Number(date.slice(0, 4)),
    kind: "approval",
    status: "approved",
    sources: [{ id: "wb", title: "Approval", publisher: "World Bank" }],
    conflictsWith: [],
    ...overrides,
  };
}

export function historyEvent(overrides: Partial<HistoryEvent> & Pick<HistoryEvent, "id" | "date">): HistoryEvent {
  const year = Number(overrides.date.slice(0, 4));
  const precision = overrides.date.length === 4 ? "year" : overrides.date.length === 7 ? "month" : "day";
  return {
    precision,
    year,
    x: year,
    title: overrides.id,
    summary: "Summary.",
    theme: "diplomacy",
    sources: [{ id: "src", title: "Source", publisher: "Publisher" }],
    ...overrides,
  };
}

export function claim(overrides: Partial<Claim> & Pick<Claim, "id" | "status">): Claim {
  return {
    claim: `Claim ${overrides.id}`,
    articleValue: "1",
    explanation: "Explanation.",
    sources: [{ id: "source-article", title: "Article", publisher: "Blog" }],
    relatedIds: [],
    ...overrides,
  };
}

export function tradeObservation(
  overrides: Partial<TradeObservation> & Pick<TradeObservation, "id" | "year">,
): TradeObservation {
  return {
    seriesId: "article",
    period: String(overrides.year),
    basis: "calendar",
    start: { year: overrides.year, month: 1 },
    end: { year: overrides.year, month: 12 },
    x: overrides.year,
    totalUsdM: 100,
    atLeast: false,
    reporter: "Source article",
    perspective: "unknown",
    status: "reported",
    sources: [{ id: "source-article", title: "Article", publisher: "Blog" }],
    conflictsWith: [],
    ...overrides,
  };
}
