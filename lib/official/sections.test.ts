import { describe, expect, it } from "vitest";
import { getDataset } from "../data";
import type { CpiYear, OfficialObservation } from "../definitions";
import { formatAmount, formatGapPercent, formatShare, formatSignedAmount, formatTick, ordinal } from "./display";
import {
  balanceRows,
  dollarsFor,
  dollarsLabel,
  dollarsNote,
  formatYearList,
  largestPartners,
  latestPartnerYear,
  mirrorRows,
  partnerName,
  shareRows,
  sourceIdsIn,
  summariseBalance,
  summariseMirror,
} from "./sections";
import { describeBalance, describeMirror, describeShare } from "./sections-text";

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
  obs("pk", "Russian Federation", "exports", 1992, 40),
  obs("pk", "Russian Federation", "imports", 1992, 60),
  obs("pk", "Russian Federation", "exports", 1993, 35),
  obs("pk", "Russian Federation", "imports", 1993, 20),
  obs("pk", "Russian Federation", "exports", 1995, 50),
  obs("ru", "Pakistan", "exports", 1992, 50),
  obs("ru", "Pakistan", "imports", 1992, 44),
  obs("ru", "Pakistan", "exports", 1993, 30),
  obs("ru", "Pakistan", "imports", 1993, 70),
  obs("ru", "Pakistan", "imports", 1995, 45),
  obs("ru", "Pakistan", "imports", 1996, 33),
  obs("pk", "World", "exports", 1991, 600),
  obs("pk", "World", "imports", 1991, 900),
  obs("pk", "World", "exports", 1992, 700),
  obs("pk", "World", "imports", 1992, 1300),
  obs("ru", "World", "exports", 1992, 4000),
  obs("ru", "World", "imports", 1992, 3400),
];

const CPI: CpiYear[] = [
  { year: 1992, cpi: 140.3, method: "published_average", sourceId: "bls-cpi-u" },
  { year: 1993, cpi: 144.5, method: "published_average", sourceId: "bls-cpi-u" },
  { year: 2024, cpi: 280.6, method: "mean_of_12_months", sourceId: "bls-cpi-u" },
];

const NOMINAL = dollarsFor("absolute", CPI);
const ALL = { from: 1960, to: 2030 };

describe("dollars", () => {
  it("shows nominal dollars for the absolute and the index modes", () => {
    expect(dollarsFor("absolute", CPI).kind).toBe("nominal");
    expect(dollarsFor("index", CPI).kind).toBe("nominal");
    expect(dollarsLabel(NOMINAL)).toBe("US$ millions");
  });

  it("shows constant dollars of the latest CPI year in the real mode, and says so", () => {
    const real = dollarsFor("real", CPI);
    expect(real.baseYear).toBe(2024);
    expect(dollarsLabel(real)).toBe("US$ millions at 2024 prices");
    expect(real.convert(100, 1992)).toBeCloseTo(200, 10);
    expect(dollarsNote(real)).toContain("constant US dollars of 2024");
    expect(dollarsNote(NOMINAL)).toContain("nominal");
  });

  it("falls back to nominal dollars when there is no price index at all", () => {
    expect(dollarsFor("real", []).kind).toBe("nominal");
  });
});

