import { describe, expect, it } from "vitest";
import { parseTradeParams, tradeQuery, tradeViewKey, type TradeParamContext } from "./params";

const context: TradeParamContext = {
  minYear: 2002,
  maxYear: 2023,
  defaultFrom: 2002,
  seriesIds: ["article", "moc", "russia"],
  officialSeriesIds: ["imf-pk-total", "imf-ru-total"],
};

const parse = (raw: Record<string, string | string[]>) => parseTradeParams(raw, context);

describe("parseTradeParams", () => {
  it("shows every year and every series on a linear scale by default, without notices", () => {
    const { view, notices } = parse({});
    expect(view).toMatchObject({ from: 2002, to: 2023, scale: "linear", mode: "absolute" });
    expect(view.series).toEqual(["article", "moc", "russia"]);
    expect(view.compare).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it("reads a valid range, scale, mode and comparison", () => {
    const { view, notices } = parse({ from: "2003", to: "2009", scale: "log", mode: "index", compare: "2003,2008" });
    expect(view).toMatchObject({ from: 2003, to: 2009, scale: "log", mode: "index", compare: [2003, 2008] });
    expect(notices).toEqual([]);
  });

  it("falls back to the first year with a notice when from is not a year (from=abc)", () => {
    const { view, notices } = parse({ from: "abc" });
    expect(view.from).toBe(2002);
    expect(notices).toEqual([
      { kind: "badRangeYear", name: "from", problem: { kind: "notYear", given: "abc" }, fallback: 2002 },
    ]);
  });

  it("shows the full range with a notice when from is after to", () => {
    const { view, notices } = parse({ from: "2010", to: "2005" });
    expect([view.from, view.to]).toEqual([2002, 2023]);
    expect(notices).toEqual([{ kind: "rangeReversed", from: 2010, to: 2005, defaultFrom: 2002, defaultTo: 2023 }]);
  });

  it("falls back to the defaults for years outside the data", () => {
    const { view, notices } = parse({ from: "1990", to: "2090" });
    expect([view.from, view.to]).toEqual([2002, 2023]);
    expect(notices).toEqual([
      {
        kind: "badRangeYear",
        name: "from",
        problem: { kind: "outOfRange", year: 1990, min: 2002, max: 2023 },
        fallback: 2002,
      },
      {
        kind: "badRangeYear",
        name: "to",
        problem: { kind: "outOfRange", year: 2090, min: 2002, max: 2023 },
        fallback: 2023,
      },
    ]);
  });

  it("rejects an unknown scale (scale=foo) and uses linear", () => {
    const { view, notices } = parse({ scale: "foo" });
    expect(view.scale).toBe("linear");
    expect(notices).toEqual([
      { kind: "badChoice", name: "scale", given: "foo", allowed: ["linear", "log"], fallback: "linear" },
    ]);
  });

  it("rejects an unknown mode and uses absolute values", () => {
    const { view, notices } = parse({ mode: "percent" });
    expect(view.mode).toBe("absolute");
    expect(notices).toEqual([
      {
        kind: "badChoice",
        name: "mode",
        given: "percent",
        allowed: ["absolute", "real", "index"],
        fallback: "absolute",
      },
    ]);
  });

  it("shows no comparison, with a notice, when compare has one year", () => {
    const { view, notices } = parse({ compare: "2003" });
    expect(view.compare).toBeUndefined();
    expect(notices).toEqual([{ kind: "compareCount", count: 1 }]);
  });

  it("shows no comparison when a compared year lies outside the data", () => {
    const { view, notices } = parse({ compare: "1995,2008" });
    expect(view.compare).toBeUndefined();
    expect(notices).toEqual([
      { kind: "compareYears", problems: [{ kind: "outOfRange", year: 1995, min: 2002, max: 2023 }] },
    ]);
  });

  it("shows no comparison when both years are the same", () => {
    expect(parse({ compare: "2008,2008" }).notices).toEqual([{ kind: "compareSame", year: 2008 }]);
  });

  it("puts compared years in time order", () => {
    expect(parse({ compare: "2008,2003" }).view.compare).toEqual([2003, 2008]);
  });

  it("accepts the two years as repeated fields, as a form without JavaScript sends them", () => {
    expect(parse({ compare: ["2003", "2008"] }).view.compare).toEqual([2003, 2008]);
  });

  it("keeps known series in data order and names the unknown ones", () => {
    const { view, notices } = parse({ series: "russia,nope,article" });
    expect(view.series).toEqual(["article", "russia"]);
    expect(notices).toEqual([{ kind: "unknownSeries", ids: ["nope"] }]);
  });

  it("shows every series when none of those asked for exists", () => {
    const { view, notices } = parse({ series: "nope" });
    expect(view.series).toEqual(["article", "moc", "russia"]);
    expect(notices).toEqual([{ kind: "unknownSeries", ids: ["nope"] }, { kind: "noSeries" }]);
  });

  it("uses one series for both compared years when compareSeries names one", () => {
    expect(parse({ compare: "2003,2008", compareSeries: "article" }).view.compareSeries).toEqual([
      "article",
      "article",
    ]);
  });

  it("ignores an unknown compareSeries with a notice", () => {
    const { view, notices } = parse({ compare: "2003,2008", compareSeries: "nope" });
    expect(view.compareSeries).toBeUndefined();
    expect(notices).toEqual([{ kind: "compareSeriesUnknown", ids: ["nope"] }]);
  });

  it("reads the table's sort and filters and rejects bad ones", () => {
    const good = parse({ tableSort: "totalUsdM.desc", tableStatus: "unverified", tableSeries: "moc" });
    expect(good.view.tableSort).toEqual({ id: "totalUsdM", desc: true });
    expect(good.view.tableStatus).toBe("unverified");
    expect(good.view.tableSeries).toBe("moc");
    const bad = parse({ tableSort: "colour", tableStatus: "dubious", tableSeries: "nope" });
    expect(bad.view.tableSort).toEqual({ id: "period", desc: false });
    expect(bad.view.tableStatus).toBeUndefined();
    expect(bad.view.tableSeries).toBeUndefined();
    expect(bad.notices).toEqual([
      { kind: "tableSeries", given: "nope" },
      { kind: "tableStatus", given: "dubious", allowed: ["reported", "approximate", "derived", "unverified"] },
      { kind: "tableSort", given: "colour" },
    ]);
  });

  it("drops the table's series filter silently when that series is switched off", () => {
    const { view, notices } = parse({ series: "article", tableSeries: "moc" });
    expect(view.tableSeries).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it("reports a parameter given twice with different values", () => {
    const { view, notices } = parse({ from: ["2003", "2004"] });
    expect(view.from).toBe(2002);
    expect(notices).toEqual([{ kind: "duplicate", name: "from", count: 2 }]);
  });

  it("does not count the same value given twice as two", () => {
    expect(parse({ from: ["2003", "2003"] }).notices).toEqual([]);
  });

  it("names every choice of an unknown flow and the one it uses", () => {
    expect(parse({ flow: "nope" }).notices).toEqual([
      {
        kind: "badChoice",
        name: "flow",
        given: "nope",
        allowed: ["total", "exports", "imports", "balance"],
        fallback: "total",
      },
    ]);
  });

  it("names both bad compared years", () => {
    expect(parse({ compare: "abc,1900" }).notices).toEqual([
      {
        kind: "compareYears",
        problems: [
          { kind: "notYear", given: "abc" },
          { kind: "outOfRange", year: 1900, min: 2002, max: 2023 },
        ],
      },
    ]);
    expect(parse({ compare: "2003,2004,2005" }).notices).toEqual([{ kind: "compareCount", count: 3 }]);
  });

  it("refuses more than two compareSeries", () => {
    expect(parse({ compare: "2003,2008", compareSeries: "article,moc,russia" }).notices).toEqual([
      { kind: "compareSeriesCount" },
    ]);
  });

  it("draws a balance on a linear scale in US$ millions, saying why", () => {
    const { view, notices } = parse({ flow: "balance", scale: "log", mode: "index" });
    expect([view.scale, view.mode]).toEqual(["linear", "absolute"]);
    expect(notices).toEqual([{ kind: "logBalance" }, { kind: "indexBalance" }]);
  });

  it("quotes at most 40 characters of what the reader wrote", () => {
    const [notice] = parse({ scale: "x".repeat(100) }).notices;
    expect(notice).toMatchObject({ kind: "badChoice", given: `${"x".repeat(40)}…` });
  });
});

describe("tradeQuery", () => {
  it("writes nothing for the default view", () => {
    expect(tradeQuery(parse({}).view, context)).toBe("");
  });

  it("writes a parsed view back in canonical order with readable commas", () => {
    const { view } = parse({ compare: "2008,2003", mode: "index", to: "2009", from: "2003", series: "moc,article" });
    expect(tradeQuery(view, context)).toBe("?from=2003&to=2009&series=article,moc&mode=index&compare=2003,2008");
  });

  it("round-trips: parsing the canonical query gives the same view", () => {
    const { view } = parse({
      from: "2006",
      compare: "2006,2009",
      compareSeries: "article,moc",
      tableSort: "status.desc",
    });
    const again = parseTradeParams(Object.fromEntries(new URLSearchParams(tradeQuery(view, context))), context);
    expect(again.view).toEqual(view);
    expect(again.notices).toEqual([]);
  });
});

describe("tradeViewKey", () => {
  const key = (raw: Record<string, string | string[]>) => tradeViewKey(raw, context);

  it("is empty for the default view", () => {
    expect(key({})).toBe("");
  });

  it("is the canonical query, so every spelling of one view shares one key", () => {
    expect(key({ compare: "2008,2003", scale: "log" })).toBe("scale=log&compare=2003,2008");
    expect(key({ scale: "log", compare: ["2003", "2008"] })).toBe("scale=log&compare=2003,2008");
    expect(key({ from: "2002", series: "article,moc,russia" })).toBe("");
  });

  it("leaves out parameters the explorer does not read (utm_source=x)", () => {
    expect(key({ utm_source: "x", compare: "2003,2008" })).toBe("compare=2003,2008");
  });

  it("has no key when the page would show a notice, which quotes the address", () => {
    expect(key({ from: "abc" })).toBeUndefined();
    expect(key({ compare: "2003" })).toBeUndefined();
    expect(key({ scale: ["log", "linear"] })).toBeUndefined();
  });

  it("gives back the same view when its key is parsed", () => {
    const raw = { from: "2005", to: "2020", series: "moc", mode: "index", tableSort: "totalUsdM.desc" };
    const viewKey = key(raw);
    expect(viewKey).toBeDefined();
    const again = parseTradeParams(Object.fromEntries(new URLSearchParams(viewKey)), context);
    expect(again.view).toEqual(parse(raw).view);
  });
});
