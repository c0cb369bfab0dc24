import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator } from "@playwright/test";
import { NAV_ITEMS } from "@/lib/site";
import { EMBED_PAGES, openPageOrSkip, SITE_PAGES } from "./site-pages";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, WCAG 2.1 AA, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const path of [...SITE_PAGES, ...EMBED_PAGES]) {
      test(`${path} has no violations`, async ({ page }) => {
        // The trade pages are long (tables and 16 charts): axe needs more than the default time on a shared machine.
        test.setTimeout(90_000);
        await openPageOrSkip(page, path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        // One line per offending element, so a failure says what to fix and where.
        const found = results.violations.flatMap((violation) =>
          violation.nodes.map(
            (node) => `${violation.id} (${violation.impact ?? "?"}): ${node.target.join(" ")}: ${node.failureSummary}`,
          ),
        );
        expect(found, `${path} in the ${colorScheme} scheme`).toEqual([]);
      });
    }
  });
}

/** True when the element draws a focus indicator of at least 2 px that is not transparent. */
async function hasVisibleFocusRing(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    const transparent = style.outlineColor === "transparent" || style.outlineColor === "rgba(0, 0, 0, 0)";
    return (
      element.matches(":focus-visible") &&
      style.outlineStyle !== "none" &&
      parseFloat(style.outlineWidth) >= 2 &&
      !transparent
    );
  });
}

test.describe("keyboard", () => {
  test("Tab reaches the skip link, the site title, the languages, the share button and every header link, each visibly focused", async ({
    page,
  }) => {
    await page.goto("/");

    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await hasVisibleFocusRing(skip)).toBe(true);

    await page.keyboard.press("Tab");
    const title = page.locator(".site-title");
    await expect(title).toBeFocused();
    expect(await hasVisibleFocusRing(title)).toBe(true);

    const languages = page.getByRole("navigation", { name: "Language" });
    for (const name of ["English", "اردو", "Русский"]) {
      await page.keyboard.press("Tab");
      const link = languages.getByRole("link", { name });
      await expect(link).toBeFocused();
      expect(await hasVisibleFocusRing(link), `focus ring on "${name}"`).toBe(true);
    }

    await page.keyboard.press("Tab");
    const share = page.getByRole("button", { name: "Copy link" });
    await expect(share).toBeFocused();
    expect(await hasVisibleFocusRing(share)).toBe(true);

    const nav = page.getByRole("navigation", { name: "Main" });
    for (const item of NAV_ITEMS) {
      await page.keyboard.press("Tab");
      const link = nav.getByRole("link", { name: item.label, exact: true });
      await expect(link).toBeFocused();
      await expect(link).toBeInViewport();
      expect(await hasVisibleFocusRing(link), `focus ring on "${item.label}"`).toBe(true);
    }
  });

  test("the skip link moves focus past the header to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press("Tab");
    const insideMain = await page.evaluate(() => document.activeElement?.closest("main") !== null);
    expect(insideMain).toBe(true);
  });

  test("the current page is marked in the header navigation", async ({ page }) => {
    await page.goto("/");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }),
    ).toHaveAttribute("aria-current", "page");
  });
});
