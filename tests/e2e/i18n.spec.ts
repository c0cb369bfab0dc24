import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { HTML_LANG, localizePath } from "@/lib/i18n/locales";
import { EMBED_PAGES, SITE_PAGES } from "./site-pages";

/*
 * The Urdu and Russian editions: every page in each language, with no English
 * left in it, marked with its language and direction, accessible, and usable
 * at 360 px.
 */

const EDITIONS = ["ur", "ru"] as const;
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/*
 * Latin-script words that may stand in an Urdu or Russian page: acronyms and
 * names of formats, standards and statistical products that both languages'
 * press write in Latin letters. Proper names and quotations are not listed
 * here: they are marked in the page with their language (lang="en"), which
 * is also what lets a screen reader pronounce them. Citations to copy (the
 * credit line, APA, Chicago, BibTeX) quote source names as published and are
 * marked translate="no", so they are not checked either.
 *
 * All-capital acronyms (ISGS, GENCO, SCO, IDA) are written in Latin letters
 * by both languages' press and pass too.
 */
const LATIN_ALLOWED = new Set([
  "IMF",
  "DOTS",
  "CPI",
  "CPI-U",
  "FOB",
  "CIF",
  "CSV",
  "SVG",
  "PNG",
  "JSON",
  "XLSX",
  "XLS",
  "Excel",
  "URL",
  "USD",
  "SDR",
  "EUR",
  "CASA-1000",
  "CASA",
  "OGDCL",
  "BibTeX",
  "APA",
  "HTML",
  "WITS",
  "OEC",
  "OWID",
  "WDI",
  "Comtrade",
  "UTF-8",
  "ISO",
  "PDF",
  "BLS",
  "oEmbed",
  "iframe",
  "Unicode",
  "UTF-16",
]);

/** Latin words outside elements marked as another language, with where they stand. */
async function englishLeftovers(page: Page): Promise<string[]> {
  return page.evaluate(
    (allowed) => {
      const allowedWords = new Set(allowed);
      const skipped = "script, style, noscript, template, code, kbd, samp, [translate='no']";
      const foreign = (element: Element | null) => {
        const marked = element?.closest("[lang]")?.getAttribute("lang") ?? "";
        return !/^(ur|ru)/.test(marked);
      };
      const offenders: string[] = [];
      const check = (text: string, where: Element) => {
        const plain = text.replace(/https?:\/\/\S+|\b[0-9a-f]{8}\b|[\w.-]+\.(?:csv|xlsx|json|svg|png)\b/gi, " ");
        const words = (plain.match(/[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]/g) ?? []).filter(
          (word) =>
            word.replace(/[^A-Za-z]/g, "").length >= 3 &&
            !allowedWords.has(word) &&
            !/^[A-Z][A-Z0-9-]{1,7}$/.test(word),
        );
        if (words.length > 0) {
          const tag = where.tagName.toLowerCase();
          const id = where.closest("[id]")?.id;
          offenders.push(
            `${tag}${id ? ` in #${id}` : ""}: ${words.slice(0, 6).join(" ")} — “${text.trim().slice(0, 80)}”`,
          );
        }
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent === null || parent.closest(skipped) || foreign(parent)) continue;
        check(node.textContent ?? "", parent);
      }
      for (const element of document.body.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
        if (element.closest(skipped) || foreign(element)) continue;
        for (const name of ["aria-label", "title", "alt", "placeholder"]) {
          const value = element.getAttribute(name);
          if (value) check(value, element);
        }
      }
      return [...new Set(offenders)];
    },
    [...LATIN_ALLOWED],
  );
}

