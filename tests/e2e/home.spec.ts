import { expect, test, type APIRequestContext } from "@playwright/test";
import { laterCodeLoaded } from "./site-pages";

/*
 * The overview draws the trade explorer's default view: both countries'
 * official lines from the IMF table, the source article's figures as loose
 * points, and headline figures computed from the same series. Expected
 * numbers are worked out here from the data API, not typed in.
 */

type Row = Record<string, string | number | null>;

async function rows(request: APIRequestContext, path: string): Promise<Row[]> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { rows: Row[] }).rows;
}

const twoDecimals = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const money = (value: number) => `$${twoDecimals.format(value)}m`;

test.describe("home page", () => {
  test("server HTML already holds the chart with both official lines, the article's points and the table", async ({
    request,
  }) => {
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('class="trend-chart"');
    expect(html).toContain('data-series-id="imf-pk-total"');
    expect(html).toContain('data-series-id="imf-ru-total"');
    for (const id of ["article-2003", "article-2006", "article-2008", "article-2009"]) {
      expect(html).toContain(`data-point-id="${id}"`);
    }
    expect(html).toMatch(/<table class="data-table">/);
  });

  test("draws Pakistan's count as a solid line and Russia's as a dashed one, every year from 1992", async ({
    page,
    request,
  }) => {
    const official = await rows(request, "/api/datasets/official-trade?from=1992&series=imf-pk-total,imf-ru-total");
    await page.goto("/");
    const chart = page.locator(".chart-frame--wide svg");
    for (const [series, dashed] of [
      ["imf-pk-total", false],
      ["imf-ru-total", true],
    ] as const) {
      const line = chart.locator(`[data-series-id="${series}"]`);
      const years = official.filter((row) => row.series === series).map((row) => Number(row.year));
      expect(years.length).toBeGreaterThan(20);
      await expect(line.locator("[data-point-id]")).toHaveCount(years.length);
      await expect(line.locator(`[data-point-id="${series}-${Math.min(...years)}"]`)).toHaveCount(1);
      // Every year from 1992 has a figure, so every year is joined to the next: no gap.
      await expect(line.locator("path.chart-line")).toHaveCount(years.length - 1);
      await expect(line.locator("path.chart-line--dashed")).toHaveCount(dashed ? years.length - 1 : 0);
    }
    const legend = page.locator(".legend-series");
    await expect(legend).toContainText("Pakistan's statistics (IMF)");
    await expect(legend).toContainText("Russia's statistics (IMF)");
    await expect(page.locator(".chart-summary")).toContainText("By Pakistan's count, total trade went from");
  });

  test("draws the article's figures as loose points that are never joined", async ({ page }) => {
    await page.goto("/");
    const article = page.locator('.chart-frame--wide [data-series-id="press-article"]');
    await expect(article.locator("[data-point-id]")).toHaveCount(4);
    await expect(article.locator("path.chart-line")).toHaveCount(0);
    await expect(article.locator('a.chart-point-link[href="/claims#claim-trade-2008"]')).toHaveCount(1);
  });

  test("headline figures are the official series' largest years, Russia's share and its rank", async ({
    page,
    request,
  }) => {
    const totals = await rows(request, "/api/datasets/official-trade?series=imf-pk-total,imf-ru-total");
    const largest = (series: string) =>
      totals
        .filter((row) => row.series === series && row.partner !== "USSR")
        .reduce((best, row) => (Number(row.value_usd_m) > Number(best.value_usd_m) ? row : best));
    const russia = largest("imf-ru-total");
    const pakistan = largest("imf-pk-total");
    expect(Number(russia.year)).toBe(2020);

    // Russia's share of Pakistan's trade with the World, by Pakistan's count, in the latest year.
    const year = Math.max(...totals.map((row) => Number(row.year)));
    const imf = await rows(request, `/api/datasets/imf-dots?from=${year}&to=${year}`);
    const world = imf
      .filter((row) => row.reporter === "Pakistan" && row.partner === "World")
      .reduce((sum, row) => sum + Number(row.value_usd_m), 0);
    const own = Number(totals.find((row) => row.series === "imf-pk-total" && Number(row.year) === year)?.value_usd_m);
    const share = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format((own / world) * 100);

    // Its rank among every partner with trade that year.
    const partners = await rows(request, `/api/datasets/imf-dots-pakistan-partners?from=${year}&to=${year}`);
    const byPartner = new Map<string, number>();
    for (const row of partners.filter((entry) => entry.reporter === "Pakistan")) {
      byPartner.set(String(row.partner), (byPartner.get(String(row.partner)) ?? 0) + Number(row.value_usd_m));
    }
    const traded = [...byPartner.values()].filter((total) => total > 0);
    const rank = 1 + traded.filter((total) => total > (byPartner.get("Russian Federation") ?? 0)).length;

    await page.goto("/");
    const stats = page.getByRole("list", { name: "Headline figures" });
    const largestStat = stats.locator(".stat").filter({ hasText: "largest yearly trade" });
    await expect(largestStat.locator(".stat__value")).toHaveText(money(Number(russia.value_usd_m)));
    await expect(largestStat).toContainText(`by Russia’s count (${russia.year})`);
    await expect(largestStat).toContainText(`${money(Number(pakistan.value_usd_m))} by Pakistan’s (${pakistan.year})`);
    const shareStat = stats.locator(".stat").filter({ hasText: "Russia’s share" });
    await expect(shareStat.locator(".stat__value")).toHaveText(`${share}%`);
    await expect(shareStat).toContainText(
      `Russia’s share of Pakistan’s total trade in ${year}: its partner number ${rank} of ${traded.length}`,
    );
  });

  test("styles unverified points differently from reported ones and explains it in the legend", async ({ page }) => {
    await page.goto("/");
    const chart = page.locator(".chart-frame--wide svg");
    await expect(chart.locator(".chart-point--unverified").first()).toBeVisible();
    await expect(chart.locator(".chart-point--reported").first()).toBeVisible();
    const legend = page.locator(".legend-status");
    await expect(legend).toContainText("Unverified");
    await expect(legend).toContainText("Reported");
  });

  test("every point has a tooltip with value, period, status and source", async ({ page }) => {
    await page.goto("/");
    const title = await page.locator('.chart-frame--wide [data-point-id="article-2003"] title').textContent();
    expect(title).toContain("2003");
    expect(title).toContain("$92m");
    // Pakistan's own total for 2003 in the IMF series is the same figure, so it is reported, not unverified.
    expect(title).toContain("Reported");
    expect(title).toContain("Source:");
    expect(title).toContain("International Monetary Fund");
    const official = await page.locator('.chart-frame--wide [data-point-id="imf-pk-total-2003"] title').textContent();
    expect(official).toContain("2003: $92.07m. Pakistan's statistics (IMF).");
  });

  test("the table sorts by total trade as numbers", async ({ page }) => {
    await page.goto("/");
    const table = page.locator("table.data-table").first();
    await laterCodeLoaded(page);
    await table.getByRole("button", { name: /Total trade/ }).click();
    const cells = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    const values = cells.map((text) => Number(text.replace(/[^0-9.]/g, "")));
    const sorted = [...values].sort((a, b) => a - b);
    expect(values).toEqual(sorted);
    await expect(table.locator('th[aria-sort="ascending"]')).toHaveCount(1);
  });

  test("the phone layout shows the narrow chart", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/");
    await expect(page.locator(".chart-frame--narrow svg")).toBeVisible();
    await expect(page.locator(".chart-frame--wide svg")).toBeHidden();
    await expect(page.locator('.chart-frame--narrow [data-series-id="imf-pk-total"]')).toHaveCount(1);
    await expect(page.locator('.chart-frame--narrow [data-series-id="imf-ru-total"]')).toHaveCount(1);
  });

  test("hovering a point shows its tooltip, and an event marker lights up its story entry", async ({ page }) => {
    await page.goto("/");
    const chart = page.locator(".chart-frame--wide svg");
    await chart.locator('[data-point-id="article-2008"] .chart-marker').hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("$630m");
    await expect(tooltip).toContainText("Unverified");
    await chart.locator('[data-point-id="imf-ru-total-2020"]').focus();
    await expect(tooltip).toContainText("Russia's statistics (IMF)");
    const marker = chart.locator(".chart-event-marker").first();
    const eventId = await marker.getAttribute("data-event-id");
    await marker.hover();
    await expect(page.locator(`#home-story li[data-event-id="${eventId}"]`)).toHaveClass(/is-active/);
  });
});
