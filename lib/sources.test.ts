import { describe, expect, it } from "vitest";
import type { Source } from "./definitions";
import { claim, financingItem, historyEvent, tradeObservation } from "@/tests/unit/fixtures";
import {
  citationsBySource,
  describeCitations,
  groupSourcesByKind,
  knownConflicts,
  publishedLanguage,
  tradePeriodLabel,
} from "./sources";

describe("publishedLanguage", () => {
  it("tells English, Russian and Urdu titles apart by their script", () => {
    expect(publishedLanguage("Pakistan–Russia relations")).toBe("en");
    expect(publishedLanguage("Российско-пакистанские отношения")).toBe("ru");
    expect(publishedLanguage("پاکستان روس تعلقات")).toBe("ur");
  });
});

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

  it("counts the citations with the Russian plural forms", () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        dataset: "trade" as const,
        id: `t${index}`,
        label: "",
        href: "",
      }));
    expect(describeCitations(many(1), "ru")).toMatch(/^1 \p{L}+ \p{L}+$/u);
    expect(describeCitations(many(2), "ru")).not.toBe(describeCitations(many(5), "ru").replace("5", "2"));
    expect(describeCitations(many(5), "ru")).toMatch(/^5 /);
    expect(describeCitations(many(3), "ur")).toContain("3");
  });

  it("keeps the reader's language in the links of the citing rows", () => {
    const russian = citationsBySource(data, "ru");
    expect(russian.get("wb")?.map((citation) => citation.href)).toEqual(["/ru/financing#f1", "/ru/timeline#e1"]);
    expect(russian.get("article")?.[0]?.by).toBe(data.trade[0]?.reporter);
  });
});

describe("tradePeriodLabel", () => {
  const fiscal = {
    period: "FY2012-13",
    basis: "fiscal" as const,
    start: { year: 2012, month: 7 },
    end: { year: 2013, month: 6 },
  };
  const partial = {
    period: "2018 Jan–Oct",
    basis: "partial" as const,
    start: { year: 2018, month: 1 },
    end: { year: 2018, month: 10 },
  };

  it("keeps the data's own label in English", () => {
    expect(tradePeriodLabel(fiscal)).toBe("FY2012-13");
    expect(tradePeriodLabel(partial)).toBe("2018 Jan–Oct");
  });

  it("writes the fiscal year and the months in Urdu and Russian words", () => {
    expect(tradePeriodLabel(fiscal, "ur")).toContain("2012-13");
    expect(tradePeriodLabel(fiscal, "ur")).not.toContain("FY");
    expect(tradePeriodLabel(fiscal, "ru")).not.toContain("FY");
    expect(tradePeriodLabel(partial, "ru")).not.toMatch(/[A-Za-z]/);
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
    const spoken = (group: (typeof groups)[number] | undefined) =>
      group?.values.map((value) => `${value.text} (${value.by})`);
    expect(spoken(groups[0])).toEqual([
      "$411.4m (Source article)",
      "more than $400m (Russian officials)",
      "$520m (Pakistani officials)",
    ]);
    expect(spoken(groups[1])).toEqual(["$630m (World Bank)", "$700m (World Bank)"]);
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
    expect(group?.values.map((value) => `${value.text} (${value.by})`)).toEqual([
      "$2bn, 16 Oct 2015 (World Bank)",
      "$2.5bn, 15 Jul 2021 (World Bank)",
    ]);
    const [russian] = knownConflicts(data, "ru");
    expect(russian?.href).toBe("/ru/financing#x");
    expect(russian?.label).not.toContain("stated amounts");
  });
});
