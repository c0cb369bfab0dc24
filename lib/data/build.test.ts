import { describe, expect, it } from "vitest";
import { buildDataset, type DataTexts } from "./build";
import { DataValidationError, formatIssue } from "./errors";
import { OFFICIAL_TEST_TEXTS } from "./official-test-texts";

const SOURCES = `id,title,publisher,author,date,url,kind,note
source-article,"Pakistan–Russia relations [3 of 5]",Wonders of Pakistan,,,,blog,
dawn-2016,"Trade with Russia",Dawn,,2016-05-01,https://www.dawn.com/news/1259837,press,
`;
const TRADE = `id,period,basis,start,end,total_usd_m,pk_exports_usd_m,pk_imports_usd_m,qualifier,reporter,perspective,status,source_ids,conflicts_with,note
article-2003,2003,calendar,2003-01,2003-12,92,,,,Source article,unknown,unverified,source-article,,
article-2006,2006,calendar,2006-01,2006-12,411.4,,,,Source article,unknown,unverified,source-article,,
pbc-2015,2015,calendar,2015-01,2015-12,381,285,95.7,,Pakistan Business Council,pakistani,reported,dawn-2016,,
moc-fy2012-13,FY2012-13,fiscal,2012-07,2013-06,484.47,,,,Pakistan Ministry of Commerce,pakistani,reported,dawn-2016,,
`;
const FINANCING = `id,project,item,financier,counterpart,amount_usd_m,amount_max_usd_m,qualifier,original_amount,date,end_date,kind,status,source_ids,conflicts_with,note
casa-offer,casa-1000,Russian offer,Russia,,500,,at_least,,2011-11-07,,offer,lapsed,dawn-2016,,
`;
const EVENTS = `id,date,precision,end_date,title,summary,theme,source_ids,related
sco-2011,2011-11-07,day,,SCO meeting,Leaders met in St Petersburg.,diplomacy,dawn-2016,financing
`;
const CLAIMS = `id,claim,article_value,status,corrected_value,explanation,source_ids,related_ids
trade-2003,Trade was 92 million dollars in 2003,92 million,unverified,,No other source gives it.,source-article,trade:article-2003
`;

const valid: DataTexts = {
  sources: SOURCES,
  trade: TRADE,
  financing: FINANCING,
  events: EVENTS,
  claims: CLAIMS,
  ...OFFICIAL_TEST_TEXTS,
};

