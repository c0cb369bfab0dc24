import { describe, expect, it } from "vitest";
import { getDataset } from "./index";

/*
 * The real data files, checked beyond their schema: the figures the product
 * promises to carry, and the rules of the data (no zeros for unknowns, article
 * figures marked unverified, conflicts kept as separate rows).
 */
describe("data/*.csv", () => {
  const data = getDataset();

  it("validates and loads every file", () => {
    expect(data.trade.length).toBeGreaterThan(0);
    expect(data.sources.length).toBeGreaterThan(0);
  });

  it("holds the article's 2003–2009 series as unverified, with no rows for 2004, 2005 and 2007", () => {
    const article = data.trade.filter((row) => row.sources.some((source) => source.id === "source-article"));
    expect(article.map((row) => [row.year, row.totalUsdM])).toEqual([
      [2003, 92],
      [2006, 411.4],
      [2008, 630],
      [2009, 400],
    ]);
    expect(article.every((row) => row.status === "unverified")).toBe(true);
  });

  it("keeps both sides of the FY2022-23 and 2014 conflicts", () => {
    const values = (period: string) =>
      data.trade.filter((row) => row.period === period && row.basis !== "partial").map((row) => row.totalUsdM);
    expect(values("FY2022-23").sort((a, b) => a - b)).toEqual([666.85, 920]);
    expect(values("2014").sort((a, b) => a - b)).toEqual([454, 474]);
  });

  it("never records zero for an unknown amount", () => {
    expect(data.trade.some((row) => row.totalUsdM === 0)).toBe(false);
    expect(data.financing.some((row) => row.amountUsdM === 0)).toBe(false);
  });

  it("records the 1981 package as $3.2bn and corrects the article's ~32.5 billion", () => {
    expect(data.financing.some((row) => row.project === "us-1981-package" && row.amountUsdM === 3200)).toBe(true);
    const claim = data.claims.find((row) => row.articleValue.includes("32.5"));
    expect(claim?.status).toBe("corrected");
  });
});
