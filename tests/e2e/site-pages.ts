import { expect, test, type Page } from "@playwright/test";

/*
 * Every page of the product contract. Pages are built on other branches and
 * land one by one; a test of a page that still answers 404 here is skipped
 * with that reason, so it runs as soon as the page lands.
 */
export const SITE_PAGES = ["/", "/trade", "/financing", "/timeline", "/claims", "/sources", "/import"] as const;

/** The pages other sites may frame: one chart each, without the site's header and footer. */
export const EMBED_PAGES = [
  "/embed/trade",
  "/embed/mirror",
  "/embed/financing",
  "/embed/financing?project=casa-1000",
] as const;

/** Opens a page, or skips the calling test when the page does not exist on this build yet. */
export async function openPageOrSkip(page: Page, path: string): Promise<void> {
  const response = await page.goto(path, { waitUntil: "load" });
  const status = response?.status() ?? 0;
  test.skip(status === 404, `${path} answers 404: the page has not landed on this branch yet`);
  if (status !== 200) throw new Error(`${path} answered ${status}; expected 200`);
}

/** Waits until every component whose code loads after the page (components/shell/hydrate-later) runs. */
export async function laterCodeLoaded(page: Page): Promise<void> {
  await expect(page.locator(".hydrate-later:not([data-loaded])")).toHaveCount(0);
}
