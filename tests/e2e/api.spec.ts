import Papa from "papaparse";
import { expect, test } from "@playwright/test";

test.describe("data API", () => {
  test("lists every dataset with its row count and columns", async ({ request }) => {
    const response = await request.get("/api/datasets");
    expect(response.status()).toBe(200);
    const list = (await response.json()) as { id: string; rowCount: number; columns: string[] }[];
    expect(list.map((entry) => entry.id)).toEqual([
      "trade",
      "imf-dots",
      "official-trade",
      "imf-dots-pakistan-partners",
      "us-cpi",
      "financing",
      "events",
      "claims",
      "sources",
    ]);
    for (const entry of list) {
      expect(entry.rowCount).toBeGreaterThan(0);
      // Every row names its source: by id in each file of figures, or as the id of a source itself.
      expect(entry.columns.some((column) => column === "id" || column.startsWith("source_id"))).toBe(true);
    }
  });

  test("answers JSON rows filtered by year", async ({ request }) => {
    const response = await request.get("/api/datasets/trade?from=2003&to=2009");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { rows: { year: number; status: string; source_ids: string }[] };
    expect(body.rows.length).toBeGreaterThan(0);
    for (const row of body.rows) {
      expect(row.year).toBeGreaterThanOrEqual(2003);
      expect(row.year).toBeLessThanOrEqual(2009);
      expect(row.status).toBeTruthy();
      expect(row.source_ids).toBeTruthy();
    }
  });

  test("serves CSV with a file name that carries the range", async ({ request }) => {
    const response = await request.get("/api/datasets/trade?format=csv&from=2003&to=2009");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="trade_2003-2009.csv"');
    const parsed = Papa.parse<Record<string, string>>((await response.text()).trim(), { header: true });
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(["period", "total_usd_m", "status", "source_ids"]));
    const row2003 = parsed.data.find((row) => row.id === "article-2003");
    expect(row2003?.total_usd_m).toBe("92");
  });

  test("answers 304 to a request that already holds the current version", async ({ request }) => {
    const first = await request.get("/api/datasets/events?format=csv");
    const etag = first.headers()["etag"];
    expect(etag).toBeTruthy();
    expect(first.headers()["cache-control"]).toContain("max-age");
    const second = await request.get("/api/datasets/events?format=csv", { headers: { "If-None-Match": etag ?? "" } });
    expect(second.status()).toBe(304);
  });

  test("answers 404 with a JSON error for an unknown dataset", async ({ request }) => {
    const response = await request.get("/api/datasets/nope");
    expect(response.status()).toBe(404);
    expect((await response.json()).error).toContain("trade");
  });

  for (const query of ["from=abc", "from=2010&to=2003", "format=xlsx", "to=99999"]) {
    test(`answers 400 with a JSON error for ${query}`, async ({ request }) => {
      const response = await request.get(`/api/datasets/trade?${query}`);
      expect(response.status()).toBe(400);
      const body = (await response.json()) as { error: string };
      expect(body.error.length).toBeGreaterThan(10);
    });
  }

  test("filters trade by series and refuses unknown series or series on other datasets", async ({ request }) => {
    const all = (await (await request.get("/api/datasets/trade")).json()) as { rows: { series: string }[] };
    const oneSeries = all.rows[0]?.series ?? "";
    const filtered = await request.get(`/api/datasets/trade?format=csv&series=${oneSeries}`);
    expect(filtered.status()).toBe(200);
    const parsed = Papa.parse<Record<string, string>>((await filtered.text()).trim(), { header: true });
    expect(parsed.data.length).toBeGreaterThan(0);
    expect(parsed.data.every((row) => row.series === oneSeries)).toBe(true);
    expect((await request.get("/api/datasets/trade?series=no-such-series")).status()).toBe(400);
    expect((await request.get(`/api/datasets/events?series=${oneSeries}`)).status()).toBe(400);
  });
});
