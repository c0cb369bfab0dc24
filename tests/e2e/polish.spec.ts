import { expect, test } from "@playwright/test";
import { openPageOrSkip, SITE_PAGES } from "./site-pages";

test.describe("narrow screens", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const path of SITE_PAGES) {
    test(`${path} fits 360 px without sideways scrolling`, async ({ page }) => {
      await openPageOrSkip(page, path);
      // Wide tables may scroll inside their own frame; the page itself must not.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      // Elements that stick out, or whose text runs past their own box, name the culprit.
      const offenders = await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((element) => {
            const box = element.getBoundingClientRect();
            if (box.width === 0 || element.closest(".table-wrap, .visually-hidden, .skip-link")) return false;
            const sticksOut = box.right > document.documentElement.clientWidth + 1;
            const textRunsOver =
              element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === "visible";
            return sticksOut || textRunsOver;
          })
          .slice(-5)
          .map(
            (element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 60)}`,
          ),
      );
      expect(overflow, offenders.join("\n")).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("dark scheme", () => {
  test.use({ colorScheme: "dark" });

  test("pages follow the system's dark setting", async ({ page }) => {
    await page.goto("/");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [red = 255, green = 255, blue = 255] = background.match(/\d+/g)?.map(Number) ?? [];
    expect(red + green + blue).toBeLessThan(120);
  });
});

test.describe("print", () => {
  test("prints without the navigation and buttons, with the wide chart and link targets", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto("/");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
    await expect(page.locator(".chart-frame--wide svg")).toBeVisible();
    await expect(page.locator(".chart-frame--narrow svg")).toBeHidden();
    const linkTarget = await page
      .locator('main a[href^="http"]')
      .first()
      .evaluate((link) => getComputedStyle(link, "::after").content);
    expect(linkTarget).toContain("http");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

test.describe("copy link", () => {
  test("copies the current address, query included, and says so to screen readers", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?from=2003&to=2009");
    const status = page.getByRole("status").filter({ hasText: "Link copied" });
    await expect(page.locator(".share__status")).toHaveAttribute("aria-live", "polite");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test("offers the link to copy by hand where no clipboard is available", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: undefined });
      document.execCommand = () => false;
    });
    await page.goto("/");
    await page.getByRole("button", { name: "Copy link" }).click();
    const field = page.getByRole("textbox", { name: "Copy this link:" });
    await expect(field).toHaveValue(page.url());
    await expect(field).toBeFocused();
  });
});

test.describe("share cards", () => {
  for (const path of SITE_PAGES) {
    test(`${path} shares with its own title, description and the site image`, async ({ page, request }) => {
      await openPageOrSkip(page, path);
      const meta = (property: string) =>
        page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute("content");
      const title = await page.title();
      const ogTitle = await meta("og:title");
      expect(ogTitle).toBeTruthy();
      expect(title.startsWith(ogTitle ?? "")).toBe(true);
      expect(await meta("og:description")).toBe(await meta("description"));
      expect(await meta("twitter:card")).toBe("summary_large_image");
      const image = new URL((await meta("og:image")) ?? "");
      const response = await request.get(image.pathname + image.search);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
    });
  }
});
