import { describe, expect, it } from "vitest";
import { financingItem } from "@/tests/unit/fixtures";
import {
  amountExtent,
  conflictClusters,
  countByStatus,
  countedTotal,
  describeCountedTotal,
  financingTableRows,
  groupIntoSections,
  proseLang,
  listEntries,
  nestParts,
  summariseProject,
} from "./financing";

const total = financingItem({ id: "wb-total", amountUsdM: 526.5 });
const shares = [
  financingItem({ id: "wb-afghanistan", amountUsdM: 316.5, kind: "grant", partOf: "wb-total" }),
  financingItem({ id: "wb-pakistan", amountUsdM: 120, kind: "credit", partOf: "wb-total" }),
  financingItem({ id: "wb-kyrgyz", amountUsdM: 45, partOf: "wb-total" }),
  financingItem({ id: "wb-tajikistan", amountUsdM: 45, partOf: "wb-total" }),
];
const additional = financingItem({ id: "wb-kyrgyz-2024", amountUsdM: 18.3, kind: "credit", date: "2024-03-06" });
const russianOffer = financingItem({
  id: "ru-offer",
  financier: "Russia",
  amountUsdM: 500,
  qualifier: "at_least",
  kind: "offer",
  status: "declined",
  date: "2011-11-07",
});
const costEstimate = financingItem({ id: "cost", amountUsdM: 1170, kind: "cost_estimate", status: "announced" });

describe("countedTotal", () => {
  it("counts a joint approval once and leaves its country shares out", () => {
    const result = countedTotal([total, ...shares, additional]);
    expect(result).toEqual({
      kind: "total",
      total: { low: 544.8, high: 544.8, qualifiers: [], ids: ["wb-total", "wb-kyrgyz-2024"], conflicts: 0 },
    });
  });

  it("leaves out offers that were never taken up and price tags", () => {
    const result = countedTotal([total, russianOffer, costEstimate]);
    expect(result?.kind === "total" ? result.total.ids : []).toEqual(["wb-total"]);
  });

  it("withholds the total when one financier has unlinked items on one date, rather than risk counting a share twice", () => {
    const unlinked = shares.map((share) => ({ ...share, partOf: undefined }));
    const result = countedTotal([total, ...unlinked]);
    expect(result?.kind).toBe("withheld");
    expect(result?.kind === "withheld" ? result.groups[0]?.map((item) => item.id) : []).toEqual([
      "wb-total",
      "wb-afghanistan",
      "wb-pakistan",
      "wb-kyrgyz",
      "wb-tajikistan",
    ]);
  });

  it("counts two sources that disagree about one amount once, as a range", () => {
    const cyclone = [
      financingItem({
        id: "c-1984",
        financier: "CIA",
        date: "1984",
        kind: "funding",
        status: "implemented",
        amountUsdM: 200,
      }),
      financingItem({
        id: "c-1987-a",
        financier: "CIA",
        date: "1987",
        kind: "funding",
        status: "implemented",
        amountUsdM: 630,
        conflictsWith: ["c-1987-b"],
      }),
      financingItem({
        id: "c-1987-b",
        financier: "CIA",
        date: "1987",
        kind: "funding",
        status: "implemented",
        amountUsdM: 700,
        conflictsWith: ["c-1987-a"],
      }),
    ];
    const result = countedTotal(cyclone);
    expect(result).toMatchObject({ kind: "total", total: { low: 830, high: 900, conflicts: 1 } });
  });

  it("adds published ranges as ranges and keeps qualifiers", () => {
    const items = [
      financingItem({
        id: "a",
        date: "1980",
        amountUsdM: 20,
        amountMaxUsdM: 30,
        status: "implemented",
        kind: "funding",
      }),
      financingItem({
        id: "b",
        date: "1981",
        amountUsdM: 0.695,
        status: "implemented",
        kind: "funding",
        qualifier: "about",
      }),
    ];
    expect(countedTotal(items)).toMatchObject({
      kind: "total",
      total: { low: 20.695, high: 30.695, qualifiers: ["about"] },
    });
  });

  it("counts a share whose total is only a price tag, since the price tag is not counted", () => {
    const items = [
      financingItem({
        id: "psm-cost",
        kind: "cost_estimate",
        status: "implemented",
        amountUsdM: 1620,
        date: "1985-01",
      }),
      financingItem({
        id: "psm-soviet",
        kind: "funding",
        status: "implemented",
        amountUsdM: 377,
        partOf: "psm-cost",
        date: "1985-01",
        financier: "Soviet Union",
      }),
    ];
    expect(countedTotal(items)).toMatchObject({ kind: "total", total: { low: 377, ids: ["psm-soviet"] } });
  });

  it("gives nothing when no item was approved or paid", () => {
    expect(countedTotal([russianOffer, costEstimate])).toBeUndefined();
  });
});

