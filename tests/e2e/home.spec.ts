import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("server HTML already holds the chart, its points and the table", async ({ request }) => {
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('class="trend-chart"');
    for (const id of ["article-2003", "article-2006", "article-2008", "article-2009"]) {
      expect(html).toContain(`data-point-id="${id}"`);
    }
    expect(html).toMatch(/<table class="data-table">/);
  });

  test("draws no line across the missing years 2004, 2005 and 2007", async ({ page }) => {
    await page.goto("/");
    const chart = page.locator(".chart-frame--wide svg");
    const series = chart.locator('g.chart-series:has([data-point-id="article-2003"])');
    await expect(series.locator("[data-point-id]")).toHaveCount(4);
    // Only 2008–2009 are one year apart, so exactly one segment joins them.
    const segments = series.locator("path.chart-line");
    await expect(segments).toHaveCount(1);
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
  });

  test("the table sorts by total trade as numbers", async ({ page }) => {
    await page.goto("/");
    const table = page.locator("table.data-table").first();
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
  });

  test("hovering a point shows its tooltip, and an event marker lights up its story entry", async ({ page }) => {
    await page.goto("/");
    const chart = page.locator(".chart-frame--wide svg");
    await chart.locator('[data-point-id="article-2008"] .chart-marker').hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("$630m");
    await expect(tooltip).toContainText("Unverified");
    const marker = chart.locator(".chart-event-marker").first();
    const eventId = await marker.getAttribute("data-event-id");
    await marker.hover();
    await expect(page.locator(`#home-story li[data-event-id="${eventId}"]`)).toHaveClass(/is-active/);
  });
});
