import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import Papa from "papaparse";
import { laterCodeLoaded } from "./site-pages";

/*
 * The trade explorer against the real data in data/. The official figures
 * named here are Pakistan's and Russia's counts in the IMF table
 * (data/imf-dots.csv): Pakistan's total for 2003 is 16.85 + 75.22 = 92.07 and
 * for 2008 127.30 + 583.85 = 711.14 (US$ millions). The published figures are
 * the source article's 2003 and 2008 values, $92m and $630m. Tests that lean on
 * a value also read it from the data API, so a change in the data shows up as
 * a clear mismatch rather than a puzzle.
 */

type Row = Record<string, string | number | null>;

const wideChart = (page: Page) => page.locator(".chart-frame--wide svg");
const settings = (page: Page) => page.getByRole("form", { name: "Chart settings" });
/** The published figures' table; the official series has a table of its own. */
const publishedTable = (page: Page) =>
  page.locator("table.data-table").filter({ has: page.locator("caption", { hasText: /^Trade figures,/ }) });
const officialTable = (page: Page) => page.getByRole("region", { name: "Official series, year by year" });

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

async function rows(request: APIRequestContext, path: string): Promise<Row[]> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { rows: Row[] }).rows;
}

/** One value of the official series, as the data API gives it. */
async function officialValue(request: APIRequestContext, series: string, year: number): Promise<Row> {
  const found = await rows(request, `/api/datasets/official-trade?from=${year}&to=${year}&series=${series}`);
  expect(found).toHaveLength(1);
  return found[0] as Row;
}

/** Horizontal centre of a point's marker, in page pixels. */
async function centreX(point: Locator): Promise<number> {
  const box = await point.locator(".chart-marker").boundingBox();
  expect(box).not.toBeNull();
  return (box?.x ?? 0) + (box?.width ?? 0) / 2;
}

const DEFAULT_HEADING = /^Total trade, as each country counts it, 1992–\d{4}, US\$ millions$/;

