import { describe, expect, it } from "vitest";
import type { Source } from "./definitions";
import { claim, financingItem, historyEvent, tradeObservation } from "@/tests/unit/fixtures";
import { citationsBySource, describeCitations, groupSourcesByKind, knownConflicts } from "./sources";

const ref = (id: string) => ({ id, title: id, publisher: id });

describe("citationsBySource", () => {
  const data = {
    trade: [
      tradeObservation({ id: "t1", year: 2003, sources: [ref("article")] }),
      tradeObservation({ id: "t2", year: 2006, sources: [ref("article"), ref("ria")] }),
    ],
    financing: [financingItem({ id: "f1", amountUsdM: 120, sources: [ref("wb")] })],
    events: [historyEvent({ id: "e1", date: "2014-03-27", sources: [ref("wb")] })],
    claims: [claim({ id: "c1", status: "confirmed", articleValue: "2007", sources: [ref("article"), ref("ria")] })],
  };
  const index = citationsBySource(data);

  it("lists every row that cites a source, from every dataset", () => {
    expect(index.get("article")?.map((citation) => `${citation.dataset}:${citation.id}`)).toEqual([
      "trade:t1",
      "trade:t2",
      "claims:c1",
    ]);
    expect(index.get("wb")?.map((citation) => citation.href)).toEqual(["/financing#f1", "/timeline#e1"]);
  });

  it("counts the second source of a row as cited too", () => {
    expect(index.get("ria")?.map((citation) => citation.id)).toEqual(["t2", "c1"]);
  });

  it("describes the citations in words, and says so when a source is cited by nothing", () => {
    expect(describeCitations(index.get("article") ?? [])).toBe("2 trade figures and 1 checked claim");
    expect(describeCitations([])).toBe("not cited by any row");
  });
});

describe("groupSourcesByKind", () => {
  const source = (id: string, kind: Source["kind"], date?: string): Source => ({
    id,
    title: id,
    publisher: id,
    kind,
    date,
  });

  it("puts official sources first and blogs last, newest first within a kind, undated last", () => {
    const groups = groupSourcesByKind([
      source("blog", "blog"),
      source("old", "press", "2003-02"),
      source("undated", "press"),
      source("new", "press", "2023-10-13"),
      source("wb", "official", "2014"),
    ]);
    expect(groups.map((group) => [group.kind, group.sources.map((entry) => entry.id)])).toEqual([
      ["official", ["wb"]],
      ["press", ["new", "old", "undated"]],
      ["blog", ["blog"]],
    ]);
  });
});

describe("knownConflicts", () => {
  it("lists each conflicting pair once, though the link is recorded on both rows", () => {
    const data = {
      trade: [
        tradeObservation({ id: "a", year: 2006, totalUsdM: 411.4, conflictsWith: ["b"] }),
        tradeObservation({
          id: "b",
          year: 2006,
          totalUsdM: 520,
          reporter: "Pakistani officials",
          conflictsWith: ["a"],
        }),
      ],
      financing: [
        financingItem({ id: "w", item: "Funding 1987", amountUsdM: 630, conflictsWith: ["g"] }),
        financingItem({ id: "g", item: "Funding 1987", amountUsdM: 700, conflictsWith: ["w"] }),
      ],
    };
    const pairs = knownConflicts(data);
    expect(pairs.map((pair) => [pair.dataset, pair.ids, pair.label])).toEqual([
      ["trade", ["a", "b"], "Trade, 2006"],
      ["financing", ["w", "g"], "CASA-1000 power line: Funding 1987"],
    ]);
    expect(pairs[0]?.values).toEqual(["$411.4m (Source article)", "$520m (Pakistani officials)"]);
  });
});
