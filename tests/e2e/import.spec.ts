import { readFile } from "node:fs/promises";
import http from "node:http";
import { strToU8, zipSync } from "fflate";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";

/*
 * The import page end to end: real files from tests/fixtures/import go through
 * the file input, the real POST /api/import, the browser's storage and the
 * charts. Each test gets a fresh browser context, so storage starts empty.
 */

const FIXTURES = path.join(process.cwd(), "tests/fixtures/import");
const PAK_RUS = path.join(FIXTURES, "synthetic/synthetic-tidy-pak-rus.csv");
const WDI_GDP = path.join(FIXTURES, "samples/wdi/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_2016.csv");
const WDI_PAK_RUS = path.join(FIXTURES, "synthetic/synthetic-wdi-pak-rus.csv");
const OWID_SHARE = path.join(FIXTURES, "samples/owid/trade-as-share-of-gdp.csv");
const BAD_YEAR = path.join(FIXTURES, "synthetic/synthetic-bad-year-typo-tidy.csv");
const IMAGE = path.join(FIXTURES, "synthetic/synthetic-bad-image.png");
const DOTS_PAKISTAN = path.join(process.cwd(), "data/raw/imf-dots/DOTS_151.xlsx");

const wideChart = (page: Page) => page.locator('[data-testid="import-combined-chart"] .chart-frame--wide svg');
const legend = (page: Page) => page.locator('[data-testid="import-combined-chart"] .legend-series');

async function upload(page: Page, file: string) {
  await page.getByLabel("Choose a file…").setInputFiles(file);
  await expect(page.getByTestId("import-preview")).toBeVisible();
}

async function uploadAndAdd(page: Page, file: string, count: number) {
  await upload(page, file);
  await page.getByRole("button", { name: `Add ${count} series to the chart` }).click();
  await expect(page.getByTestId("import-add-message")).toContainText(`${count} added`);
}

