import { expect, test } from "@playwright/test";
import { SITE_PAGES } from "./site-pages";

/*
 * /trade and /timeline are served from a cache of rendered views (proxy.ts).
 * These tests pin down what a reader and a CDN must still get: the page of the
 * address asked for, with and without JavaScript, notices for values that
 * cannot be used, and headers that let a shared cache keep every page.
 */

/** The page without its scripts: the streamed payload names the internal route and differs per request. */
const markup = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

test.describe("cached views", () => {
  test("every page may be kept by a shared cache", async ({ request }) => {
    const addresses = [...SITE_PAGES, "/trade?compare=2003,2008", "/trade?from=abc", "/timeline?theme=trade"];
    for (const address of addresses) {
      const response = await request.get(address);
      if (response.status() === 404) continue;
      expect(response.status(), address).toBe(200);
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, address).toMatch(/s-maxage=\d+/);
      expect(cacheControl, address).not.toMatch(/private|no-store|no-cache/);
    }
  });

  test("a view asked for again is served from the cache, under any spelling of its address", async ({ request }) => {
    const first = await request.get("/trade?scale=log&compare=2003,2008");
    expect(first.status()).toBe(200);
    const again = await request.get("/trade?compare=2008,2003&scale=log&utm_source=newsletter");
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(markup(await again.text())).toBe(markup(await first.text()));
    const other = await request.get("/trade?compare=2003,2009");
    expect(markup(await other.text())).not.toBe(markup(await first.text()));
  });

  test("without JavaScript, a cached view shows the state of its own address", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/trade?from=2004&to=2012&compare=2006,2008");
    const settings = page.getByRole("form", { name: "Chart settings" });
    await expect(settings.getByRole("spinbutton", { name: "From" })).toHaveValue("2004");
    await expect(settings.getByRole("spinbutton", { name: "To" })).toHaveValue("2012");
    const compare = page.getByRole("form", { name: "Years to compare" });
    await expect(compare.getByLabel("Earlier year")).toHaveValue("2006");
    await expect(compare.getByLabel("Later year")).toHaveValue("2008");
    await expect(page.getByRole("navigation").getByRole("link", { name: "Trade" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    await page.goto("/timeline?theme=trade&decade=2000");
    await expect(page.locator('main a[aria-current="true"]')).toHaveCount(2);
    await expect(page.locator('main a[aria-current="true"]').first()).toContainText("Trade");
    await expect(page.locator('main a[aria-current="true"]').last()).toContainText("2000s");
    await context.close();
  });

  test("with JavaScript, a cached view hydrates at its own address and changes view in place", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto("/trade?compare=2003,2008");
    await expect(page).toHaveURL(/\/trade\?compare=2003,2008$/);
    const compare = page.getByRole("form", { name: "Years to compare" });
    await compare.getByLabel("Later year").selectOption("2009");
    await expect(page).toHaveURL(/\/trade\?compare=2003,2009$/);
    await expect(compare.getByLabel("Later year")).toHaveValue("2009");
    await expect(page.getByRole("navigation").getByRole("link", { name: "Trade" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(errors).toEqual([]);
  });

  /** The notice about from=abc in the page's HTML, which writes the value as typed as code. */
  const NOT_A_YEAR = /“<code[^>]*>abc<\/code>” is not a year/;

  test("an address with a value that cannot be used still gets its notice", async ({ request }) => {
    const trade = await request.get("/trade?from=abc&compare=2003,2008");
    expect(trade.status()).toBe(200);
    expect(await trade.text()).toMatch(NOT_A_YEAR);
    const timeline = await request.get("/timeline?theme=sport");
    expect(timeline.status()).toBe(200);
    expect(await timeline.text()).toContain("“sport” is not a theme we use");
  });

  test("a header sent by the client cannot choose the cached view", async ({ request }) => {
    const response = await request.get("/trade?from=abc", { headers: { "x-cached-view": "default" } });
    expect(await response.text()).toMatch(NOT_A_YEAR);
  });

  test("the internal routes answer only for canonical views", async ({ request }) => {
    expect((await request.get("/trade/view/not-a-view")).status()).toBe(404);
    // "compare=2008,2003" in base64url: a real view, but not in its canonical spelling.
    expect((await request.get("/trade/view/Y29tcGFyZT0yMDA4LDIwMDM")).status()).toBe(404);
    expect((await request.get("/timeline/view/not-a-view")).status()).toBe(404);
  });
});
