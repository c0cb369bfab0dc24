import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

/*
 * The official sections (both countries' figures, Russia's share and rank,
 * the balance) against the real IMF series in data/, with JavaScript off: every
 * number must be in the server's HTML. PAGE is where the sections are shown.
 */

const PAGE = "/trade";

const mirror = (page: Page, id: "pk-to-ru" | "ru-to-pk" | "total") => page.locator(`[data-mirror="${id}"]`);
const cell = (scope: Locator, year: number, count: string) =>
  scope.locator(`tr[data-year="${year}"] td[data-count="${count}"]`);

test.describe("official sections without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("show the three sections with their headings, charts and tables", async ({ page }) => {
    await page.goto(PAGE);
    for (const id of ["mirror", "share", "balance"]) {
      await expect(page.locator(`h2#${id}`)).toBeVisible();
    }
    // Every chart has a title and a description, and sits beside a table.
    const charts = page
      .locator(
        'section[aria-labelledby="mirror"], section[aria-labelledby="share"], section[aria-labelledby="balance"]',
      )
      .locator(".chart-frame--wide svg[role=img]");
    expect(await charts.count()).toBeGreaterThanOrEqual(6);
    for (const chart of await charts.all()) {
      await expect(chart.locator("title")).not.toBeEmpty();
      await expect(chart.locator("desc")).not.toBeEmpty();
    }
    expect(await page.locator("table.data-table").count()).toBeGreaterThanOrEqual(6);
  });

  test("give Pakistan's 2010 exports as 144 by its own count and 241 by Russia's, with the gap", async ({ page }) => {
    await page.goto(PAGE);
    const exports = mirror(page, "pk-to-ru");
    await expect(cell(exports, 2010, "pk")).toHaveText("144.3");
    await expect(cell(exports, 2010, "ru")).toHaveText("241.0");
    await expect(cell(exports, 2010, "gap")).toHaveText("+96.7");
    await expect(cell(exports, 2010, "gap-pct")).toHaveText("+67.0%");
    await expect(exports.locator("thead")).toContainText("Russia’s − Pakistan’s, derived");
  });

  test("give Russia's 2012 total as 542.2, marked as derived", async ({ page }) => {
    await page.goto(PAGE);
    const total = mirror(page, "total");
    await expect(cell(total, 2012, "ru")).toHaveText("542.2");
    await expect(total.locator("caption")).toContainText("Totals and gap derived by us from the IMF series");
  });

  test("mark every derived figure and cite the IMF tables by their source ids", async ({ page }) => {
    await page.goto(PAGE);
    for (const id of ["mirror", "share", "balance"]) {
      const section = page.locator(`section[aria-labelledby="${id}"]`);
      await expect(section.getByText("Derived", { exact: true }).first()).toBeVisible();
      await expect(section.locator('a[href="/sources#imf-dots-pakistan"]')).toHaveCount(1);
      await expect(section.locator('a[href="/sources#imf-dots-russia"]')).toHaveCount(1);
      for (const caption of await section.locator("caption").all()) {
        await expect(caption).toContainText(/derived/i);
      }
    }
  });

  test("show Russia's rank and share, with the USSR break and Russia after Pakistan's ten largest partners", async ({
    page,
  }) => {
    // The explorer starts at 1992 by default; the USSR years need the range to reach back.
    await page.goto(`${PAGE}?from=1960`);
    const share = page.locator('section[aria-labelledby="share"]');
    await expect(share).toContainText("Break at 1991/92");
    await expect(share).toContainText("ranked 24th of 201 partner economies");
    const russia = share.locator('tr[data-russia="true"]');
    await expect(russia).toContainText("24");
    await expect(russia).toContainText("Russia");
    await expect(share.locator("tr[data-partner]")).toHaveCount(11);
    await expect(share.locator("tr[data-partner]").first()).toContainText("China (mainland)");
    // The chart's lines are not joined across 1991/92.
    await expect(share.locator(".chart-frame--wide svg").first().locator("text", { hasText: "USSR" })).toHaveCount(1);
  });

  test("describe the balance from the data, by each country's count", async ({ page }) => {
    await page.goto(PAGE);
    const balance = page.locator('section[aria-labelledby="balance"]');
    await expect(balance).toContainText("By Pakistan’s count, Pakistan was in deficit in");
    await expect(balance).toContainText("the largest deficit was $470m in 2020");
    await expect(balance).toContainText("By Russia’s count");
    await expect(balance).toContainText("the largest deficit was $305.5m in 2008");
  });

  test("honour a from/to range in every section", async ({ page }) => {
    await page.goto(`${PAGE}?from=2005&to=2012`);
    const exports = mirror(page, "pk-to-ru");
    await expect(exports.locator("tbody tr")).toHaveCount(8);
    await expect(exports.locator("tbody tr").first()).toHaveAttribute("data-year", "2005");
    await expect(exports.locator("h3")).toHaveText("Pakistan’s exports to Russia, 2005–2012");
    const share = page.locator('section[aria-labelledby="share"]');
    await expect(share).not.toContainText("Break at 1991/92");
    await expect(share.getByRole("heading", { name: "Pakistan’s largest trading partners in 2012" })).toBeVisible();
    const balance = page.locator('section[aria-labelledby="balance"]');
    await expect(balance.locator("tbody tr")).toHaveCount(8);
    await expect(balance).toContainText("in deficit in 7 of 8 years (2005–2012) and in surplus only in 2011");
  });

  test("say which dollars are shown, nominal by default and constant dollars of the latest CPI year on request", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await expect(page.locator('[data-mirror="pk-to-ru"] caption')).toContainText("US$ millions, as each country");
    await page.goto(`${PAGE}?mode=real`);
    const exports = mirror(page, "pk-to-ru");
    await expect(exports.locator("caption")).toContainText("US$ millions at 2024 prices");
    await expect(exports.locator(".chart-frame--wide svg")).toContainText("US$ millions at 2024 prices");
    // Constant dollars change the amounts but not the gap in per cent.
    await expect(cell(exports, 2010, "pk")).not.toHaveText("144.3");
    await expect(cell(exports, 2010, "gap-pct")).toHaveText("+67.0%");
    await expect(page.locator('a[href="/sources#bls-cpi-u"]').first()).toBeVisible();
  });

  test("fit a 360 px screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(PAGE);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`official sections have no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
    // A long page of tables and charts: axe needs more than the default time on a shared machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.goto(PAGE);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const found = results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}: ${node.failureSummary}`),
    );
    expect(found).toEqual([]);
  });
}
