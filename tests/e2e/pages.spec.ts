import { expect, test, type APIRequestContext } from "@playwright/test";
import { laterCodeLoaded } from "./site-pages";

/*
 * The financing, timeline, claim check and sources pages, and the not-found
 * page. Expected values are read from the data API rather than typed here, so
 * the tests follow the data when rows are added.
 */

type Row = Record<string, string | number | null>;

async function rows(request: APIRequestContext, id: string): Promise<Row[]> {
  const response = await request.get(`/api/datasets/${id}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { rows: Row[] }).rows;
}

/** The page's server HTML, without the empty comments React puts between adjacent text parts. */
async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return (await response.text()).replace(/<!-- -->/g, "");
}

const idsIn = (text: string) => [...text.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? "");

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

test.describe("financing page", () => {
  test("server HTML holds the chart, every item with an amount and the status of each", async ({ request }) => {
    const page = await html(request, "/financing");
    expect(page).toContain('data-chart-id="financing-wide"');
    expect(page).toContain('data-chart-id="financing-narrow"');
    for (const row of await rows(request, "financing")) {
      if (row.amount_usd_m !== null) expect(page).toContain(`data-item-id="${row.id}" data-status="${row.status}"`);
      expect(page).toContain(`id="${row.id}"`);
    }
    // A lapsed or declined offer and an approval are drawn differently and say so in words.
    expect(page).toMatch(/at least \$500m · declined/);
    expect(page).toMatch(/\$526\.5m · approved/);
    expect(page).toContain("the axis is logarithmic");
  });

  test("shows the CASA-1000 figures, the article's claim and its correction", async ({ request }) => {
    const page = await html(request, "/financing");
    const casa = page.slice(page.indexOf('id="casa-1000"'), page.indexOf('id="us-aid-1980s"'));
    for (const figure of ["$526.5m", "$120m", "$1.17bn", "about $65m", "at least $500m", "1,300 MW"]) {
      expect(casa).toContain(figure);
    }
    expect(casa).toContain("500Mn US dollars");
    expect(casa).toMatch(/Correction:.*never taken up/);
  });

  test("shows the 1981 package corrected and the 1987 Cyclone figures as a conflict with both values", async ({
    request,
  }) => {
    const page = await html(request, "/financing");
    const us = page.slice(page.indexOf('id="us-aid-1980s"'), page.indexOf('id="operation-cyclone"'));
    expect(us).toContain("$3.2bn");
    expect(us).toContain("~32.5 billion");
    const cyclone = page.slice(page.indexOf('id="operation-cyclone"'), page.indexOf('id="pakistan-steel-mills"'));
    expect(cyclone).toContain("Sources disagree");
    expect(cyclone).toContain("$630m");
    expect(cyclone).toContain("$700m");
  });

  test("never adds the World Bank's country shares to its total", async ({ request }) => {
    const page = await html(request, "/financing");
    const casa = page.slice(page.indexOf('id="casa-1000"'), page.indexOf('id="us-aid-1980s"'));
    // Either the shares are linked to the total and left out, or no total is given at all.
    expect(casa).not.toContain("$1.07bn");
    expect(casa).not.toContain("$1,071.3m");
  });

  test("downloads link to the data API and give the row counts it reports", async ({ request }) => {
    const page = await html(request, "/financing");
    const index = (await (await request.get("/api/datasets")).json()) as { id: string; rowCount: number }[];
    const financing = index.find((entry) => entry.id === "financing");
    expect(page).toContain('href="/api/datasets/financing?format=csv"');
    expect(page).toContain(`${financing?.rowCount} rows`);
  });

  test("the table sorts items by amount as numbers", async ({ page }) => {
    await page.goto("/financing");
    const table = page.locator("#all-items ~ div table.data-table").first();
    await laterCodeLoaded(page);
    await table.getByRole("button", { name: /Amount/ }).click();
    const sorted = table.locator("th[aria-sort]", { hasText: "Amount" });
    await expect(sorted).toHaveCount(1);
    const direction = await sorted.getAttribute("aria-sort");
    const texts = await table.locator("tbody tr td:nth-child(4)").allTextContents();
    const millions = texts
      .filter((text) => text.includes("$"))
      .map((text) => {
        const match = /\$([\d.,]+)(bn|m|k)/.exec(text);
        const value = Number((match?.[1] ?? "0").replace(/,/g, ""));
        return match?.[2] === "bn" ? value * 1000 : match?.[2] === "k" ? value / 1000 : value;
      });
    expect(millions.length).toBeGreaterThan(10);
    expect(millions).toEqual([...millions].sort((a, b) => (direction === "ascending" ? a - b : b - a)));
  });
});

test.describe("timeline page", () => {
  test("server HTML lists every event with an anchor, a source and a share link", async ({ request }) => {
    const page = await html(request, "/timeline");
    const events = await rows(request, "events");
    for (const event of events) {
      expect(page).toContain(`id="${event.id}"`);
      expect(page).toContain(`href="/timeline#${event.id}"`);
    }
    expect(page).toContain("Link to this event");
    expect(page).toMatch(/href="\/trade\?from=\d{4}&amp;to=\d{4}"/);
    expect(page).toMatch(/href="\/financing#[a-z0-9-]+"/);
  });

  test("filters by theme and decade from the URL", async ({ request }) => {
    const events = await rows(request, "events");
    const aid = events.filter((event) => event.theme === "aid");
    const page = await html(request, "/timeline?theme=aid");
    const shown = events.filter((event) => page.includes(`<li id="${event.id}"`)).map((event) => event.id);
    expect(shown.sort()).toEqual(aid.map((event) => event.id).sort());
    expect(page).toContain(`${aid.length} of ${events.length} events`);

    const eighties = await html(request, "/timeline?decade=1980");
    for (const event of events) {
      const start = Number(event.year);
      const end = event.end_year === null ? start : Number(event.end_year);
      expect(eighties.includes(`<li id="${event.id}"`)).toBe(end >= 1980 && start <= 1989);
    }
  });

  test("an unknown filter value falls back to all events with a notice", async ({ request }) => {
    const response = await request.get("/timeline?theme=sport&decade=abc");
    expect(response.status()).toBe(200);
    const page = await response.text();
    expect(page).toContain("is not a theme we use");
    expect(page).toContain("is not a decade");
    expect(page).toContain(`All ${(await rows(request, "events")).length} events`);
  });

  test("an empty combination says so and offers the way back", async ({ request }) => {
    const page = await html(request, "/timeline?theme=culture&decade=1950");
    expect(page).toContain("No event matches");
    expect(page).toContain('href="/timeline"');
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the filter chips are links that combine", async ({ page }) => {
      await page.goto("/timeline");
      await page.getByRole("link", { name: /^Aid \d+$/ }).click();
      await expect(page).toHaveURL(/\/timeline\?theme=aid$/);
      await page.getByRole("link", { name: /^1980s \d+$/ }).click();
      await expect(page).toHaveURL(/\/timeline\?theme=aid&decade=1980$/);
      await expect(page.getByRole("link", { name: /^Aid \d+$/ })).toHaveAttribute("aria-current", "true");
      await expect(page.locator("h3", { hasText: /Reagan/ })).toBeVisible();
    });
  });

  test("a shared event link scrolls to and highlights that event", async ({ page }) => {
    await page.goto("/timeline#2014-03-27-wb-casa");
    const event = page.locator('[id="2014-03-27-wb-casa"]');
    await expect(event).toBeInViewport();
    await expect(event).toContainText("World Bank approves CASA-1000");
  });
});

test.describe("claim check page", () => {
  test("the summary counts are computed from the claims", async ({ request }) => {
    const claims = await rows(request, "claims");
    const page = await html(request, "/claims");
    for (const status of ["confirmed", "corrected", "conflicting", "unverified"]) {
      const count = claims.filter((claim) => claim.status === status).length;
      expect(page).toMatch(
        new RegExp(`<span class="stat__value">${count}</span><span class="stat__label">.*?badge--${status}`),
      );
    }
    expect(page).toContain(`<span class="stat__value">${claims.length}</span>`);
  });

  test("every claim has an anchor, a status in words, its evidence and its correction", async ({ request }) => {
    const page = await html(request, "/claims");
    for (const claim of await rows(request, "claims")) {
      expect(page).toContain(`id="${claim.id}"`);
      if (claim.corrected_value !== null) {
        expect(page).toContain(String(claim.corrected_value).replace(/&/g, "&amp;").replace(/'/g, "&#x27;"));
      }
    }
    expect(page).toMatch(/class="badge badge--corrected">Corrected</);
    expect(page).toContain('href="/sources#source-article"');
  });
});

test.describe("sources page", () => {
  test("every source id cited anywhere resolves to an element on /sources", async ({ request, page }) => {
    const cited = new Set<string>();
    for (const dataset of ["trade", "financing", "events", "claims"]) {
      for (const row of await rows(request, dataset)) {
        for (const id of String(row.source_ids ?? "").split(";")) if (id !== "") cited.add(id);
      }
    }
    expect(cited.size).toBeGreaterThan(0);
    await page.goto("/sources");
    const ids = new Set(await page.locator("[id]").evaluateAll((elements) => elements.map((element) => element.id)));
    const missing = [...cited].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  test("lists every source with what it is cited for, and the methodology", async ({ request }) => {
    const page = await html(request, "/sources");
    for (const source of await rows(request, "sources")) expect(page).toContain(`id="${source.id}"`);
    expect(page).toContain("Cited for");
    for (const heading of ["fiscal-years", "whose-statistics", "press-figures", "conflicts", "cite"]) {
      expect(page).toContain(`id="${heading}"`);
    }
    expect(page).toContain("CIF");
    expect(page).toContain("FOB");
  });

  test("the citation carries the same data version as the footer", async ({ page }) => {
    await page.goto("/sources");
    const footer = await page.locator(".site-footer").textContent();
    const version = /data version ([0-9a-f]{8})/.exec(footer ?? "")?.[1];
    expect(version).toBeTruthy();
    await expect(page.locator("#cite ~ p").filter({ hasText: `Data version ${version}` })).toHaveCount(1);
  });
});

test.describe("every page", () => {
  for (const [path, title] of [
    ["/financing", "Aid and project financing"],
    ["/timeline", "Timeline"],
    ["/claims", "Claim check"],
    ["/sources", "Sources and methodology"],
  ] as const) {
    test(`${path} has its own title and description, and no repeated ids`, async ({ request }) => {
      const page = await html(request, path);
      expect(page).toMatch(new RegExp(`<title>${title} · `));
      expect(page).toMatch(/<meta name="description" content="[^"]{40,}"/);
      expect(duplicates(idsIn(page))).toEqual([]);
    });
  }

  test("an unknown path answers 404 with a helpful page", async ({ request, page }) => {
    const response = await request.get("/no-such-page");
    expect(response.status()).toBe(404);
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.locator("main").getByRole("link", { name: "Financing" })).toHaveAttribute("href", "/financing");
  });

  test("keyboard focus is visible on the filter links", async ({ page }) => {
    await page.goto("/timeline");
    const chip = page.getByRole("link", { name: /^Trade \d+$/ });
    await chip.focus();
    const outline = await chip.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");
  });
});
