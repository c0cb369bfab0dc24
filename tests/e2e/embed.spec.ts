import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { EMBED_PAGES } from "./site-pages";

/*
 * The embeds (their headers are checked in security.spec.ts, their
 * accessibility in a11y.spec.ts), framed by a page on another origin as a newspaper's story would
 * frame them; the pages that must never be framed; the oEmbed endpoint; and
 * the share menu's embed code and citations, copied as a reader copies them.
 */

const FRAMED_EMBEDS = ["/embed/trade?from=2003&to=2009", "/embed/mirror?direction=imports", ...EMBED_PAGES];

/** A page on another origin (another port of 127.0.0.1) that frames the given addresses of the app. */
async function startHost(html: (appOrigin: string) => string, appOrigin: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html(appOrigin));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

const hostUrl = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const framesPage = (paths: readonly string[]) => (origin: string) =>
  `<!doctype html><html lang="en"><head><title>A story</title></head><body><h1>A story</h1>${paths
    .map(
      (path) =>
        `<iframe src="${origin}${path.replaceAll("&", "&amp;")}" title="${path}" width="800" height="700"></iframe>`,
    )
    .join("")}</body></html>`;

/** Records CSP violations in every frame of the page, and console errors of every frame. */
async function watchForProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // Init scripts run in every frame, the cross-origin ones included.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
    });
  });
  return async () => problems;
}

test.describe("framed by another site", () => {
  test("each embed loads inside an iframe on another origin, with no CSP violation or console error", async ({
    page,
    baseURL,
  }) => {
    const host = await startHost(framesPage(FRAMED_EMBEDS), baseURL ?? "");
    try {
      const problems = await watchForProblems(page);
      await page.goto(hostUrl(host));
      for (const path of FRAMED_EMBEDS) {
        const frame = page.frameLocator(`iframe[title="${path}"]`);
        await expect(frame.locator("h1"), path).toBeVisible();
        await expect(frame.locator("svg[role='img']").first(), path).toBeVisible();
        await expect(frame.getByRole("link", { name: /Full view and data/ }), path).toBeVisible();
      }
      // Give the frames' scripts time to hydrate, where a CSP violation would show.
      await page.waitForLoadState("networkidle");
      expect(await problems()).toEqual([]);
    } finally {
      host.close();
    }
  });

  for (const path of ["/", "/trade"]) {
    test(`${path} refuses to be framed`, async ({ page, request, baseURL }) => {
      const response = await request.get(path);
      expect(response.headers()["x-frame-options"]).toBe("DENY");
      expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

      const host = await startHost(framesPage([path]), baseURL ?? "");
      try {
        // The browser puts its own error page in the frame: the site's page never loads there.
        await page.goto(hostUrl(host));
        const frameUrl = () =>
          page
            .frames()
            .find((candidate) => candidate !== page.mainFrame())
            ?.url() ?? "";
        await expect.poll(frameUrl).toMatch(/^chrome-error:/);
        await expect(page.frameLocator("iframe").locator(".site-header")).toHaveCount(0);
      } finally {
        host.close();
      }
    });
  }
});

test.describe("embed pages", () => {
  for (const path of EMBED_PAGES) {
    test(`${path} shows the chart, title, source line and link back, and no site chrome`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator(".site-header, .site-footer, nav")).toHaveCount(0);
      await expect(page.getByText(/^Source: .+ dashboard\./)).toBeVisible();
      const link = page.getByRole("link", { name: /Full view and data/ });
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", /noopener/);
    });

    test(`${path} fits from 300 to 1200 px wide`, async ({ page }) => {
      for (const width of [300, 1200]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
        await expect(page.locator("svg[role='img']:visible")).toHaveCount(1);
      }
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the embeds are drawn on the server", async ({ page }) => {
      for (const path of EMBED_PAGES) {
        await page.goto(path);
        await expect(page.locator("svg[role='img'] title").first()).not.toBeEmpty();
        await expect(page.getByText(/^Source: /)).toBeVisible();
      }
    });
  });

  test("a mirror embed reads the direction as the flow of both countries' figures", async ({ page }) => {
    await page.goto("/embed/mirror?direction=imports");
    await expect(page.locator("h1")).toContainText("imports");
    await expect(page.locator(".legend-series li")).toHaveCount(2);
  });

  test("an unknown project falls back to every project with a notice", async ({ page }) => {
    await page.goto("/embed/financing?project=nope");
    await expect(page.getByText("No project is called “nope”")).toBeVisible();
  });
});

