// Takes full-page screenshots of pages of a running server in Chromium, narrow
// and wide, light and dark: `node scripts/screenshot.mjs http://127.0.0.1:3000 / /trade`.
// Files go to $SHOT_DIR (default /tmp/shots).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const [base = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
const outDir = process.env.SHOT_DIR ?? "/tmp/shots";
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--no-first-run",
  ],
});
const widths = (process.env.SHOT_WIDTHS ?? "360,1280").split(",").map(Number);
const schemes = (process.env.SHOT_SCHEMES ?? "light").split(",");
for (const pagePath of paths.length > 0 ? paths : ["/"]) {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(base + pagePath, { waitUntil: "load" });
      await page.waitForTimeout(300);
      const name = `${pagePath.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${width}-${colorScheme}.png`;
      if (process.env.SHOT_FULL === "split") {
        // Long pages in slices a person can read at once.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const slice = width < 600 ? 1200 : 1000;
        for (let y = 0, part = 0; y < height; y += slice, part += 1) {
          const file = path.join(outDir, name.replace(".png", `-${part}.png`));
          await page.screenshot({
            path: file,
            fullPage: true,
            clip: { x: 0, y, width, height: Math.min(slice, height - y) },
          });
          console.log(file);
        }
      } else {
        await page.screenshot({ path: path.join(outDir, name), fullPage: process.env.SHOT_FULL !== "0" });
        console.log(path.join(outDir, name));
      }
      await context.close();
    }
  }
}
await browser.close();