describe("summariseProject", () => {
  it("lists offers without adding them and reports the largest", () => {
    const offers = [
      russianOffer,
      financingItem({
        id: "psm-2013",
        kind: "offer",
        status: "lapsed",
        amountUsdM: 500,
        amountMaxUsdM: 1000,
        date: "2013-08",
      }),
    ];
    const summary = summariseProject(offers);
    expect(summary.uncommitted.count).toBe(2);
    expect(summary.uncommitted.largest?.id).toBe("psm-2013");
    expect(summary.counted).toBeUndefined();
  });

  it("still lists an offer that is part of a package in another project", () => {
    const steelMill = financingItem({
      id: "psm-2019",
      kind: "offer",
      status: "announced",
      amountUsdM: 1000,
      partOf: "igc6-2019-deals",
    });
    expect(summariseProject([steelMill]).uncommitted.count).toBe(1);
  });

  it("gives the spread of cost estimates, upper ends of ranges included", () => {
    const estimates = [
      financingItem({ id: "e1", kind: "cost_estimate", status: "announced", amountUsdM: 2000, date: "2015" }),
      financingItem({
        id: "e2",
        kind: "cost_estimate",
        status: "announced",
        amountUsdM: 1500,
        amountMaxUsdM: 3500,
        date: "2022",
      }),
    ];
    expect(summariseProject(estimates).costEstimates).toEqual({ count: 2, low: 1500, high: 3500 });
  });

  it("counts shares and items without a dollar amount", () => {
    const euro = financingItem({ id: "eur", kind: "package", status: "announced", originalAmount: "EUR 500m" });
    const summary = summariseProject([total, ...shares, euro]);
    expect(summary.parts).toBe(4);
    expect(summary.withoutAmount).toBe(1);
  });
});

describe("groupIntoSections", () => {
  const items = [
    financingItem({ id: "f16", project: "us-1981-f16-sale", date: "1981" }),
    financingItem({ id: "package", project: "us-1981-package", date: "1981" }),
    financingItem({ id: "carter", project: "us-1980-carter-offer", date: "1980-02" }),
    financingItem({ id: "new", project: "new-project", date: "2020" }),
    ...[additional, total],
  ];

  it("puts sections in the defined order and each project's items in date order", () => {
    const sections = groupIntoSections(items);
    expect(sections.map((section) => section.id)).toEqual(["casa-1000", "us-aid-1980s", "new-project"]);
    expect(sections[0]?.items.map((item) => item.id)).toEqual(["wb-total", "wb-kyrgyz-2024"]);
  });

  it("gathers several projects into one section and keeps each as a group", () => {
    const us = groupIntoSections(items).find((section) => section.id === "us-aid-1980s");
    expect(us?.title).toBe("US aid in the early 1980s");
    expect(us?.projects.map((group) => group.project)).toEqual([
      "us-1980-carter-offer",
      "us-1981-package",
      "us-1981-f16-sale",
    ]);
  });

  it("gives a project the list does not know a section of its own, named from its slug", () => {
    expect(groupIntoSections(items).at(-1)?.title).toBe("New project");
  });

  it("places every item in exactly one section", () => {
    const placed = groupIntoSections(items).flatMap((section) => section.items.map((item) => item.id));
    expect(placed.sort()).toEqual(items.map((item) => item.id).sort());
  });
});

