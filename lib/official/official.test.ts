import { describe, expect, it } from "vitest";
import type { CpiYear, OfficialObservation, TradeObservation } from "../definitions";
import { getDataset } from "../data";
import { deflator, latestCpiYear } from "./constant-dollars";
import { measureOf, measureSeries, pakistanFlows } from "./flows";
import { mirrorGaps } from "./mirror";
import { checkPressFigures } from "./press-check";
import { partnerTotals, pakistanShareOfRussia, russiaRankForPakistan, russiaShareOfPakistan } from "./share";

function obs(
  reporter: "pk" | "ru",
  partner: string,
  flow: "exports" | "imports",
  year: number,
  valueUsdM: number,
): OfficialObservation {
  return {
    reporter,
    partner,
    flow,
    valuation: flow === "exports" ? "FOB" : "CIF",
    year,
    valueUsdM,
    sourceId: reporter === "pk" ? "imf-dots-pakistan" : "imf-dots-russia",
  };
}

const SMALL: OfficialObservation[] = [
  obs("pk", "USSR", "exports", 1991, 30),
  obs("pk", "USSR", "imports", 1991, 120),
  obs("pk", "USSR", "exports", 1992, 1),
  obs("pk", "Russian Federation", "exports", 1992, 40),
  obs("pk", "Russian Federation", "imports", 1992, 60),
  obs("pk", "Russian Federation", "exports", 1993, 35),
  obs("ru", "Pakistan", "exports", 1992, 50),
  obs("ru", "Pakistan", "imports", 1992, 44),
  obs("ru", "Pakistan", "exports", 1993, 70),
  obs("pk", "World", "exports", 1991, 600),
  obs("pk", "World", "imports", 1991, 900),
  obs("pk", "World", "exports", 1992, 700),
  obs("pk", "World", "imports", 1992, 1300),
  obs("ru", "World", "exports", 1992, 4000),
  obs("ru", "World", "imports", 1992, 3400),
];

describe("pakistanFlows", () => {
  it("takes the USSR to 1991 and the Russian Federation from 1992, leaving out the 1992 USSR residual", () => {
    expect(pakistanFlows(SMALL, "pk")).toEqual([
      { year: 1991, partner: "USSR", exports: 30, imports: 120 },
      { year: 1992, partner: "Russian Federation", exports: 40, imports: 60 },
      { year: 1993, partner: "Russian Federation", exports: 35 },
    ]);
  });

  it("turns Russia's count into Pakistan's terms: Russia's imports from Pakistan are Pakistan's exports", () => {
    expect(pakistanFlows(SMALL, "ru")[0]).toEqual({
      year: 1992,
      partner: "Russian Federation",
      exports: 44,
      imports: 50,
    });
  });

  it("gives no total or balance for a year with one direction missing, instead of counting it as 0", () => {
    const [, , year1993] = pakistanFlows(SMALL, "pk");
    expect(year1993 && measureOf(year1993, "exports")).toBe(35);
    expect(year1993 && measureOf(year1993, "total")).toBeUndefined();
    expect(measureSeries(pakistanFlows(SMALL, "pk"), "balance")).toEqual([
      { year: 1991, value: -90 },
      { year: 1992, value: -20 },
    ]);
  });
});

describe("mirrorGaps", () => {
  it("sets the exporter's FOB figure beside the importer's CIF figure, with the gap in US$ and %", () => {
    expect(mirrorGaps(SMALL, "pk-to-ru")[0]).toEqual({
      year: 1992,
      exporterFob: 40,
      importerCif: 44,
      gapUsdM: 4,
      gapPct: 10,
    });
    expect(mirrorGaps(SMALL, "ru-to-pk")[0]).toMatchObject({ exporterFob: 50, importerCif: 60, gapUsdM: 10 });
  });

  it("keeps a year one country does not report, without a gap", () => {
    expect(mirrorGaps(SMALL, "ru-to-pk")[1]).toEqual({ year: 1993, exporterFob: 70, importerCif: undefined });
  });
});

describe("shares and ranks", () => {
  it("gives Russia's (the USSR's) share of Pakistan's trade from Pakistan's figures", () => {
    expect(russiaShareOfPakistan(SMALL)).toEqual([
      { year: 1991, value: 10 },
      { year: 1992, value: 5 },
    ]);
  });

  it("gives Pakistan's share of Russia's trade from Russia's figures", () => {
    expect(pakistanShareOfRussia(SMALL)).toEqual([{ year: 1992, value: (94 / 7400) * 100 }]);
  });

  it("ranks partner economies by total trade, a partner with one direction missing by what it has", () => {
    const partners = [
      obs("pk", "China", "exports", 2000, 50),
      obs("pk", "China", "imports", 2000, 100),
      obs("pk", "Russian Federation", "exports", 2000, 20),
      obs("pk", "Russian Federation", "imports", 2000, 60),
      obs("pk", "Oman", "imports", 2000, 90),
      obs("pk", "Fiji", "exports", 2000, 1),
    ];
    expect(partnerTotals(partners, 2000).map((entry) => [entry.partner, entry.total, entry.complete])).toEqual([
      ["China", 150, true],
      ["Oman", 90, false],
      ["Russian Federation", 80, true],
      ["Fiji", 1, false],
    ]);
    expect(russiaRankForPakistan(partners)).toEqual([
      { year: 2000, partner: "Russian Federation", rank: 3, partnerCount: 4 },
    ]);
  });
});

