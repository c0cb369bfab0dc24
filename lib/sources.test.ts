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
  it("lists each disagreement once with all its values, though the link is recorded on every row", () => {
    const data = {
      trade: [
        tradeObservation({ id: "a", year: 2006, totalUsdM: 411.4, conflictsWith: ["b", "c"] }),
        tradeObservation({
          id: "b",
          year: 2006,
          totalUsdM: 400,
          atLeast: true,
          reporter: "Russian officials",
          conflictsWith: ["a", "c"],
        }),
        tradeObservation({
          id: "c",
          year: 2006,
          totalUsdM: 520,
          reporter: "Pakistani officials",
          conflictsWith: ["a", "b"],
        }),
        tradeObservation({ id: "d", year: 2008, totalUsdM: 630 }),
      ],
      financing: [
        financingItem({
          id: "w",
          item: "Funding, 1987 (Wikipedia)",
          date: "1987",
          amountUsdM: 630,
          conflictsWith: ["g"],
        }),
        financingItem({
          id: "g",
          item: "Funding, 1987 (Guinness)",
          date: "1987",
          amountUsdM: 700,
          conflictsWith: ["w"],
        }),
      ],
    };
    const groups = knownConflicts(data);
    expect(groups.map((group) => [group.dataset, group.ids, group.label])).toEqual([
      ["trade", ["a", "b", "c"], "Trade, 2006"],
      ["financing", ["w", "g"], "CASA-1000 power line: Funding, 1987"],
    ]);
    expect(groups[0]?.values).toEqual([
      "$411.4m (Source article)",
      "more than $400m (Russian officials)",
      "$520m (Pakistani officials)",
    ]);
    expect(groups[1]?.values).toEqual(["$630m (World Bank)", "$700m (World Bank)"]);
  });

  it("dates each value when the rows disagree across years", () => {
    const data = {
      trade: [],
      financing: [
        financingItem({ id: "x", item: "Cost in 2015", date: "2015-10-16", amountUsdM: 2000, conflictsWith: ["y"] }),
        financingItem({ id: "y", item: "Cost in 2021", date: "2021-07-15", amountUsdM: 2500, conflictsWith: ["x"] }),
      ],
    };
    const [group] = knownConflicts(data);
    expect(group?.label).toBe("CASA-1000 power line: stated amounts");
    expect(group?.values).toEqual(["$2bn, 16 Oct 2015 (World Bank)", "$2.5bn, 15 Jul 2021 (World Bank)"]);
  });
});