test.describe("trade explorer", () => {
  test("server HTML of a shared address already holds both official lines, the comparison and the tables", async ({
    request,
  }) => {
    const response = await request.get("/trade?from=2003&to=2009&compare=2003,2008");
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('class="trend-chart"');
    expect(html).toContain('data-series-id="imf-pk-total"');
    expect(html).toContain('data-series-id="imf-ru-total"');
    expect(html).toContain('data-point-id="imf-pk-total-2003"');
    expect(html).toContain('data-point-id="imf-ru-total-2009"');
    expect(html).not.toContain('data-point-id="imf-pk-total-2010"');
    // The article's figures are on the default layer; other published figures before 2021 are not.
    expect(html).toContain('data-point-id="article-2003"');
    expect(html).not.toContain('data-point-id="moc-fy2012-13"');
    expect(html).toContain("+$619.07m");
    expect(html).toContain("+672.4%");
    expect(html).toContain("+50.5%");
    expect(html).toContain('id="official-2003"');
    expect(html).toMatch(/<table class="data-table[^"]*">/);
  });

  test("compares two years given in the address, from Pakistan's official count by default", async ({
    page,
    request,
  }) => {
    const first = await officialValue(request, "imf-pk-total", 2003);
    const last = await officialValue(request, "imf-pk-total", 2008);
    expect(Number(first.value_usd_m)).toBeCloseTo(92.07, 2);
    expect(Number(last.value_usd_m)).toBeCloseTo(711.14, 2);

    await page.goto("/trade?compare=2003,2008");
    await expect(page.getByTestId("compare-from")).toHaveText("$92.07m");
    await expect(page.getByTestId("compare-to")).toHaveText("$711.14m");
    await expect(page.getByTestId("compare-change")).toHaveText("+$619.07m");
    await expect(page.getByTestId("compare-percent")).toHaveText("+672.4%");
    await expect(page.getByTestId("compare-cagr")).toHaveText("+50.5% a year");
    const compare = page.locator("#compare");
    await expect(compare).toContainText("the official one comes first");
    await expect(compare).toContainText("Pakistan's statistics (IMF) · Derived");
    // The other official count and the published series are offered as choices.
    const figures = page.getByLabel("Figures to use");
    await expect(figures).toHaveValue("imf-pk-total");
    const options = await figures
      .locator("option")
      .evaluateAll((elements) => elements.map((element) => (element as HTMLOptionElement).value));
    expect(options.slice(0, 3)).toEqual([
      "imf-pk-total",
      "imf-ru-total",
      "source-article-per-wikipedia-unknown-calendar",
    ]);
    await expect(page.getByTestId("compare-caveats")).toContainText("The 2003 figure is derived");
  });

  test("a published series can stand for the years instead, with its caveats", async ({ page }) => {
    await page.goto("/trade?compare=2003,2008");
    await page.getByLabel("Figures to use").selectOption("source-article-per-wikipedia-unknown-calendar");
    await expect(page).toHaveURL(/compareSeries=source-article-per-wikipedia-unknown-calendar/);
    await expect(page.getByTestId("compare-from")).toHaveText("$92m");
    await expect(page.getByTestId("compare-to")).toHaveText("$630m");
    await expect(page.getByTestId("compare-change")).toHaveText("+$538m");
    await expect(page.getByTestId("compare-percent")).toHaveText("+584.8%");
    await expect(page.getByTestId("compare-cagr")).toHaveText("+46.9% a year");
    const caveats = page.getByTestId("compare-caveats");
    await expect(caveats).toContainText("The 2008 figure is unverified");
    await expect(caveats).toContainText("no figure for 2004, 2005, 2007");
  });

  test("compares two years chosen with the controls, and Back undoes the choice", async ({ page }) => {
    await page.goto("/trade");
    const form = page.getByRole("form", { name: "Years to compare" });
    await form.getByLabel("Earlier year").selectOption("2003");
    await expect(page).toHaveURL(/compare=2003,\d{4}/);
    await form.getByLabel("Later year").selectOption("2008");
    await expect(page).toHaveURL(/compare=2003,2008/);
    await expect(page.getByTestId("compare-change")).toHaveText("+$619.07m");
    await page.goBack();
    await expect(page).not.toHaveURL(/compare=2003,2008/);
    await expect(page.getByTestId("compare-change")).toHaveCount(0);
  });

  test("says a year has no figure of the flow shown and computes nothing", async ({ page }) => {
    // Published figures are totals, so Pakistan's exports have only the official series, which ends in 2020.
    await page.goto("/trade?flow=exports&compare=2003,2022");
    await expect(page.getByText("2022: no figure.")).toBeVisible();
    await expect(page.locator("#compare")).toContainText(
      "No series of Pakistan's exports to Russia has a figure for 2022, and none is estimated.",
    );
    // The year lists say the same before a reader picks one.
    const later = page.getByRole("form", { name: "Years to compare" }).getByLabel("Later year");
    await expect(later.locator('option[value="2022"]')).toHaveText("2022 (no figure)");
    await expect(later.locator('option[value="2020"]')).toHaveText("2020");
    await expect(page.getByText("Nearest years with a figure: 2020.")).toBeVisible();
    await expect(page.locator("#compare")).toContainText("$16.85m Pakistan's statistics (IMF) · Reported");
    await expect(page.locator("#compare")).toContainText("$18.59m Russia's statistics (IMF) · Reported");
    await expect(page.getByTestId("compare-change")).toHaveCount(0);
  });

  test("warns when the two figures come from different series", async ({ page }) => {
    await page.goto("/trade?compare=2003,2022");
    await expect(page.getByText(/No single series has figures for both 2003 and 2022/)).toBeVisible();
    await expect(page.getByTestId("compare-change")).toHaveCount(0);

    await page.goto("/trade?compare=2003,2008");
    await page.getByLabel("Figures to use").selectOption("imf-pk-total,imf-ru-total");
    await expect(page).toHaveURL(/compareSeries=imf-pk-total,imf-ru-total/);
    await expect(page.getByTestId("compare-from")).toHaveText("$92.07m");
    await expect(page.getByTestId("compare-to")).toHaveText("$613.93m");
    await expect(page.getByTestId("compare-caveats")).toContainText("different series");
  });

  test("shows a notice for every parameter it cannot use, never an error page", async ({ page }) => {
    const response = await page.goto("/trade?from=abc&to=1900&scale=foo&compare=2003&flow=gold&reporter=cn");
    expect(response?.status()).toBe(200);
    const notices = page.getByTestId("param-notices");
    await expect(notices).toBeVisible();
    await expect(notices.locator("li")).toHaveCount(6);
    await expect(notices).toContainText("“abc” is not a year");
    await expect(notices).toContainText("“scale” cannot be “foo”");
    await expect(notices).toContainText("“flow” cannot be “gold”");
    await expect(notices).toContainText("“reporter” cannot be “cn”");
    await expect(notices).toContainText("takes two years");
    await expect(page.getByRole("heading", { name: DEFAULT_HEADING })).toBeVisible();
  });

  test("a refused typed year is explained, and the field shows the year actually used", async ({ page }) => {
    await page.goto("/trade");
    const from = settings(page).getByRole("spinbutton", { name: "From" });
    await from.fill("1950");
    await from.press("Enter");
    await expect(page).toHaveURL(/from=1950/);
    await expect(page.getByTestId("param-notices")).toContainText("1950 is outside the years");
    await expect(from).toHaveValue("1992");
    await expect(from).toBeFocused();
  });

  test("falls back to the full range when from is after to", async ({ page }) => {
    await page.goto("/trade?from=2015&to=2005");
    await expect(page.getByTestId("param-notices")).toContainText("starts (2015) after it ends (2005)");
  });

  test("typed years apply on Enter, a scale choice applies at once, and Back restores each view", async ({ page }) => {
    await page.goto("/trade");
    const from = settings(page).getByRole("spinbutton", { name: "From" });
    await from.fill("2006");
    await from.press("Enter");
    await expect(page).toHaveURL(/\/trade\?from=2006$/);
    await expect(page.getByRole("heading", { name: /^Total trade, as each country counts it, 2006–/ })).toBeVisible();

    await settings(page).getByLabel("Logarithmic").check();
    await expect(page).toHaveURL(/from=2006&scale=log/);
    await expect(settings(page).getByText(/equal percentage changes/)).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\/trade\?from=2006$/);
    await expect(settings(page).getByLabel("Linear")).toBeChecked();
    await page.goBack();
    await expect(page.getByRole("heading", { name: DEFAULT_HEADING })).toBeVisible();
    await expect(from).toHaveValue("1992");
  });

  test("flow, reporter and layer are radio choices reached and changed by keyboard, each in the address", async ({
    page,
  }) => {
    await page.goto("/trade");
    const form = settings(page);
    // Tab from the years' button reaches the flow choice.
    await form.getByRole("button", { name: "Apply" }).focus();
    await page.keyboard.press("Tab");
    await expect(form.getByRole("radio", { name: "Total trade" })).toBeFocused();

    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/trade\?flow=exports$/);
    await expect(
      page.getByRole("heading", { name: /^Pakistan's exports to Russia, as each country counts it,/ }),
    ).toBeVisible();
    await expect(form.getByRole("radio", { name: "Pakistan’s exports" })).toBeFocused();
    await expect(wideChart(page).locator('[data-series-id="imf-pk-exports"]')).toHaveCount(1);
    await expect(wideChart(page).locator('[data-series-id="imf-ru-exports"]')).toHaveCount(1);
    // Published figures are totals: the exports view draws none.
    await expect(wideChart(page).locator('[data-series-id^="press-"]')).toHaveCount(0);

    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/trade\?flow=imports$/);
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/trade\?flow=balance$/);
    await expect(page.getByRole("heading", { name: /^Pakistan's trade balance with Russia,/ })).toBeVisible();
    await expect(wideChart(page).locator(".chart-zero")).toHaveCount(1);
    await expect(page.locator(".chart-summary")).toContainText("Pakistan had a deficit");

    await form.getByRole("radio", { name: "Both countries" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/trade\?flow=balance&reporter=pk$/);
    await expect(
      page.getByRole("heading", { name: /^Pakistan's trade balance with Russia, by Pakistan's count,/ }),
    ).toBeVisible();
    await expect(wideChart(page).locator('[data-series-id="imf-pk-balance"]')).toHaveCount(1);
    await expect(wideChart(page).locator('[data-series-id="imf-ru-balance"]')).toHaveCount(0);
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/trade\?flow=balance&reporter=ru$/);
    await expect(wideChart(page).locator('[data-series-id="imf-pk-balance"]')).toHaveCount(0);
    await expect(wideChart(page).locator('[data-series-id="imf-ru-balance"]')).toHaveCount(1);

    await form.getByRole("radio", { name: "Official series" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/trade\?flow=balance&reporter=ru&layer=press$/);
    await expect(page.getByTestId("param-notices")).toContainText("Published figures are totals");

    await page.goBack();
    await expect(page).toHaveURL(/\/trade\?flow=balance&reporter=ru$/);
    await expect(form.getByRole("radio", { name: "Official series" })).toBeChecked();
  });

  test("constant dollars are a keyboard choice, named on the axis, the heading, tooltips and the table", async ({
    page,
    request,
  }) => {
    const row = await officialValue(request, "imf-pk-total", 2003);
    const baseYear = Number(row.constant_dollars_year);
    const cpi = await rows(request, "/api/datasets/us-cpi");
    expect(baseYear).toBe(Math.max(...cpi.map((entry) => Number(entry.year))));
    const constant = `$${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(Number(row.value_constant_usd_m))}m`;

    await page.goto("/trade");
    const nominal = settings(page).getByRole("radio", { name: "US$ millions", exact: true });
    await expect(nominal).toBeChecked();
    await nominal.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/trade\?mode=real$/);
    const unit = `constant ${baseYear} US$ millions`;
    await expect(settings(page).getByRole("radio", { name: "Constant US$ millions" })).toBeChecked();
    await expect(wideChart(page).locator(".chart-axis-label")).toHaveText(unit);
    await expect(
      page.getByRole("heading", { name: `Total trade, as each country counts it, 1992–2024, ${unit}` }),
    ).toBeVisible();
    await expect(settings(page)).toContainText(`Base year: ${baseYear}.`);
    await expect(officialTable(page).locator("caption")).toContainText(unit);
    await expect(officialTable(page).locator("#official-2003")).toContainText(constant);

    await wideChart(page).locator('[data-point-id="imf-pk-total-2003"]').focus();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText(constant);
    await expect(tooltip).toContainText(`constant ${baseYear} US dollars`);
  });

  test("the settings work as a plain GET form without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/trade?compare=2003,2008");
    const form = settings(page);
    await form.getByRole("spinbutton", { name: "From" }).fill("2003");
    await form.getByRole("spinbutton", { name: "To" }).fill("2009");
    await form.getByRole("radio", { name: "Pakistan’s count" }).check();
    await form.getByRole("radio", { name: "Every published figure" }).check();
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/from=2003&to=2009&flow=total&reporter=pk&layer=press/);
    await expect(
      page.getByRole("heading", { name: "Total trade, by Pakistan's count, 2003–2009, US$ millions" }),
    ).toBeVisible();
    await expect(wideChart(page).locator('[data-series-id="imf-pk-total"]')).toHaveCount(1);
    await expect(wideChart(page).locator('[data-series-id="imf-ru-total"]')).toHaveCount(0);
    await expect(wideChart(page).locator('[data-point-id="pk-fo-fy2006-07"]')).toHaveCount(1);
    // The comparison, which this form does not change, is carried along.
    await expect(page.getByTestId("compare-change")).toHaveText("+$619.07m");

    await form.getByRole("radio", { name: "Balance" }).check();
    await form.getByRole("radio", { name: "Constant US$ millions" }).check();
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/flow=balance&reporter=pk&layer=press.*mode=real/);
    await expect(
      page.getByRole("heading", {
        name: /^Pakistan's trade balance with Russia, by Pakistan's count, 2003–2009, constant \d{4} US\$ millions$/,
      }),
    ).toBeVisible();
    await expect(wideChart(page).locator('[data-series-id="imf-pk-balance"]')).toHaveCount(1);
    await expect(page.getByTestId("param-notices")).toContainText("Published figures are totals");
    await context.close();
  });

  test("from=1960 shows the USSR years with a break rule at 1991/92, and no line joins 1991 to 1992", async ({
    page,
  }) => {
    await page.goto("/trade?from=1960");
    await expect(page.getByRole("heading", { name: /^Total trade, as each country counts it, 1960–/ })).toBeVisible();
    const chart = wideChart(page);
    await expect(chart.locator("line.chart-break")).toHaveCount(1);
    await expect(chart.locator(".chart-break-label")).toHaveText("USSR | Russian Federation");
    await expect(page.locator(".legend-status")).toContainText("Dotted rule at 1991/92");
    await expect(page.locator(".chart-summary")).toContainText("the line breaks between 1991 and 1992");
    await expect(officialTable(page).locator("#official-1991 th")).toHaveText("1991 USSR");
    await expect(officialTable(page).locator("#official-1992 th")).toHaveText("1992");

    const pakistan = chart.locator('[data-series-id="imf-pk-total"]');
    await expect(pakistan.locator('[data-point-id="imf-pk-total-1960"]')).toHaveCount(1);
    // Russia's own statistics begin with the Russian Federation.
    await expect(chart.locator('[data-point-id="imf-ru-total-1991"]')).toHaveCount(0);
    await expect(chart.locator('[data-point-id="imf-ru-total-1992"]')).toHaveCount(1);

    const x1991 = await centreX(pakistan.locator('[data-point-id="imf-pk-total-1991"]'));
    const x1992 = await centreX(pakistan.locator('[data-point-id="imf-pk-total-1992"]'));
    const breakBox = await chart.locator("line.chart-break").boundingBox();
    expect(breakBox?.x).toBeGreaterThan(x1991);
    expect(breakBox?.x).toBeLessThan(x1992);
    const segments = await pakistan.locator("path.chart-line").evaluateAll((paths) =>
      paths.map((path) => {
        const box = path.getBoundingClientRect();
        return { left: box.left, right: box.right };
      }),
    );
    // A line on each side of the break, none across it.
    expect(segments.length).toBeGreaterThanOrEqual(2);
    expect(segments.some((segment) => segment.right >= x1991 - 1 && segment.right <= x1991 + 1)).toBe(true);
    expect(segments.some((segment) => segment.left >= x1992 - 1 && segment.left <= x1992 + 1)).toBe(true);
    for (const segment of segments) expect(segment.left < x1991 + 1 && segment.right > x1992 - 1).toBe(false);

    await page.goto("/trade");
    await expect(wideChart(page).locator("line.chart-break")).toHaveCount(0);
  });

  test("layer=press draws every published figure as loose points, grouped by perspective", async ({
    page,
    request,
  }) => {
    const published = await rows(request, "/api/datasets/trade?from=1992&to=2024");
    const isArticle = (row: Row) => String(row.source_ids).split(";").includes("source-article");
    await page.goto("/trade?layer=press");
    const chart = wideChart(page);
    const groups = chart.locator('[data-series-id^="press-"]');
    const expected = [
      ...new Set(published.filter((row) => !isArticle(row)).map((row) => `press-${row.perspective}`)),
      "press-article",
    ];
    expect(
      (
        await groups.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-series-id")))
      ).sort(),
    ).toEqual(expected.sort());
    // Points of one perspective are never joined to each other or to the official lines.
    await expect(chart.locator('[data-series-id^="press-"] path.chart-line')).toHaveCount(0);
    await expect(groups.locator("[data-point-id]")).toHaveCount(published.length);
    for (const row of published) {
      const group = isArticle(row) ? "press-article" : `press-${row.perspective}`;
      await expect(chart.locator(`[data-series-id="${group}"] [data-point-id="${row.id}"]`)).toHaveCount(1);
    }
    // One legend entry per perspective and per official line, not one per publisher.
    await expect(page.locator(".legend-series li")).toHaveCount(2 + expected.length);
    await expect(page.locator(".legend-series")).toContainText("Published figures, Pakistani statistics");

    // The default layer keeps the article's figures and those published after the official series ends.
    await page.goto("/trade");
    const defaults = published.filter((row) => isArticle(row) || Number(row.year) > 2020);
    await expect(wideChart(page).locator('[data-series-id^="press-"] [data-point-id]')).toHaveCount(defaults.length);
    await expect(wideChart(page).locator('[data-point-id="moc-fy2012-13"]')).toHaveCount(0);
    await expect(wideChart(page).locator('[data-point-id="ru-2021"]')).toHaveCount(1);
  });

  test("the article's figures are links to their claim check, with a tooltip on focus", async ({ page, request }) => {
    const claims = await rows(request, "/api/datasets/claims");
    const published = await rows(request, "/api/datasets/trade");
    const article = published.filter((row) => String(row.source_ids).split(";").includes("source-article"));
    expect(article.length).toBeGreaterThan(0);
    await page.goto("/trade");
    for (const row of article) {
      const claim = claims.find((entry) => String(entry.related_ids).split(";").includes(`trade:${row.id}`));
      expect(claim, `a claim about ${row.id}`).toBeDefined();
      await expect(wideChart(page).locator(`a.chart-point-link:has([data-point-id="${row.id}"])`)).toHaveAttribute(
        "href",
        `/claims#${claim?.id}`,
      );
    }
    const link = wideChart(page).locator('a.chart-point-link:has([data-point-id="article-2008"])');
    await link.focus();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("$630m");
    await expect(tooltip).toContainText("Unverified");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/claims#claim-trade-2008$/);
    await expect(page.locator('[id="claim-trade-2008"]')).toBeInViewport();
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
    await wideChart(page).locator('[data-point-id="article-2008"] .chart-marker').hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("$630m");
    await expect(tooltip).toContainText("2008");
    await expect(tooltip).toContainText("Unverified");
    await expect(tooltip).toContainText("calendar years");
    await expect(tooltip).toContainText("Source");

    // A pointer resting on a point keeps its tooltip; move it away before using the keyboard.
    await page.mouse.move(0, 0);
    await wideChart(page).locator('[data-point-id="imf-pk-total-2003"]').focus();
    await expect(tooltip).toContainText("$92.07m");
    await expect(tooltip).toContainText("Pakistan's statistics (IMF)");
    await expect(tooltip).toContainText("Derived");
    await expect(tooltip).toContainText("International Monetary Fund");
    await page.keyboard.press("Escape");
    await expect(tooltip).toHaveCount(0);

    await page.goto("/trade?layer=press");
    await wideChart(page).locator('[data-point-id="moc-fy2012-13"]').focus();
    await expect(tooltip).toContainText("FY2012-13");
    await expect(tooltip).toContainText("plotted at its middle");
    await expect(tooltip).toContainText("Pakistani statistics");
  });

  test("marks part-year figures in the chart, the tooltip and the legend", async ({ page }) => {
    await page.goto("/trade?layer=press&from=2018&to=2020");
    const partial = wideChart(page).locator('[data-point-id="ru-trade-rep-2018-jan-oct"]');
    await expect(partial).toHaveClass(/chart-point--partial/);
    await partial.focus();
    await expect(page.getByRole("tooltip")).toContainText("covers Jan–Oct 2018 only");
    await expect(page.locator(".legend-status")).toContainText("part-year figure");
  });

  test("switching a published series off removes it from the chart and the table", async ({ page }) => {
    await page.goto("/trade?layer=press");
    await settings(page).getByText("Published series", { exact: true }).click();
    const checkbox = page.getByRole("checkbox", { name: /^Source article \(per Wikipedia\)/ });
    await checkbox.uncheck();
    await expect(page).toHaveURL(/layer=press&series=/);
    await expect(wideChart(page).locator('[data-point-id="article-2003"]')).toHaveCount(0);
    await expect(wideChart(page).locator('[data-series-id="press-article"]')).toHaveCount(0);
    await expect(publishedTable(page).locator('tr[data-row-id="article-2003"]')).toHaveCount(0);
    await expect(publishedTable(page).locator('tr[data-row-id="moc-fy2012-13"]')).toHaveCount(1);
    // The official lines are not published series: they stay.
    await expect(wideChart(page).locator('[data-series-id="imf-pk-total"]')).toHaveCount(1);
    // The series list stays open and the box keeps focus for the next choice.
    await expect(page.getByRole("checkbox", { name: /^Source article \(per Wikipedia\)/ })).toBeFocused();
  });

  test("the official table has one row per year with both countries' counts", async ({ page, request }) => {
    const official = await rows(request, "/api/datasets/official-trade?from=2003&to=2008");
    await page.goto("/trade?from=2003&to=2008");
    const table = officialTable(page);
    const body = table.locator("tbody tr");
    await expect(body).toHaveCount(6);
    await expect(table.locator("thead")).toContainText("Pakistan’s count");
    await expect(table.locator("thead")).toContainText("Russia’s count");
    const format = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
    const money = (value: number) => (value < 0 ? `−$${format.format(-value)}m` : `$${format.format(value)}m`);
    for (const year of [2003, 2008]) {
      const cells = await table.locator(`#official-${year} td`).allTextContents();
      const expected = ["pk", "ru"].flatMap((reporter) =>
        ["exports", "imports", "total", "balance"].map((measure) => {
          const row = official.find(
            (entry) => entry.series === `imf-${reporter}-${measure}` && Number(entry.year) === year,
          );
          return money(Number(row?.value_usd_m));
        }),
      );
      expect(cells).toEqual(expected);
    }
    await expect(table.locator("#official-2003 td").nth(2)).toHaveText("$92.07m");
    // Dense: each year fits on one line.
    const heights = await body.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().height),
    );
    for (const height of heights) expect(height).toBeLessThan(40);
  });

  test("the published figures' table sorts by total trade as numbers and keeps the sort in the address", async ({
    page,
  }) => {
    await page.goto("/trade");
    const table = publishedTable(page);
    await laterCodeLoaded(page);
    await table.getByRole("button", { name: /Total trade/ }).click();
    await expect(page).toHaveURL(/tableSort=totalUsdM/);
    const values = async () =>
      (await table.locator("tbody tr td:nth-child(2)").allTextContents()).map((text) =>
        Number(text.replace(/[^0-9.]/g, "")),
      );
    const first = await values();
    expect(first.length).toBeGreaterThan(10);
    const direction = await table.locator("th[aria-sort]").getAttribute("aria-sort");
    const sorted = [...first].sort((a, b) => (direction === "ascending" ? a - b : b - a));
    expect(first).toEqual(sorted);

    await page.reload();
    expect(await values()).toEqual(first);
  });

  test("the published figures' table filters by status and counts its rows", async ({ page, request }) => {
    const published = await rows(request, "/api/datasets/trade?from=1992&to=2024");
    await page.goto("/trade");
    const rowsShown = publishedTable(page).locator("tbody tr");
    await expect(rowsShown).toHaveCount(published.length);
    await laterCodeLoaded(page);
    await page.getByRole("form", { name: "Filter the table" }).getByLabel("Status").selectOption("unverified");
    await expect(page).toHaveURL(/tableStatus=unverified/);
    const unverified = published.filter((row) => row.status === "unverified").length;
    await expect(rowsShown).toHaveCount(unverified);
    await expect(page.getByTestId("row-count")).toHaveText(
      new RegExp(`^Showing ${unverified} of ${published.length} figures in view, 1992–\\d{4}$`),
    );
    for (const badge of await rowsShown.locator(".badge").allTextContents()) expect(badge).toBe("Unverified");
    // The filter is in the address, so the server lists the same rows on reload.
    await page.reload();
    await expect(rowsShown).toHaveCount(unverified);
  });

  test("downloads the official series shown and the whole official series as CSV", async ({ page, request }) => {
    await page.goto("/trade?from=2003&to=2009");
    const shownLink = page.getByTestId("csv-official-shown");
    await expect(shownLink).toHaveAttribute(
      "href",
      "/api/datasets/official-trade?format=csv&from=2003&to=2009&series=imf-pk-total,imf-ru-total",
    );
    await expect(shownLink).toContainText("2003–2009, 2 lines");
    const shown = await readDownload(page, () => shownLink.click());
    expect(shown.name).toBe("official-trade_2003-2009_2-series.csv");
    const shownRows = parseCsv(shown.bytes.toString("utf8"));
    expect(shownRows.meta.fields).toEqual(
      expect.arrayContaining([
        "series",
        "year",
        "reporter",
        "partner",
        "measure",
        "value_usd_m",
        "value_constant_usd_m",
        "status",
        "source_ids",
      ]),
    );
    expect(shownRows.data).toHaveLength(2 * 7);
    expect(new Set(shownRows.data.map((row) => row.series))).toEqual(new Set(["imf-pk-total", "imf-ru-total"]));
    const pakistan2003 = shownRows.data.find((row) => row.series === "imf-pk-total" && row.year === "2003");
    expect(pakistan2003?.reporter).toBe("Pakistan");
    expect(pakistan2003?.measure).toBe("total");
    expect(pakistan2003?.value_usd_m).toMatch(/^92\.07/);
    expect(pakistan2003?.status).toBe("derived");
    expect(pakistan2003?.source_ids?.split(";")).toContain("imf-dots-pakistan");
    expect(Number(pakistan2003?.value_constant_usd_m)).toBeGreaterThan(Number(pakistan2003?.value_usd_m));

    const index = (await (await request.get("/api/datasets")).json()) as { id: string; rowCount: number }[];
    const all = await readDownload(page, () => page.getByTestId("csv-official-all").click());
    expect(all.name).toBe("official-trade.csv");
    const allRows = parseCsv(all.bytes.toString("utf8"));
    expect(allRows.data).toHaveLength(index.find((entry) => entry.id === "official-trade")?.rowCount ?? -1);
    for (const measure of ["total", "exports", "imports", "balance"]) {
      expect(allRows.data.some((row) => row.measure === measure && row.reporter === "Russian Federation")).toBe(true);
    }
    expect(allRows.data.some((row) => row.partner === "USSR")).toBe(true);
  });

  test("downloads the published figures in view and all published figures as CSV, each with its row count", async ({
    page,
  }) => {
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
    expect(text).toContain('data-point-id="imf-pk-total-2003"');
    expect(text).toContain('data-point-id="article-2003"');
    expect(text).not.toContain("var(--");
    expect(text).toMatch(/fill:\s*rgb\(/);

    const png = await readDownload(page, () => page.getByRole("button", { name: "Image (PNG)" }).click());
    expect(png.name).toBe("pakistan-russia-trade_2003-2009.png");
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  test("index mode explains itself and names each official line's base", async ({ page }) => {
    await page.goto("/trade?mode=index");
    await expect(page.getByText(/lines show growth, not size/)).toBeVisible();
    const legend = page.locator(".legend-series");
    // Both counts' totals for 1992 in data/imf-dots.csv: 40.37 + 65.24 and 52.6 + 64.6.
    await expect(legend).toContainText("Pakistan's statistics (IMF) (100 = $105.61m in 1992)");
    await expect(legend).toContainText("Russia's statistics (IMF) (100 = $117.2m in 1992)");
  });

  test("the phone layout shows the narrow chart with focusable points", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/trade");
    const narrow = page.locator('.chart-frame--narrow svg[data-chart-id="trade-trend-narrow"]');
    await expect(narrow).toBeVisible();
    await narrow.locator('[data-point-id="imf-pk-total-2003"]').focus();
    await expect(page.getByRole("tooltip")).toContainText("$92.07m");
  });
});