describe("mirrorRows", () => {
  it("puts each country's figure for Pakistan's exports in its own column, with the importer's minus the exporter's", () => {
    expect(mirrorRows(SMALL, "pk-to-ru", ALL, NOMINAL)[0]).toEqual({
      year: 1992,
      pakistan: 40,
      russia: 44,
      gap: 4,
      gapPct: 10,
    });
  });

  it("for Pakistan's imports takes Pakistan's CIF figure minus Russia's FOB figure", () => {
    expect(mirrorRows(SMALL, "ru-to-pk", ALL, NOMINAL)[0]).toEqual({
      year: 1992,
      pakistan: 60,
      russia: 50,
      gap: 10,
      gapPct: 20,
    });
  });

  it("keeps a year only one country reports, with no gap, and never writes 0 for the other", () => {
    const year1996 = mirrorRows(SMALL, "pk-to-ru", ALL, NOMINAL).find((row) => row.year === 1996);
    expect(year1996).toEqual({ year: 1996, pakistan: undefined, russia: 33, gap: undefined, gapPct: undefined });
  });

  it("leaves out a year neither country reports in that direction", () => {
    expect(mirrorRows(SMALL, "ru-to-pk", ALL, NOMINAL).map((row) => row.year)).toEqual([1992, 1993]);
    expect(mirrorRows(SMALL, "ru-to-pk", ALL, NOMINAL)[1]).toMatchObject({ pakistan: 20, russia: 30, gap: -10 });
  });

  it("gives a negative gap when the exporter's figure is the higher", () => {
    const year1995 = mirrorRows(SMALL, "pk-to-ru", ALL, NOMINAL).find((row) => row.year === 1995);
    expect(year1995).toEqual({ year: 1995, pakistan: 50, russia: 45, gap: -5, gapPct: -10 });
  });

  it("keeps only the years inside the range", () => {
    expect(mirrorRows(SMALL, "pk-to-ru", { from: 1993, to: 1993 }, NOMINAL).map((row) => row.year)).toEqual([1993]);
  });

  it("converts both figures and the gap to constant dollars but leaves the gap in per cent alone", () => {
    const [row] = mirrorRows(SMALL, "pk-to-ru", ALL, dollarsFor("real", CPI));
    expect(row?.pakistan).toBeCloseTo(80, 10);
    expect(row?.gap).toBeCloseTo(8, 10);
    expect(row?.gapPct).toBe(10);
  });

  it("drops a year the price index does not cover in constant dollars instead of inventing a value", () => {
    expect(mirrorRows(SMALL, "pk-to-ru", ALL, dollarsFor("real", CPI)).map((row) => row.year)).toEqual([1992, 1993]);
  });
});

describe("summariseMirror and describeMirror", () => {
  const rows = mirrorRows(SMALL, "pk-to-ru", ALL, NOMINAL);

  it("counts the years each country's figure is the higher and finds the widest gap", () => {
    expect(summariseMirror(rows)).toEqual({
      years: 3,
      importerHigher: [1992, 1993],
      exporterHigher: [1995],
      medianGapPct: 10,
      largest: { year: 1993, gap: 35, gapPct: 100 },
    });
  });

  it("says which figure was higher, in which years the exporter's was, and the widest gap", () => {
    expect(describeMirror("pk-to-ru", rows, NOMINAL)).toBe(
      "Pakistan’s exports to Russia, 1992–1995: Russia’s figure (CIF) was higher than Pakistan’s (FOB) in 2 of 3 years; " +
        "the median gap was +10.0% of the exporter’s figure. It was lower in 1995, which the cost of freight and insurance " +
        "cannot explain. The widest gap was in 1993: $35m (+100.0%).",
    );
  });

  it("says so when no year has both figures", () => {
    expect(describeMirror("ru-to-pk", [], NOMINAL)).toBe(
      "Pakistan’s imports from Russia: no year in this range has both countries’ figures.",
    );
  });
});

