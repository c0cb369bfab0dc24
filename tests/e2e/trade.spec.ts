import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";

/*
 * The trade explorer against the real data in data/. Figures named here are the
 * source article's 2003 and 2008 values, which the data keeps as unverified.
 */

const wideChart = (page: Page) => page.locator(".chart-frame--wide svg");

async function readDownload(page: Page, trigger: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

function parseCsv(text: string) {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

test.describe("trade explorer", () => {
  test("server HTML of a shared address already holds the chart, the comparison and the table", async ({ request }) => {
    const response = await request.get("/trade?from=2003&to=2009&compare=2003,2008");
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('class="trend-chart"');
    expect(html).toContain('data-point-id="article-2003"');
    expect(html).not.toContain('data-point-id="moc-fy2012-13"');
    expect(html).toContain("+$538m");
    expect(html).toContain("+584.8%");
    expect(html).toContain("+46.9%");
    expect(html).toMatch(/<table class="data-table">/);
  });

  test("compares two years given in the address", async ({ page }) => {
    await page.goto("/trade?compare=2003,2008");
    await expect(page.getByTestId("compare-from")).toHaveText("$92m");
    await expect(page.getByTestId("compare-to")).toHaveText("$630m");
    await expect(page.getByTestId("compare-change")).toHaveText("+$538m");
    await expect(page.getByTestId("compare-percent")).toHaveText("+584.8%");
    await expect(page.getByTestId("compare-cagr")).toHaveText("+46.9% a year");
    const caveats = page.getByTestId("compare-caveats");
    await expect(caveats).toContainText("The 2003 figure is unverified");
    await expect(caveats).toContainText("no figure for 2004, 2005, 2007");
  });

  test("compares two years chosen with the controls, and Back undoes the choice", async ({ page }) => {
    await page.goto("/trade");
    const form = page.getByRole("form", { name: "Years to compare" });
    await form.getByLabel("Earlier year").selectOption("2003");
    await expect(page).toHaveURL(/compare=2003,\d{4}/);
    await form.getByLabel("Later year").selectOption("2008");
    await expect(page).toHaveURL(/compare=2003,2008/);
    await expect(page.getByTestId("compare-change")).toHaveText("+$538m");
    await page.goBack();
    await expect(page).not.toHaveURL(/compare=2003,2008/);
    await expect(page.getByTestId("compare-change")).toHaveCount(0);
  });

  test("says a year has no figure and computes nothing", async ({ page }) => {
    await page.goto("/trade?compare=2004,2008");
    await expect(page.getByText("2004: no figure.")).toBeVisible();
    await expect(page.getByText("Nearest years with a figure: 2003 and 2006.")).toBeVisible();
    await expect(page.getByTestId("compare-change")).toHaveCount(0);
  });

  test("warns when the two figures come from different series", async ({ page }) => {
    await page.goto("/trade?compare=2003,2013");
    await expect(page.getByText(/No single series has figures for both 2003 and 2013/)).toBeVisible();
    await page.getByLabel("Figures to use").selectOption({ index: 1 });
    await expect(page).toHaveURL(/compareSeries=/);
    await expect(page.getByTestId("compare-caveats")).toContainText("different series");
  });

  test("shows a notice for every parameter it cannot use, never an error page", async ({ page }) => {
    const response = await page.goto("/trade?from=abc&to=1900&scale=foo&compare=2003");
    expect(response?.status()).toBe(200);
    const notices = page.getByTestId("param-notices");
    await expect(notices).toBeVisible();
    await expect(notices.locator("li")).toHaveCount(4);
    await expect(notices).toContainText("“abc” is not a year");
    await expect(notices).toContainText("“scale” cannot be “foo”");
    await expect(notices).toContainText("takes two years");
    await expect(page.getByRole("heading", { name: /^Bilateral trade, 2002–\d{4}$/ })).toBeVisible();
  });

  test("a refused typed year is explained, and the field shows the year actually used", async ({ page }) => {
    await page.goto("/trade");
    const from = page.getByRole("form", { name: "Chart settings" }).getByLabel("From");
    await from.fill("1990");
    await from.press("Enter");
    await expect(page).toHaveURL(/from=1990/);
    await expect(page.getByTestId("param-notices")).toContainText("1990 is outside the years");
    await expect(from).toHaveValue("2002");
    await expect(from).toBeFocused();
  });

  test("falls back to the full range when from is after to", async ({ page }) => {
    await page.goto("/trade?from=2015&to=2005");
    await expect(page.getByTestId("param-notices")).toContainText("starts (2015) after it ends (2005)");
  });

  test("typed years apply on Enter, a scale choice applies at once, and Back restores each view", async ({ page }) => {
    await page.goto("/trade");
    const settings = page.getByRole("form", { name: "Chart settings" });
    await settings.getByLabel("From").fill("2006");
    await settings.getByLabel("From").press("Enter");
    await expect(page).toHaveURL(/\/trade\?from=2006$/);
    await expect(page.getByRole("heading", { name: /^Bilateral trade, 2006–/ })).toBeVisible();

    await settings.getByLabel("Logarithmic").check();
    await expect(page).toHaveURL(/from=2006&scale=log/);
    await expect(settings.getByText(/equal percentage changes/)).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\/trade\?from=2006$/);
    await expect(settings.getByLabel("Linear")).toBeChecked();
    await page.goBack();
    await expect(page.getByRole("heading", { name: /^Bilateral trade, 2002–/ })).toBeVisible();
    await expect(settings.getByLabel("From")).toHaveValue("2002");
  });

  test("the settings work as a plain form without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/trade?compare=2003,2008");
    const settings = page.getByRole("form", { name: "Chart settings" });
    await settings.getByLabel("From").fill("2003");
    await settings.getByLabel("To").fill("2009");
    await settings.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/from=2003/);
    await expect(page.getByRole("heading", { name: "Bilateral trade, 2003–2009" })).toBeVisible();
    // The comparison, which this form does not change, is carried along.
    await expect(page.getByTestId("compare-change")).toHaveText("+$538m");
    await context.close();
  });

  test("hovering or focusing an event marker highlights its story entry, and the story highlights the chart", async ({
    page,
  }) => {
    await page.goto("/trade?from=2006&to=2012");
    const markers = wideChart(page).locator(".chart-event-marker");
    const first = markers.first();
    const firstId = await first.getAttribute("data-event-id");
    await first.hover();
    await expect(page.locator(`#trade-story li[data-event-id="${firstId}"]`)).toHaveClass(/is-active/);

    const second = markers.nth(1);
    const secondId = await second.getAttribute("data-event-id");
    await second.focus();
    await expect(page.locator(`#trade-story li[data-event-id="${secondId}"]`)).toHaveClass(/is-active/);

    const story = page.locator(`#trade-story li[data-event-id="${firstId}"]`);
    await story.locator(".story-meta").click();
    await page.mouse.move(0, 0);
    await expect(wideChart(page).locator(`.chart-event-marker[data-event-id="${firstId}"]`)).toHaveClass(/is-active/);
    await expect(wideChart(page).locator(`.chart-event-year[data-event-id="${firstId}"]`)).toHaveClass(/is-active/);
    // Numbers on the chart match the numbers in the story.
    await expect(first.locator("text")).toHaveText("1");
    await expect(page.locator("#trade-story li").first().locator(".story-number")).toHaveText("1");
  });

  test("a point shows its value, period, basis, perspective, status and source on hover and on focus", async ({
    page,
  }) => {
    await page.goto("/trade");
    await wideChart(page).locator('[data-point-id="article-2003"] .chart-marker').hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("$92m");
    await expect(tooltip).toContainText("2003");
    await expect(tooltip).toContainText("Unverified");
    await expect(tooltip).toContainText("calendar years");
    await expect(tooltip).toContainText("Source");

    await wideChart(page).locator('[data-point-id="moc-fy2012-13"]').focus();
    await expect(tooltip).toContainText("FY2012-13");
    await expect(tooltip).toContainText("plotted at its middle");
    await expect(tooltip).toContainText("Pakistani statistics");
    await page.keyboard.press("Escape");
    await expect(tooltip).toHaveCount(0);
  });

  test("marks part-year figures in the chart, the tooltip and the legend", async ({ page }) => {
    await page.goto("/trade?from=2018&to=2020");
    const partial = wideChart(page).locator('[data-point-id="ru-trade-rep-2018-jan-oct"]');
    await expect(partial).toHaveClass(/chart-point--partial/);
    await partial.focus();
    await expect(page.getByRole("tooltip")).toContainText("covers Jan–Oct 2018 only");
    await expect(page.locator(".legend-status")).toContainText("part-year figure");
  });

  test("switching a series off removes it from the chart and the table", async ({ page }) => {
    await page.goto("/trade");
    await page.getByRole("form", { name: "Chart settings" }).getByText("Series", { exact: true }).click();
    const checkbox = page.getByRole("checkbox", { name: /^Source article \(per Wikipedia\)/ });
    await checkbox.uncheck();
    await expect(page).toHaveURL(/series=/);
    await expect(wideChart(page).locator('[data-point-id="article-2003"]')).toHaveCount(0);
    await expect(page.locator('table.data-table tr[data-row-id="article-2003"]')).toHaveCount(0);
    // The series list stays open and the box keeps focus for the next choice.
    await expect(page.getByRole("checkbox", { name: /^Source article \(per Wikipedia\)/ })).toBeFocused();
  });

  test("the table sorts by total trade as numbers and keeps the sort in the address", async ({ page }) => {
    await page.goto("/trade");
    const table = page.locator("table.data-table");
    await table.getByRole("button", { name: /Total trade/ }).click();
    await expect(page).toHaveURL(/tableSort=totalUsdM/);
    const values = async () =>
      (await table.locator("tbody tr td:nth-child(2)").allTextContents()).map((text) =>
        Number(text.replace(/[^0-9.]/g, "")),
      );
    const first = await values();
    const direction = await table.locator("th[aria-sort]").getAttribute("aria-sort");
    const sorted = [...first].sort((a, b) => (direction === "ascending" ? a - b : b - a));
    expect(first).toEqual(sorted);

    await page.reload();
    expect(await values()).toEqual(first);
  });

  test("the table filters by status and counts its rows", async ({ page }) => {
    await page.goto("/trade");
    const total = await page.locator("table.data-table tbody tr").count();
    await page.getByRole("form", { name: "Filter the table" }).getByLabel("Status").selectOption("unverified");
    await expect(page).toHaveURL(/tableStatus=unverified/);
    const rows = page.locator("table.data-table tbody tr");
    const shown = await rows.count();
    expect(shown).toBeLessThan(total);
    await expect(page.getByTestId("row-count")).toHaveText(
      new RegExp(`^Showing ${shown} of ${total} figures in view, 2002–\\d{4}$`),
    );
    for (const badge of await rows.locator(".badge").allTextContents()) expect(badge).toBe("Unverified");
    // The filter is in the address, so the server lists the same rows on reload.
    await page.reload();
    await expect(rows).toHaveCount(shown);
  });

  test("downloads the figures in view and all figures as CSV, each with its row count", async ({ page }) => {
    await page.goto("/trade?from=2003&to=2009");
    const shownLink = page.getByTestId("csv-shown");
    const shownCount = Number((await shownLink.textContent())?.match(/(\d+) rows?/)?.[1]);
    const shown = await readDownload(page, () => shownLink.click());
    expect(shown.name).toBe("trade_2003-2009.csv");
    const shownRows = parseCsv(shown.bytes.toString("utf8"));
    expect(shownRows.data).toHaveLength(shownCount);
    expect(shownRows.meta.fields).toEqual(expect.arrayContaining(["total_usd_m", "status", "source_ids", "basis"]));
    for (const row of shownRows.data) {
      expect(Number(row.year)).toBeGreaterThanOrEqual(2003);
      expect(Number(row.year)).toBeLessThanOrEqual(2009);
    }
    expect(shownRows.data.find((row) => row.id === "article-2003")?.total_usd_m).toBe("92");

    const allLink = page.getByTestId("csv-all");
    const allCount = Number((await allLink.textContent())?.match(/(\d+) rows?/)?.[1]);
    const all = await readDownload(page, () => allLink.click());
    expect(all.name).toBe("trade.csv");
    expect(parseCsv(all.bytes.toString("utf8")).data).toHaveLength(allCount);
    expect(allCount).toBeGreaterThan(shownCount);
  });

  test("saves the chart as SVG with its colours resolved, and as PNG", async ({ page }) => {
    await page.goto("/trade?from=2003&to=2009");
    await page.getByText("Share, embed, download or cite this chart").click();
    const svg = await readDownload(page, () => page.getByRole("button", { name: "Image (SVG)" }).click());
    expect(svg.name).toBe("pakistan-russia-trade_2003-2009.svg");
    const text = svg.bytes.toString("utf8");
    expect(text).toContain("<svg");
    expect(text).toContain('data-point-id="article-2003"');
    expect(text).not.toContain("var(--");
    expect(text).toMatch(/fill:\s*rgb\(/);

    const png = await readDownload(page, () => page.getByRole("button", { name: "Image (PNG)" }).click());
    expect(png.name).toBe("pakistan-russia-trade_2003-2009.png");
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  test("index mode explains itself and names each series' base", async ({ page }) => {
    await page.goto("/trade?mode=index");
    await expect(page.getByText(/lines show growth, not size/)).toBeVisible();
    await expect(page.locator(".legend-series")).toContainText("(100 = $92m in 2003)");
  });

  test("the phone layout shows the narrow chart with focusable points", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/trade");
    const narrow = page.locator(".chart-frame--narrow svg");
    await expect(narrow).toBeVisible();
    await narrow.locator('[data-point-id="article-2003"]').focus();
    await expect(page.getByRole("tooltip")).toContainText("$92m");
  });
});