describe("conflictClusters and nestParts", () => {
  it("gathers rows linked by conflicts_with into one cluster", () => {
    const a = financingItem({ id: "a", conflictsWith: ["b", "c"] });
    const b = financingItem({ id: "b", conflictsWith: ["a", "c"] });
    const c = financingItem({ id: "c", conflictsWith: ["a", "b"] });
    const d = financingItem({ id: "d" });
    expect(conflictClusters([a, d, b, c]).map((cluster) => cluster.map((item) => item.id))).toEqual([
      ["a", "b", "c"],
      ["d"],
    ]);
  });

  it("tucks shares under their total and keeps a share whose total is elsewhere on its own", () => {
    const orphan = financingItem({ id: "orphan", partOf: "somewhere-else" });
    const nested = nestParts([total, ...shares, orphan]);
    expect(nested.map((entry) => [entry.item.id, entry.parts.length])).toEqual([
      ["wb-total", 4],
      ["orphan", 0],
    ]);
  });
});

describe("amountExtent", () => {
  it("spans the smallest amount to the largest upper end", () => {
    const items = [
      financingItem({ id: "small", amountUsdM: 0.6 }),
      financingItem({ id: "range", amountUsdM: 1500, amountMaxUsdM: 3500 }),
      financingItem({ id: "none" }),
    ];
    expect(amountExtent(items)).toEqual({ min: 0.6, max: 3500 });
  });

  it("is undefined when no item has an amount", () => {
    expect(amountExtent([financingItem({ id: "none" })])).toBeUndefined();
  });
});

describe("listEntries", () => {
  it("gathers rows that disagree into one entry and keeps shares under their total", () => {
    const wiki = financingItem({ id: "wiki-1987", date: "1987", amountUsdM: 630, conflictsWith: ["guinness-1987"] });
    const guinness = financingItem({
      id: "guinness-1987",
      date: "1987",
      amountUsdM: 700,
      conflictsWith: ["wiki-1987"],
    });
    const entries = listEntries([total, ...shares, wiki, guinness]);
    expect(
      entries.map((entry) =>
        entry.kind === "single"
          ? `${entry.item.id} (${entry.parts.length} parts)`
          : `conflict: ${entry.items.map((item) => item.id).join(" / ")}`,
      ),
    ).toEqual(["wb-total (4 parts)", "conflict: wiki-1987 / guinness-1987"]);
  });
});