describe("balanceRows and describeBalance", () => {
  const rows = balanceRows(SMALL, ALL, NOMINAL);

  it("gives each country's balance in Pakistan's terms, with the USSR before 1992 and no balance for a one-sided year", () => {
    expect(rows).toEqual([
      { year: 1991, partner: "USSR", pakistan: -90 },
      { year: 1992, partner: "Russian Federation", pakistan: -20, russia: -6 },
      { year: 1993, partner: "Russian Federation", pakistan: 15, russia: 40 },
    ]);
  });

  it("finds the deficit and surplus years and the largest of each", () => {
    expect(summariseBalance(rows, "pakistan")).toEqual({
      years: [1991, 1992, 1993],
      deficitYears: [1991, 1992],
      surplusYears: [1993],
      largestDeficit: { year: 1991, value: -90 },
      largestSurplus: { year: 1993, value: 15 },
    });
  });

  it("writes one sentence per country from the rows", () => {
    expect(describeBalance(rows, NOMINAL)).toBe(
      "By Pakistan’s count, Pakistan was in deficit in 2 of 3 years (1991–1993) and in surplus only in 1993; " +
        "the largest deficit was $90m in 1991, and the largest surplus $15m in 1993. " +
        "By Russia’s count, Pakistan was in deficit in 1 of 2 years (1992–1993) and in surplus only in 1993; " +
        "the largest deficit was $6m in 1992, and the largest surplus $40m in 1993.",
    );
  });

  it("names the dollars in constant-dollar text", () => {
    expect(
      describeBalance(balanceRows(SMALL, { from: 1992, to: 1992 }, dollarsFor("real", CPI)), dollarsFor("real", CPI)),
    ).toContain("$40m at 2024 prices in 1992");
  });
});

describe("shareRows and describeShare", () => {
  it("joins Russia's share and rank for Pakistan and Pakistan's share for Russia by year", () => {
    const partners = [
      obs("pk", "China, P.R.: Mainland", "exports", 1992, 500),
      obs("pk", "China, P.R.: Mainland", "imports", 1992, 500),
      obs("pk", "Russian Federation", "exports", 1992, 40),
      obs("pk", "Russian Federation", "imports", 1992, 60),
    ];
    const rows = shareRows(SMALL, partners, ALL);
    expect(rows).toEqual([
      { year: 1991, partner: "USSR", shareOfPakistan: 10 },
      {
        year: 1992,
        partner: "Russian Federation",
        shareOfPakistan: 5,
        rank: 2,
        partnerCount: 2,
        shareOfRussia: (94 / 7400) * 100,
      },
    ]);
    expect(describeShare(rows)).toBe(
      "In 1992, by Pakistan’s figures, Russia accounted for 5.00% of Pakistan’s trade with the world and ranked 2nd of 2 partner economies. " +
        "The largest share in 1991–1992 was 10.00%, in 1991 (the USSR); the best rank 2nd, in 1992 (Russia). " +
        "By Russia’s figures, Pakistan accounted for 1.27% of Russia’s trade in 1992.",
    );
  });
});

describe("largestPartners", () => {
  const partners = [
    ...["A", "B", "C"].flatMap((name, index) => [
      obs("pk", name, "exports", 2020, 100 - index * 10),
      obs("pk", name, "imports", 2020, 100 - index * 10),
    ]),
    obs("pk", "Russian Federation", "exports", 2020, 5),
    obs("pk", "Russian Federation", "imports", 2020, 5),
    obs("pk", "D", "imports", 2020, 12),
  ];

  it("lists the largest partners and appends Russia at its own rank when it is not among them", () => {
    const bars = largestPartners(partners, 2020, 2, NOMINAL);
    expect(bars.map((bar) => [bar.rank, bar.name, bar.total, bar.isRussia])).toEqual([
      [1, "A", 200, false],
      [2, "B", 180, false],
      [5, "Russia", 10, true],
    ]);
  });

  it("marks a partner with one direction missing as incomplete", () => {
    const bars = largestPartners(partners, 2020, 4, NOMINAL);
    expect(bars.find((bar) => bar.partner === "D")?.complete).toBe(false);
  });

  it("takes the latest partner year inside the range", () => {
    expect(latestPartnerYear(partners, { from: 1960, to: 2024 })).toBe(2020);
    expect(latestPartnerYear(partners, { from: 1960, to: 2019 })).toBeUndefined();
  });

  it("gives readers' names for the IMF's country names", () => {
    expect(partnerName("China, P.R.: Mainland")).toBe("China (mainland)");
    expect(partnerName("Netherlands, The")).toBe("Netherlands");
    expect(partnerName("Iran, Islamic Rep. of")).toBe("Iran");
    expect(partnerName("Korea, Rep. of")).toBe("South Korea");
    expect(partnerName("United States")).toBe("United States");
  });
});