test.describe("import page", () => {
  test("server HTML explains what is accepted, the limits and privacy, and already holds our chart", async ({
    request,
  }) => {
    const response = await request.get("/import");
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("up to 50 MB");
    expect(html).toContain("up to 2,000,000");
    expect(html).toContain(
      "Nothing you upload is stored on the server or shown to anyone else; parsed series stay in this browser until you remove them.",
    );
    expect(html).toContain('class="trend-chart"');
    expect(html).toContain('data-point-id="article-2003"');
    expect(html).not.toContain("recharts");
  });

  test("a Pakistan–Russia file: preview, add to the chart with star markers, keep after a reload, remove", async ({
    page,
  }) => {
    await page.goto("/import");
    await upload(page, PAK_RUS);
    await expect(page.getByTestId("import-format")).toHaveText("Tidy CSV (a year column and value columns)");
    await expect(page.getByTestId("import-series-count")).toHaveText("4");
    // The three Pakistan–Russia series are chosen; Pakistan–China is not.
    const list = page.getByRole("list", { name: "Series in the file" });
    await expect(list.getByRole("checkbox", { checked: true })).toHaveCount(3);
    await expect(list.getByRole("checkbox", { name: /Pakistan exports to China/ })).not.toBeChecked();
    await expect(page.locator(".recharts-line")).toHaveCount(3);

    await page.getByRole("button", { name: "Add 3 series to the chart" }).click();
    await expect(page.getByTestId("import-add-message")).toContainText("3 added");
    await expect(legend(page)).toContainText("Imported: Pakistan exports to Russian Federation");
    await expect(wideChart(page).locator(".chart-series--imported")).toHaveCount(3);
    await expect(wideChart(page).locator(".chart-point--imported")).toHaveCount(5);
    await expect(page.locator(".legend-status")).toContainText("Imported");
    await expect(page.getByTestId("import-chart-notice")).toContainText(
      "3 imported series are drawn with star markers",
    );
    // Each imported point says where it comes from; our points keep their rich tooltips.
    await expect(wideChart(page).locator('[data-point-id="imported-1-2018"] > title')).toHaveText(
      "2018: $100.5m. Imported. Pakistan exports to Russian Federation. From synthetic-tidy-pak-rus.csv (Tidy CSV (a year column and value columns))",
    );
    await wideChart(page).locator('[data-point-id="article-2003"]').hover();
    // The article's 2003 figure is Pakistan's own IMF total, so it is kept as reported.
    await expect(page.getByRole("tooltip")).toContainText("Reported");

    await page.reload();
    await expect(legend(page)).toContainText("Imported: Pakistan imports from Russian Federation");
    await expect(wideChart(page).locator(".chart-point--imported")).toHaveCount(5);
    await expect(page.getByTestId("import-kept")).toHaveCount(3);

    await page.getByRole("button", { name: "Remove Pakistan exports to Russian Federation" }).click();
    await expect(page.getByTestId("import-kept")).toHaveCount(2);
    await expect(legend(page)).not.toContainText("Pakistan exports to Russian Federation");
    await expect(page.getByText("Removed Pakistan exports to Russian Federation.")).toBeVisible();

    await page.getByRole("button", { name: "Remove all" }).click();
    await page.getByRole("button", { name: "Yes, remove all" }).click();
    await expect(page.getByTestId("import-kept")).toHaveCount(0);
    await expect(wideChart(page).locator(".chart-series--imported")).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("import-chart-notice")).toContainText("No imported series yet");
  });

  test("an IMF DOTS workbook: its sheets named, Pakistan–Russia chosen in both, then on the chart", async ({
    page,
  }) => {
    await page.goto("/import");
    await upload(page, DOTS_PAKISTAN);
    await expect(page.getByTestId("import-format")).toHaveText(
      "IMF DOTS country table (exports or imports by partner)",
    );
    const sheets = page.getByTestId("import-sheets");
    await expect(sheets).toContainText("Excel workbook (.xlsx), 2 sheets");
    await expect(sheets).toContainText(
      "Exports, FOB: IMF DOTS country table (exports or imports by partner), header in row 7",
    );
    await expect(sheets).toContainText("Imports, CIF");
    await expect(page.getByLabel("Sheet")).toBeVisible();
    await page.getByRole("button", { name: "Add 2 series to the chart" }).click();
    await expect(page.getByTestId("import-add-message")).toContainText("2 added");
    await expect(legend(page)).toContainText("Imported: Pakistan: exports (FOB) to Russian Federation");
    await expect(legend(page)).toContainText("Imported: Pakistan: imports (CIF) from Russian Federation");
  });

  test("a file dropped on the drop zone is read like a chosen one", async ({ page }) => {
    await page.goto("/import");
    const text = await readFile(PAK_RUS, "utf8");
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], "dropped-pak-rus.csv", { type: "text/csv" }));
      return data;
    }, text);
    const zone = page.getByTestId("import-dropzone");
    await zone.dispatchEvent("dragover", { dataTransfer: transfer });
    await zone.dispatchEvent("drop", { dataTransfer: transfer });
    await expect(page.getByTestId("import-preview")).toContainText("dropped-pak-rus.csv");
    await expect(page.getByTestId("import-series-count")).toHaveText("4");
  });

  test("a real World Bank WDI download: pick countries by search, a recharts preview with a brush, then on the chart", async ({
    page,
  }) => {
    await page.goto("/import");
    await upload(page, WDI_GDP);
    await expect(page.getByTestId("import-format")).toHaveText("World Bank WDI bulk download");
    await expect(page.getByText("Nothing in this file is about Pakistan–Russia trade")).toBeVisible();
    const list = page.getByRole("list", { name: "Series in the file" });
    await page.getByLabel("Search series").fill("austr");
    await expect(list.getByRole("checkbox")).toHaveCount(2);
    await page.getByRole("button", { name: "Choose all matching (2)" }).click();
    await page.getByLabel("Search series").fill("");
    await expect(list.getByRole("checkbox", { checked: true })).toHaveCount(2);
    // 56 years: the preview gets a brush to zoom into a span.
    await expect(page.locator(".recharts-line")).toHaveCount(2);
    await expect(page.locator(".recharts-brush")).toHaveCount(1);

    await page.getByRole("button", { name: "Add 2 series to the chart" }).click();
    await expect(legend(page)).toContainText("Imported: GDP at market prices (current US$): Australia");
    await expect(legend(page)).toContainText("Imported: GDP at market prices (current US$): Austria");
    await expect(page.getByTestId("import-kept").first()).toContainText("divided by 1,000,000");
    // The chart's range now reaches back to the file's first year.
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("1960");
  });

  test("a WDI file with Pakistan and Russia has both chosen from the start", async ({ page }) => {
    await page.goto("/import");
    await upload(page, WDI_PAK_RUS);
    const list = page.getByRole("list", { name: "Series in the file" });
    await expect(list.getByRole("checkbox", { checked: true })).toHaveCount(2);
    const chosen = await list
      .locator("li")
      .filter({ has: page.locator("input:checked") })
      .allTextContents();
    expect(chosen).toEqual([expect.stringMatching(/: Pakistan/), expect.stringMatching(/: Russian Federation/)]);
  });

  test("a series that is not in US$ is shown in the preview only, with the reason", async ({ page }) => {
    await page.goto("/import");
    await upload(page, OWID_SHARE);
    await expect(page.getByRole("button", { name: "Add to chart" })).toBeDisabled();
    await page.getByRole("checkbox", { name: /Albania/ }).check();
    await expect(page.getByTestId("import-preview-only")).toContainText("% of GDP");
    await expect(page.getByTestId("import-preview-only")).toContainText("shown only in this preview");
    await expect(page.locator(".recharts-line")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Add to chart" })).toBeDisabled();
  });

  test("a file with a bad year shows the importer's error with its line and column", async ({ page }) => {
    await page.goto("/import");
    await page.getByLabel("Choose a file…").setInputFiles(BAD_YEAR);
    const error = page.getByTestId("import-error");
    await expect(error).toContainText("The file could not be read");
    await expect(error).toContainText('line 3, column 3 (Year): "20O8" is not a year');
    await expect(page.getByTestId("import-preview")).toHaveCount(0);
  });

  test("an image is refused with a clear message", async ({ page }) => {
    await page.goto("/import");
    await page.getByLabel("Choose a file…").setInputFiles(IMAGE);
    await expect(page.getByTestId("import-error")).toContainText("synthetic-bad-image.png");
    await expect(page.getByTestId("import-error")).toContainText(/not a text|image|binary/i);
  });

  test("a 413 answer says the file is too large", async ({ page }) => {
    await page.route("/api/import", (route) =>
      route.fulfill({
        status: 413,
        contentType: "application/json",
        body: JSON.stringify({ error: "The file is larger than 50 MB, the most this importer accepts.", errors: [] }),
      }),
    );
    await page.goto("/import");
    await page.getByLabel("Choose a file…").setInputFiles(PAK_RUS);
    await expect(page.getByTestId("import-error")).toContainText("The file is too large");
    await expect(page.getByTestId("import-error")).toContainText("larger than 50 MB");
  });

  test("an upload shows its progress and can be cancelled", async ({ page }) => {
    // The answer is held back, so the upload stays under way until it is cancelled.
    await page.route("/api/import", () => new Promise(() => {}));
    await page.goto("/import");
    await page.getByLabel("Choose a file…").setInputFiles(PAK_RUS);
    const progress = page.getByRole("progressbar");
    await expect(progress).toHaveAttribute("aria-valuenow", /^\d+$/);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByText(/The upload of synthetic-tidy-pak-rus\.csv was cancelled/)).toBeVisible();
    await expect(progress).toHaveCount(0);
  });

  test("the combined CSV holds our rows and the imported ones, labelled as imported", async ({ page }) => {
    await page.goto("/import");
    await uploadAndAdd(page, PAK_RUS, 3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("import-download-csv").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^trade-with-imported_\d{4}-\d{4}\.csv$/);
    const text = await readFile(await download.path(), "utf8");
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const imported = parsed.data.filter((row) => row.origin === "imported: synthetic-tidy-pak-rus.csv");
    expect(imported).toHaveLength(5);
    expect(imported.every((row) => row.status === "imported")).toBe(true);
    expect(imported[0]).toMatchObject({
      series: "Pakistan exports to Russian Federation",
      year: "2018",
      value_usd_m: "100.5",
      source: "synthetic-tidy-pak-rus.csv (Tidy CSV (a year column and value columns))",
    });
    const builtIn = parsed.data.filter((row) => row.origin === "built-in");
    expect(builtIn.length).toBeGreaterThan(10);
    expect(builtIn.some((row) => row.status === "imported")).toBe(false);
  });

  test("compares two years on an imported series, marked as imported", async ({ page }) => {
    await page.goto("/import");
    await uploadAndAdd(page, PAK_RUS, 3);
    const compare = page.getByTestId("import-compare");
    await compare.getByLabel("Earlier year").selectOption("2018");
    await compare.getByLabel("Later year").selectOption("2019");
    const pairs = compare.getByLabel("Figures to use");
    const value = await pairs
      .locator("option", { hasText: /^Imported: Pakistan exports to Russian Federation/ })
      .getAttribute("value");
    await pairs.selectOption(value ?? "");
    await expect(page.getByTestId("import-compare-from")).toHaveText("$100.5m");
    await expect(page.getByTestId("import-compare-to")).toHaveText("$110.25m");
    await expect(page.getByTestId("import-compare-change")).toHaveText("+$9.75m");
    await expect(compare.locator(".badge", { hasText: "Imported" })).toHaveCount(2);
    await expect(page.getByTestId("import-compare-caveats")).toContainText("a file you imported");
  });

  test("words the comparison's caveats in Russian on /ru/import, the file's names kept in English", async ({
    page,
  }) => {
    await page.goto("/ru/import");
    await page.getByLabel("Выбрать файл…").setInputFiles(PAK_RUS);
    await expect(page.getByTestId("import-preview")).toBeVisible();
    await page.getByRole("button", { name: "Добавить на график: 3" }).click();
    await expect(page.getByTestId("import-add-message")).toContainText("добавлено: 3");
    const compare = page.getByTestId("import-compare");
    await compare.getByLabel("Более ранний год").selectOption("2018");
    await compare.getByLabel("Более поздний год").selectOption("2019");
    const pairs = compare.getByLabel("Какие цифры сравнивать");
    // The imported series is named by the Russian page's words, its own name as the file gives it.
    const value = await pairs
      .locator("option", { hasText: /^Из вашего файла: Pakistan exports to Russian Federation/ })
      .getAttribute("value");
    await pairs.selectOption(value ?? "");
    await expect(pairs.locator("option", { hasText: /^Imported:/ })).toHaveCount(0);
    await expect(
      compare.locator("bdi", { hasText: "Из вашего файла: Pakistan exports to Russian Federation" }).first(),
    ).toBeVisible();
    await expect(
      compare.locator('bdi [lang="en"]', { hasText: "Pakistan exports to Russian Federation" }).first(),
    ).toBeVisible();
    const caveats = page.getByTestId("import-compare-caveats");
    await expect(caveats).toContainText("Обе цифры взяты из файла, который вы импортировали");
    await expect(caveats).toContainText("Этот сайт его не проверял.");
    await expect(caveats.locator('[lang="en"]', { hasText: "synthetic-tidy-pak-rus.csv" })).toHaveCount(1);
    await expect(caveats).not.toContainText("a file you imported");
  });

  test("damaged storage is set aside with a notice instead of breaking the page", async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem("pkru.imported.v1", "{not json"));
    await page.goto("/import");
    await expect(page.getByText("could not be read and were set aside")).toBeVisible();
    await expect(wideChart(page)).toBeVisible();
    await expect(wideChart(page).locator(".chart-series--imported")).toHaveCount(0);
  });

  test("the trade explorer draws the imported series too, with a notice", async ({ page }) => {
    await page.goto("/trade");
    await expect(page.getByTestId("trade-imported-notice")).toHaveCount(0);
    await page.goto("/import");
    await uploadAndAdd(page, PAK_RUS, 3);
    await page.goto("/trade");
    await expect(page.getByTestId("trade-imported-notice")).toContainText("3 imported series shown");
    const chart = page.locator(".chart-frame--wide svg");
    await expect(chart.locator(".chart-series--imported")).toHaveCount(3);
    await expect(page.locator(".legend-series")).toContainText("Imported: Russian Federation exports to Pakistan");
    // Our points keep their rich tooltips.
    await chart.locator('[data-point-id="article-2003"]').hover();
    await expect(page.getByRole("tooltip")).toContainText("2003");
  });

  test("the trade page carries no chart data for the overlay; a browser with imports fetches it for the view", async ({
    page,
    request,
  }) => {
    // Without imported series nothing is fetched, and the page's payload holds no overlay props.
    const asked: string[] = [];
    page.on("request", (entry) => {
      if (entry.url().includes("/trade/overlay")) asked.push(entry.url());
    });
    await page.goto("/trade?flow=balance");
    await expect(page.locator('.chart-frame--wide svg[data-chart-id="trade-trend-wide"]')).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(asked).toEqual([]);

    const english = await request.get("/trade/overlay?flow=balance");
    expect(english.status()).toBe(200);
    expect(english.headers()["cache-control"]).toContain("s-maxage");
    const chart = (await english.json()) as { series: { id: string }[]; title: string; from: number; locale: string };
    expect(chart.series.map((series) => series.id)).toEqual(["imf-pk-balance", "imf-ru-balance"]);
    expect(chart.locale).toBe("en");
    // A bad parameter is read as the page reads it: the nearest valid view.
    const bad = await request.get("/trade/overlay?flow=nope&from=abc");
    expect(bad.status()).toBe(200);
    expect(((await bad.json()) as { from: number }).from).toBe(1992);
    const urdu = (await (await request.get("/ur/trade/overlay?flow=balance")).json()) as { title: string };
    expect(urdu.title).toMatch(/[\u0600-\u06FF]/);
    expect((await request.get("/xx/trade/overlay")).status()).toBe(404);
  });

  test("has no detectable accessibility problems before and after a file is read", async ({ page }) => {
    await page.goto("/import");
    const before = await new AxeBuilder({ page }).analyze();
    expect(before.violations.map((violation) => violation.id)).toEqual([]);
    await uploadAndAdd(page, PAK_RUS, 3);
    const after = await new AxeBuilder({ page }).analyze();
    expect(after.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
  });
});