describe("describeCountedTotal", () => {
  it("writes a single total with its qualifier", () => {
    const counted = countedTotal([
      financingItem({ id: "psm", status: "implemented", amountUsdM: 377, qualifier: "about" }),
    ]);
    expect(counted && describeCountedTotal(counted)).toEqual({
      amount: "about $377m",
      detail: "1 published amount, as given",
      computed: false,
    });
  });

  it("labels a sum of several amounts as ours, writes a range and says a disagreement was counted as one", () => {
    const counted = countedTotal([
      financingItem({ id: "a", date: "1987", amountUsdM: 630, conflictsWith: ["b"] }),
      financingItem({ id: "b", date: "1987", amountUsdM: 700, conflictsWith: ["a"] }),
      financingItem({ id: "c", date: "1988", amountUsdM: 1000 }),
    ]);
    expect(counted && describeCountedTotal(counted)).toEqual({
      amount: "$1.63bn–$1.7bn",
      detail:
        "our sum of 3 published amounts, which no source gives as a total; 1 disagreement between sources counted as a range",
      computed: true,
    });
  });

  it("gives a published total as it stands when its yearly parts are linked to it", () => {
    const programme = financingItem({
      id: "programme",
      date: "1979",
      endDate: "1989",
      amountUsdM: 2000,
      qualifier: "at_least",
      status: "implemented",
    });
    const years = [
      financingItem({ id: "y1979", date: "1979", amountUsdM: 0.695, status: "implemented", partOf: "programme" }),
      financingItem({
        id: "y1980",
        date: "1980",
        amountUsdM: 20,
        amountMaxUsdM: 30,
        status: "implemented",
        partOf: "programme",
      }),
      financingItem({
        id: "wiki-1987",
        date: "1987",
        amountUsdM: 630,
        status: "implemented",
        partOf: "programme",
        conflictsWith: ["guinness-1987"],
      }),
      financingItem({
        id: "guinness-1987",
        date: "1987",
        amountUsdM: 700,
        status: "implemented",
        partOf: "programme",
        conflictsWith: ["wiki-1987"],
      }),
    ];
    const counted = countedTotal([programme, ...years]);
    expect(counted && describeCountedTotal(counted)).toEqual({
      amount: "at least $2bn",
      detail: "1 published amount, as given",
      computed: false,
    });
  });

  it("explains why a total is withheld", () => {
    const counted = countedTotal([total, financingItem({ id: "unlinked", amountUsdM: 120 })]);
    expect(counted && describeCountedTotal(counted).detail).toBe(
      "2 items from World Bank (IDA) dated 27 Mar 2014 may be one total and its shares, and the data does not link them, so adding them could count money twice",
    );
  });
});

describe("countByStatus", () => {
  it("counts every status, keeping those with no item at 0", () => {
    expect(countByStatus([total, russianOffer, costEstimate])).toEqual([
      { status: "announced", count: 1 },
      { status: "approved", count: 1 },
      { status: "implemented", count: 0 },
      { status: "declined", count: 1 },
      { status: "lapsed", count: 0 },
      { status: "unknown", count: 0 },
    ]);
  });
});

describe("the financing page's words in Urdu and Russian", () => {
  it("names the sections in the reader's language", () => {
    const items = [financingItem({ id: "package", project: "us-1981-package", date: "1981" })];
    expect(groupIntoSections(items, undefined, "ru")[0]?.title).toBe("Помощь США в начале 1980-х");
    expect(groupIntoSections(items, undefined, "ur")[0]?.title).toBe("1980 کی دہائی کے آغاز میں امریکی امداد");
  });

  it("says in Russian how many published amounts we added, with the right plural", () => {
    const items = [
      financingItem({ id: "a", amountUsdM: 100, status: "approved", kind: "loan", date: "2001" }),
      financingItem({ id: "b", amountUsdM: 50, status: "implemented", kind: "grant", date: "2002" }),
    ];
    const counted = countedTotal(items);
    expect(counted && describeCountedTotal(counted, "ru")).toEqual({
      amount: "150 млн долл.",
      detail: "наша сумма опубликованных цифр (2), которую ни один источник не приводит как итог",
      computed: true,
    });
  });

  it("writes an Urdu total with the Urdu qualifier and the number in the sentence", () => {
    const items = [
      financingItem({ id: "a", amountUsdM: 500, qualifier: "at_least", status: "approved", kind: "loan" }),
    ];
    const counted = countedTotal(items);
    expect(counted && describeCountedTotal(counted, "ur").amount).toBe("کم از کم 500 ملین ڈالر");
  });

  it("marks only Latin-script prose as English on another edition", () => {
    expect(proseLang("Soviet credit", "ru")).toBe("en");
    expect(proseLang("Советский кредит", "ru")).toBeUndefined();
    expect(proseLang("سوویت قرض", "ur")).toBeUndefined();
    expect(proseLang("Soviet credit", "en")).toBeUndefined();
  });

  it("gives the table its rows with words formatted and amounts kept as numbers", () => {
    const [row] = financingTableRows([financingItem({ id: "a", amountUsdM: 1500, status: "approved" })], "ru");
    expect(row).toMatchObject({ amountUsdM: 1500, amountText: "1,5 млрд долл.", statusText: "Одобрено" });
  });
});