describe("sourceIdsIn", () => {
  it("cites exactly the sources of the rows used in the range", () => {
    expect(sourceIdsIn(SMALL, { from: 1991, to: 1991 })).toEqual(["imf-dots-pakistan"]);
    expect(sourceIdsIn(SMALL, { from: 1992, to: 1992 })).toEqual(["imf-dots-pakistan", "imf-dots-russia"]);
  });
});

describe("display", () => {
  it("writes table amounts to one decimal with a true minus sign", () => {
    expect(formatAmount(1234.56)).toBe("1,234.6");
    expect(formatAmount(-58.24)).toBe("−58.2");
    expect(formatSignedAmount(96.66)).toBe("+96.7");
    expect(formatSignedAmount(-9.51)).toBe("−9.5");
    expect(formatSignedAmount(0.01)).toBe("0.0");
    expect(formatAmount(-0.04)).toBe("0.0");
  });

  it("keeps signs before the digits in Urdu tables, read right to left", () => {
    expect(formatAmount(-58.24, "ur")).toBe("\u2066−58.2\u2069");
    expect(formatSignedAmount(96.66, "ur")).toBe("\u2066+96.7\u2069");
    expect(formatGapPercent(66.99, "ur")).toBe("\u2066+67.0%\u2069");
    expect(formatTick(-400, "ur")).toBe("\u2066−400\u2069");
    expect(formatTick(400, "ur")).toBe("400");
  });

  it("writes shares, gaps, ticks and ranks", () => {
    expect(formatShare(0.5129)).toBe("0.51%");
    expect(formatGapPercent(66.99)).toBe("+67.0%");
    expect(formatGapPercent(-1.04)).toBe("−1.0%");
    expect(formatTick(-400)).toBe("−400");
    expect([1, 2, 3, 4, 11, 12, 13, 21, 24, 111].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "24th",
      "111th",
    ]);
  });

  it("lists years with runs joined", () => {
    expect(formatYearList([1993])).toBe("1993");
    expect(formatYearList([2011, 1993])).toBe("1993 and 2011");
    expect(formatYearList([1994, 1995, 1996, 1997, 2004, 2005])).toBe("1994–1997, 2004 and 2005");
    expect(formatYearList([])).toBe("");
  });
});

describe("on the real IMF series", () => {
  const data = getDataset();
  const range = { from: 1960, to: 2020 };

  it("gives Pakistan's 2010 exports as 144 by its own count and 241 by Russia's", () => {
    const row = mirrorRows(data.official, "pk-to-ru", range, NOMINAL).find((entry) => entry.year === 2010);
    expect(formatAmount(row?.pakistan ?? 0)).toBe("144.3");
    expect(formatAmount(row?.russia ?? 0)).toBe("241.0");
  });

  it("covers 1992 to 2020 in both directions with both figures every year", () => {
    for (const direction of ["pk-to-ru", "ru-to-pk"] as const) {
      const rows = mirrorRows(data.official, direction, range, NOMINAL);
      expect(rows.map((row) => row.year)).toEqual(Array.from({ length: 29 }, (_, i) => 1992 + i));
      expect(rows.every((row) => row.gap !== undefined)).toBe(true);
    }
  });

  it("ranks Russia 24th among Pakistan's partners in 2020 and shows it after the top ten", () => {
    const bars = largestPartners(data.pakistanPartners, 2020, 10, NOMINAL);
    expect(bars).toHaveLength(11);
    expect(bars[0]?.name).toBe("China (mainland)");
    expect(bars[10]).toMatchObject({ name: "Russia", rank: 24, isRussia: true });
  });

  it("shows the 2020 balance as a deficit by both counts", () => {
    const row = balanceRows(data.official, range, NOMINAL).find((entry) => entry.year === 2020);
    expect(row?.pakistan).toBeLessThan(0);
    expect(row?.russia).toBeLessThan(0);
  });
});