/*
 * An upload refused before its body is read must not break the connection it came on:
 * clients such as Node's fetch (undici) and browsers send the next request on the same
 * socket, which used to be reset (ECONNRESET).
 */
test.describe("import API and reused connections", () => {
  const PORT = Number(process.env.E2E_PORT ?? 3100);

  /** Sends one request on `agent` and tells whether it went over an already used socket. */
  function send(
    agent: http.Agent,
    method: string,
    pathName: string,
    body?: Buffer,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: string; reused: boolean; connection: string | undefined }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        { host: "127.0.0.1", port: PORT, method, path: pathName, agent, headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString("utf8"),
              reused: request.reusedSocket,
              connection: response.headers.connection,
            }),
          );
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  }

  // A PNG signature, then 2 MB: refused on its first bytes, long before the body has arrived.
  const refusedBody = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(2 * 1024 * 1024, 7),
  ]);

  test("after an early 422 the same keep-alive socket answers the next request", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await send(agent, "POST", "/api/import?fileName=chart.png", refusedBody, {
        "content-type": "application/octet-stream",
      });
      expect(refused.status).toBe(422);
      expect(JSON.parse(refused.body).error).toContain("PNG image");
      for (let round = 0; round < 3; round++) {
        const next = await send(agent, "GET", "/api/datasets");
        expect(next.status).toBe(200);
        expect(next.reused).toBe(true);
      }
    } finally {
      agent.destroy();
    }
  });

  test("Node's fetch can upload a refused file and go on with the next requests", async () => {
    for (let round = 0; round < 3; round++) {
      const refused = await fetch(`http://127.0.0.1:${PORT}/api/import?fileName=chart.png`, {
        method: "POST",
        body: refusedBody,
        headers: { "content-type": "application/octet-stream" },
      });
      expect(refused.status).toBe(422);
      await refused.json();
      const next = await fetch(`http://127.0.0.1:${PORT}/api/import?fileName=ok.csv`, {
        method: "POST",
        body: "Year,Exports (US$ million)\n2019,1\n",
      });
      expect(next.status).toBe(200);
    }
  });

  test("hostile workbooks get a JSON 413 or 422 within seconds, and the server keeps answering", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const dots = await readFile(DOTS_PAKISTAN);
    const head =
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">';
    const bomb = Buffer.from(
      zipSync({
        "[Content_Types].xml": strToU8("<Types/>"),
        "xl/workbook.xml": strToU8(
          '<workbook xmlns:r="r"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
        "xl/_rels/workbook.xml.rels": strToU8(
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        "xl/worksheets/sheet1.xml": [
          strToU8(head + '<c r="A1"><v>1</v></c>'.repeat(1_200_000) + "</row></sheetData></worksheet>"),
          { level: 9 },
        ],
      }),
    );
    const entity = Buffer.from(
      zipSync({
        "xl/workbook.xml": strToU8(
          '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><workbook>&a;</workbook>',
        ),
      }),
    );
    const encrypted = Buffer.alloc(4096);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    encrypted.set(Buffer.from("EncryptedPackage", "utf16le"), 1024);
    const cases: Array<[string, Buffer, number, RegExp]> = [
      ["zip bomb", bomb, 413, /zip bomb/],
      ["entity declarations", entity, 422, /declares a document type or entities/],
      ["truncated", dots.subarray(0, dots.length >> 1), 422, /damaged or cut short/],
      ["password-protected", encrypted, 422, /protected with a password/],
    ];
    try {
      for (const [what, body, status, message] of cases) {
        const started = Date.now();
        const answer = await send(agent, "POST", "/api/import?fileName=hostile.xlsx", body, {
          "content-type": "application/octet-stream",
        });
        expect(answer.status, what).toBe(status);
        expect(JSON.parse(answer.body).error, what).toMatch(message);
        expect(Date.now() - started, what).toBeLessThan(10_000);
        const next = await send(agent, "GET", "/api/datasets");
        expect(next.status, `after ${what}`).toBe(200);
      }
    } finally {
      agent.destroy();
    }
  });

  test("a declared size over the limit is refused with 413 and the connection closed cleanly", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const request = http.request(
          {
            host: "127.0.0.1",
            port: PORT,
            method: "POST",
            path: "/api/import",
            agent,
            headers: { "content-length": String(60 * 1024 * 1024), "content-type": "text/csv" },
          },
          (response) => {
            response.resume();
            response.on("end", () =>
              resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }),
            );
          },
        );
        // The client may see its upload cut short once the answer is in; that is the point.
        request.on("error", () => undefined);
        request.write(Buffer.alloc(64 * 1024, 0x31));
        setTimeout(() => reject(new Error("no answer within 10 s")), 10_000);
      });
      expect(refused.status).toBe(413);
      expect(refused.connection).toBe("close");
      const next = await send(agent, "GET", "/api/datasets");
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});