function issuesFor(texts: Partial<DataTexts>): string[] {
  try {
    buildDataset({ ...valid, ...texts });
  } catch (error) {
    if (error instanceof DataValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

function replaceLine(text: string, lineNumber: number, line: string): string {
  const lines = text.split("\n");
  lines[lineNumber - 1] = line;
  return lines.join("\n");
}

describe("buildDataset", () => {
  it("accepts the valid fixture and reshapes rows into app shapes", () => {
    const data = buildDataset(valid);
    expect(data.trade.map((row) => row.totalUsdM)).toEqual([92, 411.4, 484.47, 381]);
    expect(data.trade[0]?.sources[0]?.title).toBe("Pakistan–Russia relations [3 of 5]");
    expect(data.financing[0]?.qualifier).toBe("at_least");
    expect(data.claims[0]?.relatedIds).toEqual(["trade:article-2003"]);
  });

  it("places a fiscal year between the calendar ticks and gives it the year of its second half", () => {
    const fiscal = buildDataset(valid).trade.find((row) => row.id === "moc-fy2012-13");
    expect(fiscal?.x).toBe(2012.5);
    expect(fiscal?.year).toBe(2013);
  });

  it("groups observations into series by reporter, perspective and basis", () => {
    const series = buildDataset(valid).tradeSeries;
    expect(series.map((entry) => entry.observations.length)).toEqual([2, 1, 1]);
    expect(series[0]?.label).toBe("Source article, calendar years");
  });

  it("reports a value that is not a number with file, line and column", () => {
    const trade = replaceLine(
      TRADE,
      3,
      "article-2006,2006,calendar,2006-01,2006-12,4l1,,,,Source article,unknown,unverified,source-article,,",
    );
    expect(issuesFor({ trade })).toEqual([
      'data/trade.csv line 3, column total_usd_m: "4l1" is not a number; expected a plain decimal such as 411.4',
    ]);
  });

  it("reports an unknown column", () => {
    const trade = TRADE.replace("note\n", "note,colour\n").replace(/,\n/g, ",,\n");
    expect(issuesFor({ trade })[0]).toMatch(
      /^data\/trade.csv line 1, column colour: unknown column; expected one of id, period/,
    );
  });

  it("reports a missing required column", () => {
    const events = EVENTS.replace(",theme,", ",").replace(",diplomacy,", ",");
    expect(issuesFor({ events })).toEqual([
      "data/events.csv line 1, column theme: required column is missing from the header",
    ]);
  });

  it("allows an optional column to be left out of the header", () => {
    const events = EVENTS.replace(",related\n", "\n").replace(",financing\n", "\n");
    expect(issuesFor({ events })).toEqual([]);
  });

  it("reports a value outside its list of allowed values", () => {
    const trade = TRADE.replace("pakistani,reported,dawn-2016,,\nmoc", "pakistani,official,dawn-2016,,\nmoc");
    expect(issuesFor({ trade })).toEqual([
      'data/trade.csv line 4, column status: "official" is not allowed; expected one of reported, approximate, derived, unverified',
    ]);
  });

  it("reports a source id that sources.csv does not hold", () => {
    const events = EVENTS.replace("diplomacy,dawn-2016", "diplomacy,dawn-2099");
    expect(issuesFor({ events })).toEqual([
      'data/events.csv line 2, column source_ids: "dawn-2099" is not an id in sources.csv',
    ]);
  });

  it("reports a duplicate id with the line of the first use", () => {
    const trade =
      TRADE + "article-2003,2004,calendar,2004-01,2004-12,92,,,,Source article,unknown,unverified,source-article,,\n";
    expect(issuesFor({ trade })).toEqual([
      'data/trade.csv line 6, column id: "article-2003" is already used on line 2; ids must be unique',
    ]);
  });

  it("reports an impossible date", () => {
    const events = EVENTS.replace("2011-11-07,day", "2011-02-30,day");
    expect(issuesFor({ events })).toEqual([
      'data/events.csv line 2, column date: "2011-02-30" is not a real date; that month has 28 days',
    ]);
  });

  it("reports a negative amount", () => {
    const financing = FINANCING.replace(",500,,", ",-500,,");
    expect(issuesFor({ financing })).toEqual([
      "data/financing.csv line 2, column amount_usd_m: -500 is negative; amounts must be 0 or more",
    ]);
  });

  it("reports a fiscal row that does not run July to June", () => {
    const trade = TRADE.replace("fiscal,2012-07,2013-06", "fiscal,2012-01,2012-12");
    expect(issuesFor({ trade })).toEqual([
      "data/trade.csv line 5, column basis: a fiscal row must run from July to the next June",
    ]);
  });

  it("reports a one-sided conflict link", () => {
    const trade = TRADE.replace(
      "unverified,source-article,,\narticle-2006",
      "unverified,source-article,article-2006,\narticle-2006",
    );
    expect(issuesFor({ trade })).toEqual([
      'data/trade.csv line 2, column conflicts_with: "article-2006" does not list "article-2003" back; record a conflict on both rows',
    ]);
  });

  it("reports exports and imports that do not add up to the total", () => {
    const trade = TRADE.replace("381,285,95.7", "381,285,9.57");
    expect(issuesFor({ trade })[0]).toMatch(/line 4, column total_usd_m: 381 is not exports \+ imports/);
  });

  it("reads a file that starts with a UTF-8 byte order mark", () => {
    expect(issuesFor({ sources: "\uFEFF" + SOURCES })).toEqual([]);
  });

  it("reads CRLF line ends and keeps line numbers right", () => {
    const crlf = TRADE.replace(/\n/g, "\r\n").replace(",4l1,", ",").replace(",411.4,", ",4l1,");
    expect(issuesFor({ trade: crlf })).toEqual([
      'data/trade.csv line 3, column total_usd_m: "4l1" is not a number; expected a plain decimal such as 411.4',
    ]);
  });

  it("keeps commas inside quoted fields and counts lines across quoted line breaks", () => {
    const events = `id,date,precision,end_date,title,summary,theme,source_ids,related
a,2011,year,,"Talks, in Moscow","First line
second line",diplomacy,dawn-2016,
b,2011-13,month,,Bad month,Summary.,diplomacy,dawn-2016,
`;
    expect(issuesFor({ events })).toEqual([
      'data/events.csv line 4, column date: "2011-13" has month 13; expected 01–12',
    ]);
    const ok = events.replace("2011-13", "2011-12");
    expect(buildDataset({ ...valid, events: ok }).events[0]?.title).toBe("Talks, in Moscow");
  });

  it("reports an empty file", () => {
    expect(issuesFor({ claims: "" })).toEqual([
      "data/claims.csv: the file is empty; expected a header row and data rows",
    ]);
  });

  it("reports a file with a header and no rows", () => {
    expect(issuesFor({ claims: CLAIMS.split("\n")[0] + "\n" })).toEqual([
      "data/claims.csv: the file has a header but no data rows",
    ]);
  });

  it("ignores trailing blank lines", () => {
    expect(issuesFor({ trade: TRADE + "\n\n\r\n" })).toEqual([]);
  });

  it("reports a row with the wrong number of fields", () => {
    const events = EVENTS + "x,2012,year,,Title,Summary, with comma,diplomacy,dawn-2016,\n";
    expect(issuesFor({ events })).toEqual([
      "data/events.csv line 3: has 10 fields, expected 9 (one per header column); quote any field that holds a comma",
    ]);
  });

  it("reports an unclosed quote", () => {
    const events = EVENTS + 'x,2012,year,,"Unclosed,Summary.,diplomacy,dawn-2016,\n';
    expect(issuesFor({ events }).some((issue) => issue.includes("quoted field is never closed"))).toBe(true);
  });

  it("reports a claim marked corrected without the corrected value", () => {
    const claims = CLAIMS.replace("unverified,,", "corrected,,");
    expect(issuesFor({ claims })).toEqual([
      "data/claims.csv line 2, column corrected_value: is required when status is corrected",
    ]);
  });

  describe("part_of in financing.csv", () => {
    const header = FINANCING.split("\n")[0]?.replace(",note", ",part_of,note") ?? "";
    const row = (id: string, amount: string, partOf: string) =>
      `${id},casa-1000,Item ${id},World Bank,,${amount},,,,2014-03-27,,approval,approved,dawn-2016,,${partOf},`;
    const withParts = (...rows: string[]) => [header, ...rows, ""].join("\n");

    it("links a share to the total it belongs to", () => {
      const financing = withParts(row("total", "526.5", ""), row("pakistan", "120", "total"));
      const data = buildDataset({ ...valid, financing });
      expect(data.financing.map((item) => item.partOf)).toEqual([undefined, "total"]);
    });

    it("reports a link to a row that does not exist", () => {
      const financing = withParts(row("pakistan", "120", "total"));
      expect(issuesFor({ financing })).toEqual([
        'data/financing.csv line 2, column part_of: "total" is not an id in financing.csv',
      ]);
    });

    it("reports a share larger than its total", () => {
      const financing = withParts(row("total", "100", ""), row("pakistan", "120", "total"));
      expect(issuesFor({ financing })).toEqual([
        'data/financing.csv line 3, column part_of: 120 is more than the total it is part of ("total", 100)',
      ]);
    });

    it("reports a chain of parts, so every share points at the outermost total", () => {
      const financing = withParts(
        row("total", "526.5", ""),
        row("country", "120", "total"),
        row("tranche", "60", "country"),
      );
      expect(issuesFor({ financing })).toEqual([
        'data/financing.csv line 4, column part_of: "country" is itself part of "total"; point to the outermost total',
      ]);
    });
  });

  it("reports every problem at once rather than stopping at the first", () => {
    const trade = TRADE.replace(",92,", ",x,").replace(",411.4,", ",y,");
    expect(issuesFor({ trade })).toHaveLength(2);
  });

  describe("the official files", () => {
    const header = "reporter,partner,flow,valuation,year,value_usd_m,unit,source_id";
    const official = (...rows: string[]) => [header, ...rows].join("\n") + "\n";

    it("reports a valuation that does not go with the flow", () => {
      expect(
        issuesFor({ official: official("Pakistan,Russian Federation,exports,CIF,2003,16.8,US$ millions,dawn-2016") }),
      ).toEqual(['data/imf-dots.csv line 2, column valuation: "CIF" does not go with exports; expected FOB']);
    });

    it("reports the same observation written twice", () => {
      const row = "Pakistan,World,imports,CIF,2003,13000,US$ millions,dawn-2016";
      expect(issuesFor({ official: official(row, row) })).toEqual([
        "data/imf-dots.csv line 3, column year: Pakistan's imports with World in 2003 is already on line 2",
      ]);
    });

    it("reports an unknown source, a wrong unit, a negative value and a bad year", () => {
      expect(
        issuesFor({
          official: official(
            "Pakistan,World,imports,CIF,2003,13000,US$ millions,imf-nowhere",
            "Pakistan,World,imports,CIF,2004,13000,US$ thousands,dawn-2016",
            "Pakistan,World,imports,CIF,2005,-1,US$ millions,dawn-2016",
            "Pakistan,World,imports,CIF,20x6,1,US$ millions,dawn-2016",
          ),
        }),
      ).toEqual([
        'data/imf-dots.csv line 3, column unit: "US$ thousands" is not allowed; expected "US$ millions"',
        "data/imf-dots.csv line 4, column value_usd_m: -1 is negative; amounts must be 0 or more",
        'data/imf-dots.csv line 5, column year: "20x6" is not a year; expected four digits such as 2008',
      ]);
      // The unknown source is a reference problem, reported once every row parses.
      const onlySource = official("Pakistan,World,imports,CIF,2003,13000,US$ millions,imf-nowhere");
      expect(issuesFor({ official: onlySource })).toEqual([
        'data/imf-dots.csv line 2, column source_id: "imf-nowhere" is not an id in sources.csv',
      ]);
    });

    it("keeps the partner file to Pakistan's figures", () => {
      expect(
        issuesFor({
          pakistanPartners: official("Russian Federation,Pakistan,exports,FOB,2003,70.9,US$ millions,dawn-2016"),
        }),
      ).toEqual([
        'data/imf-dots-pakistan-partners.csv line 2, column reporter: "Russian Federation" is not allowed; expected Pakistan',
      ]);
    });
  });
});
