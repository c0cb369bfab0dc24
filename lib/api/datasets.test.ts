import { describe, expect, it } from "vitest";
import { claim, financingItem } from "@/tests/unit/fixtures";
import { datasetCsv, datasetSummaries, datasetTitle, downloadName, findDataset, parseDatasetQuery } from "./datasets";

const parse = (query: string) => parseDatasetQuery(new URLSearchParams(query));

describe("parseDatasetQuery", () => {
  it("defaults to JSON with no range", () => {
    expect(parse("")).toEqual({ ok: true, query: { format: "json", from: undefined, to: undefined } });
  });
  it("reads a CSV request with a range", () => {
    expect(parse("format=csv&from=2003&to=2009")).toEqual({ ok: true, query: { format: "csv", from: 2003, to: 2009 } });
  });
  it("rejects a year that is not four digits", () => {
    expect(parse("from=abc")).toEqual({
      ok: false,
      error: '"from" must be a four-digit year between 1900 and 2100; got "abc"',
    });
  });
  it("rejects a year out of range", () => {
    expect(parse("to=1800")).toEqual({ ok: false, error: '"to" must be between 1900 and 2100; got 1800' });
  });
  it("rejects from after to", () => {
    expect(parse("from=2010&to=2003")).toEqual({
      ok: false,
      error: '"from" (2010) is after "to" (2003); give from ≤ to',
    });
  });
  it("rejects an unknown format", () => {
    expect(parse("format=xlsx")).toEqual({ ok: false, error: '"format" must be "json" or "csv"; got "xlsx"' });
  });
  it("rejects a repeated parameter", () => {
    expect(parse("from=2003&from=2004")).toEqual({ ok: false, error: '"from" was given 2 times; give it once' });
  });
  it("reads a comma-separated series filter", () => {
    expect(parse("series=a-b,c")).toEqual({
      ok: true,
      query: { format: "json", from: undefined, to: undefined, series: ["a-b", "c"] },
    });
  });
  it("rejects a series id that is not a slug", () => {
    expect(parse("series=ok,Bad%20Id").ok).toBe(false);
  });
  it("accepts unknown parameters and ignores them", () => {
    expect(parse("utm_source=x").ok).toBe(true);
  });
});

describe("downloadName", () => {
  it("names the range in the file name", () => {
    expect(downloadName("trade", { from: 2003, to: 2009 })).toBe("trade_2003-2009.csv");
  });
  it("uses the plain id without a range", () => {
    expect(downloadName("events", {})).toBe("events.csv");
  });
  it("says how many series a filtered file holds", () => {
    expect(downloadName("trade", { from: 2003, to: 2009, series: ["a", "b"] })).toBe("trade_2003-2009_2-series.csv");
  });
  it("says which end is open", () => {
    expect(downloadName("trade", { from: 2010 })).toBe("trade_2010-end.csv");
  });
});

describe("datasetSummaries", () => {
  it("gives the row count and download addresses of each dataset asked for, skipping unknown ids", () => {
    const data = {
      sources: [],
      trade: [],
      tradeSeries: [],
      financing: [financingItem({ id: "a" }), financingItem({ id: "b" })],
      events: [],
      claims: [claim({ id: "c", status: "confirmed" })],
      official: [],
      pakistanPartners: [],
      usCpi: [],
    };
    const summaries = datasetSummaries(data, ["financing", "nope", "claims"]);
    expect(summaries.map((entry) => [entry.id, entry.csv])).toEqual([
      ["financing", "/api/datasets/financing?format=csv"],
      ["claims", "/api/datasets/claims?format=csv"],
    ]);
    expect(summaries.map((entry) => entry.rowCount)).toEqual([2, 1]);
  });
});

describe("the lang option", () => {
  it("reads a language and refuses any other value, or two", () => {
    expect(parse("format=csv&lang=ru")).toEqual({
      ok: true,
      query: { format: "csv", from: undefined, to: undefined, lang: "ru" },
    });
    expect(parse("lang=de")).toEqual({ ok: false, error: '"lang" must be "en", "ur" or "ru"; got "de"' });
    expect(parse("lang=ur&lang=ru")).toEqual({ ok: false, error: '"lang" was given 2 times; give it once' });
  });

  it("heads a Russian or Urdu CSV in that language, with the same cells", () => {
    const definition = findDataset("us-cpi");
    if (definition === undefined) throw new Error("no us-cpi dataset");
    const rows = [{ year: 2008, cpi_u: 215.303, method: "published", source_id: "bls-cpi-u" }];
    const [englishHeader, englishRow] = datasetCsv(definition, rows).split(/\r?\n/);
    const [russianHeader, russianRow] = datasetCsv(definition, rows, "ru").split(/\r?\n/);
    const [urduHeader] = datasetCsv(definition, rows, "ur").split(/\r?\n/);
    expect(englishHeader).toBe("year,cpi_u,method,source_id");
    expect(russianHeader).toBe("год,CPI-U,метод,идентификатор источника");
    expect(urduHeader).toBe("سال,CPI-U,طریقہ,ماخذ کی شناخت");
    expect(russianRow).toBe(englishRow);
  });

  it("names the file and the title in the language", () => {
    expect(downloadName("trade", { from: 2003, to: 2009, lang: "ur" })).toBe("trade_2003-2009_ur.csv");
    expect(downloadName("trade", { lang: "en" })).toBe("trade.csv");
    const definition = findDataset("events");
    if (definition === undefined) throw new Error("no events dataset");
    expect(datasetTitle(definition, "ru")).toBe("События в отношениях Пакистана и России");
    expect(datasetTitle(definition)).toBe(definition.title);
  });
});