for (const locale of EDITIONS) {
  test.describe(`the ${locale} edition`, () => {
    for (const path of [...SITE_PAGES, ...EMBED_PAGES]) {
      const address = localizePath(locale, path);

      test(`${address} is in ${locale}, with no English left`, async ({ page }) => {
        const response = await page.goto(address);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", HTML_LANG[locale]);
        await expect(page.locator("html")).toHaveAttribute("dir", locale === "ur" ? "rtl" : "ltr");
        expect(await englishLeftovers(page), address).toEqual([]);
      });

      test(`${address} has no axe violations`, async ({ page }) => {
        // The trade pages are long (tables and 16 charts): axe needs more than the default time on a shared machine.
        test.setTimeout(90_000);
        await page.goto(address);
        const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        const found = results.violations.flatMap((violation) =>
          violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}: ${node.failureSummary}`),
        );
        expect(found, address).toEqual([]);
      });
    }

    for (const path of SITE_PAGES) {
      const address = localizePath(locale, path);
      test(`${address} fits 360 px without sideways scrolling`, async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 800 });
        await page.goto(address);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, address).toBeLessThanOrEqual(0);
      });
    }
  });
}

/*
 * Nastaliq letters rise almost twice as high above the baseline as Latin ones:
 * a chart's axis title placed for English is cut off at the top of an Urdu
 * chart. Every word a visible chart draws must be inside its SVG's viewBox.
 */
test.describe("chart text stays inside its SVG", () => {
  for (const address of ["/ur", "/ur/trade", "/ur/financing", "/ru/trade", "/trade"]) {
    for (const width of [1280, 360]) {
      test(`on ${address} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(address);
        await page.evaluate(() => document.fonts.ready);
        const outside = await page.evaluate(() => {
          const found: string[] = [];
          let axisTitles = 0;
          let measured = 0;
          for (const svg of document.querySelectorAll<SVGSVGElement>("main svg[viewBox]")) {
            const view = svg.viewBox.baseVal;
            const toView = svg.getCTM()?.inverse();
            if (svg.getClientRects().length === 0 || toView === undefined) continue;
            for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
              if ((text.textContent ?? "").trim() === "" || text.getClientRects().length === 0) continue;
              measured += 1;
              if (text.matches(".chart-axis-label, [class*='axisLabel']")) axisTitles += 1;
              const box = text.getBBox();
              const matrix = toView.multiply(text.getCTM() ?? new DOMMatrix());
              const top = new DOMPoint(box.x, box.y).matrixTransform(matrix).y;
              const bottom = new DOMPoint(box.x, box.y + box.height).matrixTransform(matrix).y;
              if (top < view.y - 0.01 || bottom > view.y + view.height + 0.01) {
                const chart = svg.getAttribute("data-chart-id") ?? svg.getAttribute("aria-labelledby") ?? "svg";
                found.push(`${chart}: “${text.textContent}” from ${top.toFixed(1)} to ${bottom.toFixed(1)}`);
              }
            }
          }
          return { found, axisTitles, measured };
        });
        expect(outside.measured, "chart texts measured").toBeGreaterThan(0);
        // The financing chart has no value-axis title; the others must have had theirs measured.
        if (!address.endsWith("/financing")) expect(outside.axisTitles, "axis titles measured").toBeGreaterThan(0);
        expect(outside.found, address).toEqual([]);
      });
    }
  }
});

test("every page names its address in each language", async ({ page }) => {
  const pathOf = async (selector: string) => {
    const href = await page.locator(selector).getAttribute("href");
    return href === null ? null : new URL(href).pathname;
  };
  for (const path of SITE_PAGES) {
    await page.goto(localizePath("ru", path));
    for (const locale of ["en", ...EDITIONS] as const) {
      expect(await pathOf(`link[rel="alternate"][hreflang="${HTML_LANG[locale]}"]`), path).toBe(
        localizePath(locale, path),
      );
    }
    expect(await pathOf('link[rel="alternate"][hreflang="x-default"]'), path).toBe(path);
    expect(await pathOf('link[rel="canonical"]'), path).toBe(localizePath("ru", path));
  }
});