describe("constant dollars", () => {
  const cpi: CpiYear[] = [
    { year: 2020, cpi: 258.811, method: "mean_of_12_months", sourceId: "bls-cpi-u" },
    { year: 2024, cpi: 313.689, method: "mean_of_12_months", sourceId: "bls-cpi-u" },
  ];

  it("takes the latest full year of the index as the base", () => {
    expect(latestCpiYear(cpi)).toBe(2024);
  });

  it("scales a value by the ratio of the base year's index to its own year's", () => {
    const deflate = deflator(cpi, 2024);
    expect(deflate.real(100, 2020)).toBeCloseTo((100 * 313.689) / 258.811, 10);
    expect(deflate.real(100, 2024)).toBe(100);
  });

  it("gives nothing for a year without an index value", () => {
    expect(deflator(cpi, 2024).real(100, 2021)).toBeUndefined();
  });

  it("refuses a base year without an index value", () => {
    expect(() => deflator(cpi, 2025)).toThrow("no CPI average for the base year 2025");
  });
});

describe("checkPressFigures", () => {
  const row = (id: string, year: number, total: number, basis: TradeObservation["basis"] = "calendar") =>
    ({ id, year, totalUsdM: total, basis, reporter: "Someone" }) as TradeObservation;

  it("compares calendar-year figures inside the official years with both totals and says which they match", () => {
    const [check] = checkPressFigures([row("a", 1992, 100.2)], SMALL);
    expect(check).toMatchObject({ published: 100.2, pakistanTotal: 100, russiaTotal: 94, matches: ["pk"] });
    expect(check?.vsRussia?.usdM).toBeCloseTo(6.2, 10);
  });

  it("leaves out fiscal and part-year figures and years outside the series", () => {
    expect(checkPressFigures([row("b", 1992, 100, "fiscal"), row("c", 2021, 700)], SMALL)).toEqual([]);
  });
});

describe("on the real IMF series", () => {
  const data = getDataset();

  it("gives the article's 2003 figure as Pakistan's total and the 2012 trade representation's as Russia's", () => {
    const checks = new Map(checkPressFigures(data.trade, data.official).map((check) => [check.id, check]));
    const article2003 = [...checks.values()].find((check) => check.year === 2003 && check.published === 92);
    expect(article2003?.matches).toEqual(["pk"]);
    const pk = new Map(pakistanFlows(data.official, "pk").map((entry) => [entry.year, entry]));
    const ru = new Map(pakistanFlows(data.official, "ru").map((entry) => [entry.year, entry]));
    expect(measureOf(pk.get(2003) ?? { year: 0, partner: "" }, "total")).toBeCloseTo(92.07, 2);
    expect(measureOf(ru.get(2012) ?? { year: 0, partner: "" }, "total")).toBeCloseTo(542.15, 2);
  });

  it("shows the 2010 mirror gap of Pakistan's exports: 144 by Pakistan's count, 241 by Russia's", () => {
    const year2010 = mirrorGaps(data.official, "pk-to-ru").find((entry) => entry.year === 2010);
    expect(Math.round(year2010?.exporterFob ?? 0)).toBe(144);
    expect(Math.round(year2010?.importerCif ?? 0)).toBe(241);
  });

  it("ranks Russia among Pakistan's partners every year it has both flows, and never above the partner count", () => {
    const ranks = russiaRankForPakistan(data.pakistanPartners);
    expect(ranks.length).toBeGreaterThan(50);
    expect(ranks.every((entry) => entry.rank >= 1 && entry.rank <= entry.partnerCount)).toBe(true);
  });
});

describe("officialHeadlines", () => {
  const data = getDataset();

  it("finds each count's largest year and the growth since 2000 from the totals", async () => {
    const { officialHeadlines } = await import("./headlines");
    // 1991 is a USSR year: growth is measured on the Russian Federation's years only.
    const headlines = officialHeadlines(SMALL, [], { since: 1991 });
    expect(headlines.largest.pk).toEqual({ year: 1992, value: 100 });
    expect(headlines.growth.pk).toBeUndefined();
    const real = officialHeadlines(data.official, data.pakistanPartners, { since: 2000 });
    const pk = new Map(pakistanFlows(data.official, "pk").map((entry) => [entry.year, entry]));
    const total = (year: number) => measureOf(pk.get(year) ?? { year, partner: "" }, "total") ?? Number.NaN;
    expect(real.growth.pk?.multiple).toBeCloseTo(total(2020) / total(2000), 10);
    expect(real.largest.ru?.year).toBe(2020);
    expect(real.rank?.year).toBe(2020);
  });
});

describe("widestTotalGap", () => {
  it("finds the year the two countries' totals differ most", async () => {
    const { widestTotalGap } = await import("./mirror");
    // 1992: Pakistan 100, Russia 94; 1993 has no Pakistani total.
    expect(widestTotalGap(SMALL)).toEqual({ year: 1992, gap: 6 });
  });
});