test.describe("oEmbed", () => {
  const oembed = (query: Record<string, string>) => `/api/oembed?${new URLSearchParams(query).toString()}`;

  test("answers a trade view with the rich type and an iframe of its embed", async ({ request, baseURL }) => {
    const response = await request.get(oembed({ url: `${baseURL}/trade?from=2003&to=2009`, format: "json" }));
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("max-age");
    const body = await response.json();
    expect(body).toMatchObject({ type: "rich", version: "1.0", provider_name: expect.any(String), width: 800 });
    expect(body.title).toContain("2003–2009");
    expect(body.html).toContain(`src="${baseURL}/embed/trade?from=2003&amp;to=2009"`);
    expect(body.html).toContain('loading="lazy"');
    expect(body.height).toBeGreaterThan(300);
  });

  test("answers the overview and the financing page", async ({ request, baseURL }) => {
    for (const path of ["/", "/financing", "/embed/mirror?direction=imports", "/embed/financing?project=casa-1000"]) {
      const response = await request.get(oembed({ url: `${baseURL}${path}` }));
      expect(response.status(), path).toBe(200);
    }
  });

  test("answers 404 for a page without a chart, and 400 for a foreign, malformed or missing URL", async ({
    request,
    baseURL,
  }) => {
    const cases: [Record<string, string>, number][] = [
      [{ url: `${baseURL}/timeline` }, 404],
      [{ url: "https://example.com/trade" }, 400],
      [{ url: "not a url" }, 400],
      [{ url: "javascript:alert(1)" }, 400],
      [{}, 400],
      [{ url: `${baseURL}/trade`, format: "xml" }, 400],
      [{ url: `${baseURL}/trade`, maxwidth: "-1" }, 400],
    ];
    for (const [query, status] of cases) {
      const response = await request.get(oembed(query));
      expect(response.status(), JSON.stringify(query)).toBe(status);
      expect(await response.json()).toEqual({ error: expect.any(String) });
      expect(response.headers()["cache-control"]).toBe("no-store");
    }
  });

  test("pages carry the discovery link of their view", async ({ page, request }) => {
    for (const path of ["/", "/trade?from=2003&to=2009", "/financing", "/embed/trade"]) {
      await page.goto(path);
      const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
      await expect(link, path).toHaveCount(1);
      const href = new URL((await link.getAttribute("href")) ?? "");
      const response = await request.get(`${href.pathname}${href.search}`);
      expect(response.status(), path).toBe(200);
    }
  });
});

test.describe("share menu", () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  });

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test("copies the embed code of the trade view shown", async ({ page }) => {
    await page.goto("/trade?from=2003&to=2009&flow=exports");
    await page.getByText("Share, embed, download or cite this chart").click();
    await page.getByRole("button", { name: "Copy embed code" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Embed code copied" })).toBeVisible();
    const code = await clipboard(page);
    expect(code).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/trade\?from=2003&amp;to=2009&amp;flow=exports" /);
    expect(code).toMatch(/title="Pakistan[^"]+exports[^"]+2003–2009/);
    expect(code).toContain('loading="lazy"');
    expect(code).toMatch(/height="\d{3,4}"/);

    await page.getByRole("button", { name: "Copy link to this chart" }).click();
    expect(await clipboard(page)).toMatch(/\/trade\?from=2003&to=2009&flow=exports#chart$/);
  });

  test("copies each citation format with the view's URL and today's date", async ({ page }) => {
    await page.goto("/trade?from=2003&to=2009");
    await page.getByText("Share, embed, download or cite this chart").click();
    const today = new Date().toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" });
    const expectations: [string, RegExp][] = [
      ["Credit line", /^Source: IMF Direction of Trade Statistics.*; Pakistan–Russia Economic Relations dashboard$/],
      [
        "APA",
        new RegExp(
          `^Pakistan–Russia Economic Relations\\. \\(n\\.d\\.\\)\\. .+ \\[Data set, version [0-9a-f]{8}\\]\\. Retrieved ${today}, from https?://\\S+/trade\\?from=2003&to=2009$`,
        ),
      ],
      [
        "Chicago",
        new RegExp(
          `^Pakistan–Russia Economic Relations\\. “.+” Data version [0-9a-f]{8}\\. Accessed ${today}\\. https?://\\S+/trade\\?from=2003&to=2009\\.$`,
        ),
      ],
      [
        "BibTeX",
        /^@misc\{pkru-[a-z0-9-]+,\n {2}author = \{\{Pakistan--Russia Economic Relations\}\},[\s\S]+url = \{https?:\/\/\S+\/trade\?from=2003&to=2009\},[\s\S]+\n\}$/,
      ],
    ];
    for (const [label, pattern] of expectations) {
      await page.getByRole("button", { name: `Copy ${label}` }).click();
      await expect(page.getByRole("status").filter({ hasText: `${label} copied` })).toBeVisible();
      expect(await clipboard(page), label).toMatch(pattern);
    }
  });

  test("copies the financing chart's embed code, and offers its images and data", async ({ page }) => {
    await page.goto("/financing");
    await page.getByText("Share, embed, download or cite this chart").click();
    await page.getByRole("button", { name: "Copy embed code" }).click();
    expect(await clipboard(page)).toContain("/embed/financing");
    await expect(page.getByRole("button", { name: "Image (PNG)" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Financing items/ })).toHaveAttribute(
      "href",
      "/api/datasets/financing?format=csv",
    );
  });

  test("the overview's menu embeds the trade chart", async ({ page }) => {
    await page.goto("/");
    await page.getByText("Share, embed, download or cite this chart").click();
    await page.getByRole("button", { name: "Copy embed code" }).click();
    expect(await clipboard(page)).toMatch(/src="[^"]+\/embed\/trade"/);
  });

  test("the open menu has no axe violations", async ({ page }) => {
    await page.goto("/trade");
    await page.getByText("Share, embed, download or cite this chart").click();
    const results = await new AxeBuilder({ page })
      .include("[data-share-menu]")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the menu opens and shows the codes in read-only fields", async ({ page }) => {
      await page.goto("/trade");
      await page.getByText("Share, embed, download or cite this chart").click();
      const code = page.getByLabel("Embed code");
      await expect(code).toBeVisible();
      await expect(code).toHaveAttribute("readonly", "");
      await expect(code).toHaveValue(/^<iframe src="[^"]+\/embed\/trade"/);
      await expect(page.getByLabel("BibTeX")).toHaveValue(/^@misc\{/);
      await expect(page.locator("[data-share-menu]").getByRole("button")).toHaveCount(0);
    });
  });
});