test("switching language keeps the view of /trade", async ({ page }) => {
  await page.goto("/trade?compare=2003,2008");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/trade\?compare=2003,2008$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru-RU");
  await expect(page.locator("#compare")).toContainText("2003");
  await expect(page.locator("#compare")).toContainText("2008");

  await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "اردو" }).click();
  await expect(page).toHaveURL(/\/ur\/trade\?compare=2003,2008$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await page.getByRole("navigation", { name: "زبان" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/trade\?compare=2003,2008$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
});

test("/en addresses lead to the English pages at their own addresses", async ({ page }) => {
  await page.goto("/en/claims");
  await expect(page).toHaveURL(/\/claims$/);
});

test.describe("notices about an address the trade explorer cannot use", () => {
  const ENGLISH_FLOW = "“flow” cannot be “nope”";

  test("are in Russian on /ru/trade, with the values as typed kept as code", async ({ page }) => {
    const response = await page.goto("/ru/trade?flow=nope&from=1800");
    expect(response?.status()).toBe(200);
    const notices = page.getByTestId("param-notices");
    await expect(notices.locator("li")).toHaveCount(2);
    await expect(notices).toContainText("Параметр «flow» не может быть равен «nope»");
    await expect(notices).toContainText("за 1800 год данных о торговле у нас нет");
    await expect(notices).not.toContainText("cannot be");
    await expect(notices).not.toContainText("outside the years");
    await expect(notices.locator("code", { hasText: "nope" })).toHaveAttribute("dir", "ltr");
    expect(await englishLeftovers(page)).toEqual([]);
  });

  test("are in Urdu on /ur/trade, the code isolated left to right", async ({ page }) => {
    const response = await page.goto("/ur/trade?flow=nope");
    expect(response?.status()).toBe(200);
    const notices = page.getByTestId("param-notices");
    await expect(notices.locator("li")).toHaveCount(1);
    await expect(notices).toContainText("کی قدر “nope” نہیں ہو سکتی");
    await expect(notices).not.toContainText(ENGLISH_FLOW);
    await expect(notices.locator("code", { hasText: "flow" })).toHaveAttribute("dir", "ltr");
    expect(await englishLeftovers(page)).toEqual([]);
  });

  test("are in the embed's language on /ru/embed/trade", async ({ page }) => {
    await page.goto("/ru/embed/trade?flow=nope&compare=2003");
    await expect(page.locator("article")).toContainText("Параметр «flow» не может быть равен «nope»");
    await expect(page.locator("article")).toContainText("Параметр «compare» принимает два года");
    expect(await englishLeftovers(page)).toEqual([]);
  });

  test("stay in English on the English page", async ({ page }) => {
    await page.goto("/trade?flow=nope&from=1800");
    const notices = page.getByTestId("param-notices");
    await expect(notices).toContainText(`${ENGLISH_FLOW}; it is one of “total”, “exports”, “imports” or “balance”`);
    await expect(notices).toContainText("1800 is outside the years our trade figures cover");
    await expect(notices).toContainText("Showing from 1992 instead.");
  });
});

test.describe("caveats of a comparison of two years", () => {
  const TWO_SERIES = "compare=2003,2008&compareSeries=imf-pk-total,imf-ru-total";
  const PRESS_SERIES = "compare=2003,2008&compareSeries=source-article-per-wikipedia-unknown-calendar";

  test("are in Russian on /ru/trade", async ({ page }) => {
    const response = await page.goto(`/ru/trade?${TWO_SERIES}`);
    expect(response?.status()).toBe(200);
    const caveats = page.getByTestId("compare-caveats");
    await expect(caveats).toContainText("Цифра за 2003 год имеет статус «расчётное»");
    await expect(caveats).toContainText("Две цифры взяты из разных рядов");
    await expect(caveats).toContainText(
      "Они опираются на разную статистику (статистика Пакистана и статистика России)",
    );
    await expect(caveats).not.toContainText("different series");
    expect(await englishLeftovers(page)).toEqual([]);

    await page.goto(`/ru/trade?${PRESS_SERIES}`);
    await expect(page.getByTestId("compare-caveats")).toContainText("Цифра за 2008 год имеет статус «не подтверждено»");
    await expect(page.getByTestId("compare-caveats")).not.toContainText("unverified");
    expect(await englishLeftovers(page)).toEqual([]);
  });

  test("are in Urdu on /ur/trade", async ({ page }) => {
    const response = await page.goto(`/ur/trade?${TWO_SERIES}`);
    expect(response?.status()).toBe(200);
    const caveats = page.getByTestId("compare-caveats");
    await expect(caveats).toContainText("دونوں اعداد مختلف سلسلوں سے ہیں");
    await expect(caveats).toContainText("یہ مختلف اعداد و شمار پر مبنی ہیں");
    await expect(caveats).not.toContainText("different series");
    expect(await englishLeftovers(page)).toEqual([]);

    await page.goto(`/ur/trade?${PRESS_SERIES}`);
    await expect(page.getByTestId("compare-caveats")).toContainText("2008 کے عدد کی حیثیت “غیر مصدقہ” ہے");
    expect(await englishLeftovers(page)).toEqual([]);
  });

  test("stay in English on the English page", async ({ page }) => {
    await page.goto(`/trade?${TWO_SERIES}`);
    const caveats = page.getByTestId("compare-caveats");
    await expect(caveats).toContainText("The 2003 figure is derived: worked out by us from published figures");
    await expect(caveats).toContainText("The two figures come from different series:");
    await expect(caveats).toContainText("They use different statistics (Pakistani statistics and Russian statistics).");
    await page.goto(`/trade?${PRESS_SERIES}`);
    await expect(page.getByTestId("compare-caveats")).toContainText("The 2008 figure is unverified");
  });
});

test("a comparison's note on the series it could not use is in the page's language", async ({ page }) => {
  const series = "pakistan-ministry-of-commerce-pakistani-fiscal";
  for (const [path, words] of [
    ["/ru/trade", "Ряд, указанный в адресе, использовать нельзя"],
    ["/ur/trade", "پتے میں مانگا گیا سلسلہ استعمال نہیں ہو سکتا"],
  ] as const) {
    await page.goto(`${path}?compare=2003,2008&compareSeries=${series}`);
    const note = page.locator("#compare p.muted.small", { hasText: words });
    await expect(note, path).toBeVisible();
    // The series as the address names it stays as typed, marked and isolated.
    await expect(note.locator('[lang="en"]', { hasText: series }).first()).toHaveAttribute("dir", "ltr");
    await expect(note).not.toContainText("cannot be used");
    expect(await englishLeftovers(page), path).toEqual([]);
  }
});
