import { describe, expect, it } from "vitest";
import { describeCountedTotal, summariseProject } from "../financing";
import { headlineCandidates } from "../insights";
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

  it("holds the article's 2003–2009 series with the status the official series gives it, and no rows for 2004, 2005 and 2007", () => {
    const article = data.trade.filter((row) => row.sources[0]?.id === "source-article");
    expect(article.map((row) => [row.year, row.totalUsdM, row.status])).toEqual([
      // 2003 equals Pakistan's own IMF total, 2006 Russia's within 0.1%; 2008 matches neither; 2009 is "~400".
      [2003, 92, "reported"],
      [2006, 411.4, "reported"],
      [2008, 630, "unverified"],
      [2009, 400, "approximate"],
    ]);
    for (const row of article.filter((entry) => entry.status !== "unverified")) {
      expect(row.sources.some((source) => source.id.startsWith("imf-dots-"))).toBe(true);
    }
  });

  it("links the same article's FY2023-24 figures as a conflict and keeps them out of headline figures", () => {
    const full = data.trade.find((row) => row.id === "sbp-fy2023-24");
    expect(full?.conflictsWith).toEqual(["sbp-fy2023-24-jul-may"]);
    expect(headlineCandidates(data.trade).some((row) => row.id.startsWith("sbp-fy2023-24"))).toBe(false);
  });

  it("records the FPCCI's FY2022-23 total as below the Ministry's July–May figure, on both rows", () => {
    const fpcci = data.trade.find((row) => row.id === "fpcci-fy2022-23");
    const julyMay = data.trade.find((row) => row.id === "moc-fy2022-23-jul-may");
    expect(fpcci?.conflictsWith).toContain("moc-fy2022-23-jul-may");
    expect(julyMay?.conflictsWith).toContain("fpcci-fy2022-23");
    expect((fpcci?.totalUsdM ?? 0) < (julyMay?.totalUsdM ?? 0)).toBe(true);
  });

  it("marks values we computed as derived and places the Foreign Office's $520m in fiscal 2006/07", () => {
    expect(data.trade.find((row) => row.id === "ru-trade-rep-2020-jan-nov")?.status).toBe("derived");
    const office = data.trade.find((row) => row.totalUsdM === 520);
    expect([office?.period, office?.basis, office?.start, office?.end]).toEqual([
      "FY2006-07",
      "fiscal",
      { year: 2006, month: 7 },
      { year: 2007, month: 6 },
    ]);
  });

  it("checks the article's trade claims against the IMF series", () => {
    const status = (id: string) => data.claims.find((claim) => claim.id === id);
    expect(
      ["claim-trade-2003", "claim-trade-2006", "claim-trade-2008", "claim-trade-2009"].map((id) => status(id)?.status),
    ).toEqual(["confirmed", "confirmed", "conflicting", "confirmed"]);
    for (const id of ["claim-trade-2003", "claim-trade-2006", "claim-trade-2008", "claim-trade-2009"]) {
      expect(status(id)?.sources.some((source) => source.id.startsWith("imf-dots-"))).toBe(true);
    }
    // The evidence for the visit and the meeting does not report them.
    expect(status("claim-2007-fradkov-visit")?.status).toBe("unverified");
    expect(status("claim-2011-sco-meeting")?.status).toBe("unverified");
    expect(status("claim-2012-khar-borodavkin")?.articleValue).toBe("2012");
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

  it("gives Operation Cyclone's published total rather than a sum of its yearly figures", () => {
    const cyclone = data.financing.filter((row) => row.project === "operation-cyclone");
    const counted = summariseProject(cyclone).counted;
    expect(counted && describeCountedTotal(counted)).toEqual({
      amount: "at least $2bn",
      detail: "1 published amount, as given",
      computed: false,
    });
  });

  it("cites the testimony and TIME's expiry date for the 1981 package's approval, and claims no disbursement", () => {
    const item = data.financing.find((row) => row.id === "us-1981-package");
    expect(item?.status).toBe("approved");
    expect(item?.sources.map((source) => source.id)).toContain("usstate-1981-11-12");
  });

  it("records the 1981 package as $3.2bn and corrects the article's ~32.5 billion", () => {
    expect(data.financing.some((row) => row.project === "us-1981-package" && row.amountUsdM === 3200)).toBe(true);
    const claim = data.claims.find((row) => row.articleValue.includes("32.5"));
    expect(claim?.status).toBe("corrected");
  });
});
