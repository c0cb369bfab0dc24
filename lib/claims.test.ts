import { describe, expect, it } from "vitest";
import { claim, financingItem, historyEvent, tradeObservation } from "@/tests/unit/fixtures";
import {
  claimsAbout,
  claimsCheckedAgainst,
  groupClaimsByStatus,
  orderClaims,
  resolveRelated,
  summariseClaims,
} from "./claims";

const claims = [
  claim({ id: "a", status: "confirmed" }),
  claim({ id: "b", status: "unverified" }),
  claim({ id: "c", status: "corrected", correctedValue: "2" }),
  claim({ id: "d", status: "unverified" }),
];

describe("summariseClaims", () => {
  it("counts every status, those needing attention first, including statuses with no claim", () => {
    expect(summariseClaims(claims)).toEqual([
      { status: "corrected", count: 1, share: 0.25 },
      { status: "conflicting", count: 0, share: 0 },
      { status: "unverified", count: 2, share: 0.5 },
      { status: "confirmed", count: 1, share: 0.25 },
    ]);
  });

  it("gives zero shares rather than dividing by zero when there are no claims", () => {
    expect(summariseClaims([]).every((entry) => entry.count === 0 && entry.share === 0)).toBe(true);
  });
});

describe("orderClaims", () => {
  it("puts corrected, conflicting and unverified claims before confirmed ones, keeping file order within a status", () => {
    expect(orderClaims(claims).map((entry) => entry.id)).toEqual(["c", "b", "d", "a"]);
  });
});

describe("resolveRelated", () => {
  const data = {
    trade: [tradeObservation({ id: "article-2003", year: 2003, totalUsdM: 92, status: "unverified" })],
    financing: [
      financingItem({ id: "offer", amountUsdM: 500, qualifier: "at_least", status: "declined", item: "Russian offer" }),
    ],
    events: [historyEvent({ id: "sco", date: "2011-11-07", title: "SCO meeting" })],
  };

  it("links each reference to its row and shows the row's value and status", () => {
    expect(resolveRelated(["trade:article-2003", "financing:offer", "events:sco"], data)).toEqual([
      {
        ref: "trade:article-2003",
        href: "/trade?from=2002&to=2004",
        label: "Trade figure, 2003",
        by: "Source article",
        value: "$92m, unverified",
      },
      {
        ref: "financing:offer",
        href: "/financing#offer",
        label: "CASA-1000 power line: Russian offer",
        value: "at least $500m, declined",
      },
      { ref: "events:sco", href: "/timeline#sco", label: "Event: SCO meeting (7 Nov 2011)" },
    ]);
  });

  it("words the rows in Russian and keeps the links in Russian", () => {
    const [trade, financing, event] = resolveRelated(
      ["trade:article-2003", "financing:offer", "events:sco"],
      data,
      "ru",
    );
    expect(trade?.href).toBe("/ru/trade?from=2002&to=2004");
    expect(trade?.label).toMatch(/^[А-Я]/);
    expect(trade?.label).toContain("2003");
    expect(financing?.href).toBe("/ru/financing#offer");
    expect(event?.label).toContain("SCO meeting");
    expect(event?.label).toContain("2011");
  });

  it("still links a reference it cannot find to its dataset's page", () => {
    expect(resolveRelated(["events:missing"], data)).toEqual([
      { ref: "events:missing", href: "/timeline", label: "events:missing" },
    ]);
  });
});

describe("claimsAbout", () => {
  it("finds the claims that concern any of a set of rows", () => {
    const about = [
      claim({ id: "x", status: "corrected", relatedIds: ["financing:casa-offer", "events:sco"] }),
      claim({ id: "y", status: "confirmed", relatedIds: ["trade:casa-offer"] }),
      claim({ id: "z", status: "unverified" }),
    ];
    expect(claimsAbout(about, "financing", ["casa-offer", "casa-wb"]).map((entry) => entry.id)).toEqual(["x"]);
  });
});

describe("groupClaimsByStatus", () => {
  it("groups claims under their status, those needing attention first, leaving out empty statuses", () => {
    expect(groupClaimsByStatus(claims).map((group) => [group.status, group.claims.map((entry) => entry.id)])).toEqual([
      ["corrected", ["c"]],
      ["unverified", ["b", "d"]],
      ["confirmed", ["a"]],
    ]);
  });
});

describe("claimsCheckedAgainst", () => {
  it("picks the claims whose evidence includes a given source and counts their statuses", () => {
    const imf = { id: "imf", title: "DOTS", publisher: "IMF" };
    const article = { id: "source-article", title: "Article", publisher: "Blog" };
    const checked = claimsCheckedAgainst(
      [
        claim({ id: "t2003", status: "confirmed", sources: [article, imf] }),
        claim({ id: "t2008", status: "conflicting", sources: [article, imf] }),
        claim({ id: "other", status: "unverified", sources: [article] }),
      ],
      ["imf"],
    );
    expect(checked.claims.map((entry) => entry.id)).toEqual(["t2008", "t2003"]);
    expect(checked.summary.filter((entry) => entry.count > 0)).toEqual([
      { status: "conflicting", count: 1, share: 0.5 },
      { status: "confirmed", count: 1, share: 0.5 },
    ]);
  });
});
