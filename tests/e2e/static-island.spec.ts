import { expect, test, type Page, type Request, type Route } from "@playwright/test";
import { laterCodeLoaded } from "./site-pages";

/*
 * The trend charts of the home and trade pages and the trade page's official
 * sections are static islands (components/shell/static-island.tsx): sent as
 * HTML only, not again in the page's payload. These tests hold it to its promises: the HTML is whole, the
 * browser keeps it while the page hydrates, and a view reached in the browser
 * (a setting, Back, a link from another page, the language switch) still
 * shows its own sections.
 */

const sections = (page: Page) => page.locator('[data-island="official"]');
const chartTitle = (page: Page) => page.locator('[data-island="trend"] [id$="-trend-wide-title"]');

/** The payload the page's inline scripts hand to React. */
function payloadOf(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)]
    .map((match) => JSON.parse(match[1] ?? "[]") as unknown[])
    .filter((push) => push[0] === 1)
    .map((push) => String(push[1]))
    .join("");
}

/** Requests for a page's HTML made by the page's own scripts (not the router's payload requests). */
function pageReads(page: Page): string[] {
  const reads: string[] = [];
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (request.resourceType() === "fetch" && url.pathname.endsWith("/trade") && request.headers()["rsc"] === undefined)
      reads.push(`${url.pathname}${url.search}`);
  });
  return reads;
}

/** Opens the trade page, ready for the browser to navigate, and lists the page reads from then on. */
async function openTrade(page: Page): Promise<string[]> {
  const reads = pageReads(page);
  await page.goto("/trade");
  await laterCodeLoaded(page);
  return reads;
}

/** The constant-dollar view of the trade page, as a route matcher. */
const realView = (url: URL) => url.pathname === "/trade" && url.search === "?mode=real";

/** Answers the islands' reads of the constant-dollar view (not the router's payload requests) with `answer`. */
async function answerIslandReads(page: Page, answer: (route: Route) => Promise<void>): Promise<void> {
  await page.route(realView, (route) =>
    route.request().headers()["rsc"] === undefined ? answer(route) : route.fallback(),
  );
}

test("the official sections are in the HTML once and not in the payload", async ({ request }) => {
  for (const path of ["/trade", "/ur/trade?mode=real"]) {
    const html = await (await request.get(path)).text();
    expect(html.match(/id="mirror-pk-to-ru-wide-title"/g), path).toHaveLength(1);
    expect(html, path).toContain('id="balance"');
    expect(payloadOf(html), path).not.toContain("mirror-pk-to-ru");
  }
  for (const [path, chart] of [
    ["/", "home-trend-wide"],
    ["/trade?flow=balance", "trade-trend-wide"],
    ["/ru/trade", "trade-trend-wide"],
  ] as const) {
    const html = await (await request.get(path)).text();
    expect(html.match(new RegExp(`data-chart-id="${chart}"`, "g")), path).toHaveLength(1);
    expect(payloadOf(html), path).not.toContain(chart);
  }
});

test("hydrating keeps the server's sections and reads nothing more", async ({ page }) => {
  const reads = await openTrade(page);
  await page.waitForLoadState("networkidle");
  await expect(sections(page).locator("[data-dollars=nominal] h2#mirror")).toBeVisible();
  expect(reads).toEqual([]);
});

test("a setting chosen in the browser shows that view's sections, and Back shows the first at once", async ({
  page,
}) => {
  const reads = await openTrade(page);
  await page.getByRole("radio", { name: "Constant US$ millions" }).check();
  await expect(page).toHaveURL(/\/trade\?mode=real$/);
  await expect(sections(page).locator("[data-dollars=real]")).toBeVisible();
  await expect(sections(page).locator('[data-mirror="pk-to-ru"] caption')).toContainText("at 2024 prices");
  await expect(chartTitle(page)).toContainText("constant 2024 US$ millions");
  // The chart and the sections come from one read of the view's page.
  expect(reads).toEqual(["/trade?mode=real"]);

  await page.goBack();
  await expect(page).toHaveURL(/\/trade$/);
  await expect(sections(page).locator("[data-dollars=nominal]")).toBeVisible();
  await expect(chartTitle(page)).not.toContainText("constant");
  // Drawn from what the tab already had: the first view's sections are not read again.
  expect(reads).toEqual(["/trade?mode=real"]);
});

test("a link from another page shows the trade page's sections", async ({ page }) => {
  await page.goto("/");
  await laterCodeLoaded(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trade", exact: true }).click();
  await expect(page).toHaveURL(/\/trade$/);
  const exports = sections(page).locator('[data-mirror="pk-to-ru"]');
  await expect(exports.locator('tr[data-year="2010"] td[data-count="pk"]')).toHaveText("144.3");
  await expect(chartTitle(page)).toContainText("Total trade");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.locator('[data-island="trend"] [data-chart-id="home-trend-wide"]')).toBeAttached();
});

test("the language switch shows the sections in the other language", async ({ page }) => {
  await page.goto("/trade?mode=real");
  await laterCodeLoaded(page);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "اردو" }).click();
  await expect(page).toHaveURL(/\/ur\/trade\?mode=real$/);
  const heading = sections(page).locator("h2#mirror");
  await expect(heading).toBeVisible();
  expect(await heading.evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).toBe("ur-PK");
  await expect(heading).not.toHaveText(/[A-Za-z]{4}/);
});

test("sections that cannot be read say so, with a link to the page", async ({ page }) => {
  await openTrade(page);
  await answerIslandReads(page, (route) => route.fulfill({ status: 503 }));
  await page.getByRole("radio", { name: "Constant US$ millions" }).check();
  const alert = sections(page).getByRole("alert");
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("link")).toHaveAttribute("href", "/trade?mode=real");
});

test("a page that answers without the sections is not taken for them, and is read again next time", async ({
  page,
}) => {
  const reads = await openTrade(page);
  let answers = 0;
  await answerIslandReads(page, (route) => {
    answers += 1;
    return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>Another page</p>" });
  });
  await page.getByRole("radio", { name: "Constant US$ millions" }).check();
  await expect(sections(page).getByRole("alert")).toBeVisible();
  // One request served both islands of the view.
  expect(answers).toBe(1);
  await page.unroute(realView);
  await page.goBack();
  await expect(sections(page).locator("[data-dollars=nominal]")).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/\/trade\?mode=real$/);
  await expect(sections(page).locator("[data-dollars=real]")).toBeVisible({ timeout: 15_000 });
  expect(reads.length).toBe(2);
});
