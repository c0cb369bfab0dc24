// Performance benchmark of the production build. Every figure is printed beside
// a baseline measured in the same run on the same machine:
//
//   first-load JavaScript per route (gzip)  vs  the framework's own chunks
//   HTML and payload bytes per page         vs  the same HTML without its scripts
//   Lighthouse mobile scores and metrics    vs  the same HTML from a static server,
//                                               with and without its scripts
//   requests/s and p99 latency (autocannon) vs  a static server sending the same bytes,
//                                               and views of /trade and /timeline vs /
//   charts and numbers in the server HTML   vs  the same page rendered with JavaScript
//   errors under a bounded loopback load    vs  the static server under the same load
//
// Writes bench/results.json and bench/results.md; --readme also copies the
// table into README.md. Run `node bench/run.mjs --help` for the flags.
import { spawn, spawnSync } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { format, resolveConfig } from "prettier";
import { pageWeight } from "./payload.mjs";
import { snapshotKey } from "./snapshot-key.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORK = path.join(ROOT, "bench", ".work");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];
const ENGLISH_PAGES = ["/", "/trade", "/financing", "/timeline", "/claims", "/sources", "/import"];
// Each page in Urdu and Russian too: their fonts and longer texts must not cost the targets.
const SITE_PAGES = [
  ...ENGLISH_PAGES,
  ...["ur", "ru"].flatMap((locale) => ENGLISH_PAGES.map((page) => `/${locale}${page === "/" ? "" : page}`)),
];
const THROUGHPUT_URLS = ["/", "/api/datasets/trade?format=csv"];
// Views of pages whose state is in the address, each asked for again and again
// as a crawler or a shared link would: they must cost about what `/` costs.
const VIEW_URLS = [
  "/trade",
  "/trade?compare=2003,2008",
  "/trade?flow=balance",
  "/timeline",
  "/timeline?theme=trade&decade=2000",
];
const TARGETS = {
  jsKb: 160,
  jsPages: ["/", "/trade", "/ur", "/ur/trade", "/ru", "/ru/trade"],
  performance: 98,
  accessibility: 100,
  // Largest Contentful Paint at most this many times that of the same HTML without scripts.
  lcpVsNoScripts: 1.2,
  throughputRatio: 0.5,
  // A view's requests/s at least this share of `/`'s, and its p99 at most this multiple of `/`'s.
  viewThroughput: 0.8,
  viewP99: 1.5,
};

const HELP = `Usage: node bench/run.mjs [flags]

  --no-build             use the existing .next build
  --quick                short run: 3 s throughput, 10 s load, Lighthouse on /, /trade, /ur and /ru/trade only
  --duration S           seconds of each throughput measurement (default 10)
  --connections N        connections for throughput (default 10)
  --load-duration S      seconds of the load test (default 60)
  --load-connections N   connections of the load test (default 50)
  --pages LIST           comma-separated pages (default: every page of the site that exists)
  --lighthouse-pages LIST  pages for Lighthouse (default: --pages; with --quick: /,/trade,/ur,/ru/trade)
  --lighthouse-runs N    Lighthouse runs per page and server; the median by performance is kept
                         (default 3; with --quick: 1)
  --no-lighthouse        skip Lighthouse
  --port N               port of the production server (default 3300)
  --static-port N        port of the static baseline (default 3301)
  --noscript-port N      port of the static baseline without scripts (default: static port + 1)
  --readme               copy the result table into README.md
`;

const { values: flags } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    duration: { type: "string" },
    connections: { type: "string", default: "10" },
    "load-duration": { type: "string" },
    "load-connections": { type: "string", default: "50" },
    pages: { type: "string" },
    "lighthouse-pages": { type: "string" },
    "no-lighthouse": { type: "boolean", default: false },
    "lighthouse-runs": { type: "string" },
    port: { type: "string", default: "3300" },
    "static-port": { type: "string", default: "3301" },
    "noscript-port": { type: "string" },
    readme: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (flags.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const config = {
  quick: flags.quick,
  build: !flags["no-build"],
  duration: Number(flags.duration ?? (flags.quick ? 3 : 10)),
  connections: Number(flags.connections),
  loadDuration: Number(flags["load-duration"] ?? (flags.quick ? 10 : 60)),
  loadConnections: Number(flags["load-connections"]),
  pages: flags.pages?.split(",") ?? SITE_PAGES,
  lighthousePages:
    flags["lighthouse-pages"]?.split(",") ?? (flags.quick ? ["/", "/trade", "/ur", "/ru/trade"] : undefined),
  lighthouse: !flags["no-lighthouse"],
  lighthouseRuns: Math.max(1, Number(flags["lighthouse-runs"] ?? (flags.quick ? 1 : 3))),
  port: Number(flags.port),
  staticPort: Number(flags["static-port"]),
  noScriptPort: Number(flags["noscript-port"] ?? Number(flags["static-port"]) + 1),
};
const NEXT_URL = `http://127.0.0.1:${config.port}`;
const STATIC_URL = `http://127.0.0.1:${config.staticPort}`;
const NOSCRIPT_URL = `http://127.0.0.1:${config.noScriptPort}`;

const children = [];
const log = (message) => console.log(`[bench] ${message}`);
const round = (value, digits = 0) => (value === undefined || value === null ? null : Number(value.toFixed(digits)));

function stopChildren() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
}
process.on("exit", stopChildren);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

function machine() {
  const cpus = os.cpus();
  let chromium = "unknown";
  try {
    chromium = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // Chromium is only needed for Lighthouse and the HTML check; its version is informative.
  }
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    // Not a git checkout: the results still stand, without a commit to pin them to.
  }
  return {
    date: new Date().toISOString(),
    commit,
    cpu: `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}`,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
    loadAverageAtStart: os.loadavg().map((value) => round(value, 2)),
  };
}

function build() {
  log("building (next build)…");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`);
}

async function waitFor(url, what) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${what} did not answer at ${url} within 60 s`);
}

async function startProcess(args, url, what) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  children.push(child);
  child.on("exit", (code, signal) => {
    // A child that we did not stop has died: say so, since every later figure would be wrong.
    if (!child.killed) log(`${what} exited early with ${code ?? signal}`);
  });
  await waitFor(url, what);
  log(`${what} is up at ${url}`);
  return child;
}

async function stopProcess(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function fetchBytes(url, headers = {}) {
  const response = await fetch(url, { headers: { "accept-encoding": "identity", ...headers }, redirect: "manual" });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/* ---------- first-load JavaScript ---------- */

const scriptSources = (html) =>
  [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((match) => match[1] ?? "")
    // Polyfills marked nomodule are skipped by every browser that runs the app.
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/i.exec(attributes)?.[1])
    .filter((src) => src !== undefined && src.startsWith("/_next/static/"));

const gzipSizeCache = new Map();
function gzipSizeOfAsset(src) {
  const file = path.join(
    ROOT,
    ".next",
    "static",
    decodeURIComponent(src.replace(/^\/_next\/static\//, "").split("?")[0]),
  );
  if (!gzipSizeCache.has(file)) {
    const bytes = readFileSync(file);
    // Level 6 is zlib's default, what `next start` uses when it compresses.
    gzipSizeCache.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
  }
  return gzipSizeCache.get(file);
}

function measureJavaScript(htmlByPage) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next", "build-manifest.json"), "utf8"));
  const framework = (manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`);
  const sum = (sources) =>
    sources.reduce(
      (total, src) => {
        const size = gzipSizeOfAsset(src);
        return { raw: total.raw + size.raw, gzip: total.gzip + size.gzip };
      },
      { raw: 0, gzip: 0 },
    );
  const perPage = Object.entries(htmlByPage).map(([page, html]) => ({
    page,
    scripts: [...new Set(scriptSources(html))],
  }));
  const shared = perPage.reduce(
    (common, { scripts }) =>
      common === undefined ? new Set(scripts) : new Set(scripts.filter((src) => common.has(src))),
    undefined,
  );
  const sharedTotal = sum([...(shared ?? [])]);
  return {
    baseline: {
      what: "framework chunks every App Router page loads (rootMainFiles)",
      files: framework.length,
      ...sum(framework),
    },
    shared: {
      what: "chunks common to every measured page (framework and site shell)",
      files: shared?.size ?? 0,
      ...sharedTotal,
    },
    pages: perPage.map(({ page, scripts }) => {
      const total = sum(scripts);
      return {
        page,
        files: scripts.length,
        ...total,
        ownGzip: total.gzip - sharedTotal.gzip,
        target: TARGETS.jsPages.includes(page) ? TARGETS.jsKb * 1000 : null,
      };
    }),
  };
}

/* ---------- snapshot for the static baseline ---------- */

async function saveSnapshot(pages, missingPages, extraUrls) {
  const dir = path.join(WORK, "snapshot");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const index = [];
  const save = async (url, headers = {}) => {
    let response = await fetchBytes(NEXT_URL + url, headers);
    // Next answers a payload request without its `_rsc` cache-busting parameter with a
    // redirect to the address that has it; the browser always sends it, so follow once.
    const location = response.headers.get("location");
    const target = location ? new URL(location, NEXT_URL) : undefined;
    if (headers.rsc === "1" && response.status >= 300 && response.status < 400 && target?.searchParams.has("_rsc")) {
      response = await fetchBytes(target.href, headers);
    }
    const saved = {};
    response.headers.forEach((value, name) => {
      // Everything the production server sends except per-connection headers and its own cache hints.
      if (!/^(connection|keep-alive|transfer-encoding|date|content-length|content-encoding|x-nextjs-)/.test(name)) {
        saved[name] = value;
      }
    });
    const file = `${index.length}.body`;
    writeFileSync(path.join(dir, file), response.body);
    index.push({ key: snapshotKey(url, headers), status: response.status, headers: saved, file });
    return response;
  };
  const html = {};
  const payload = {};
  for (const page of [...pages, ...missingPages]) {
    const response = await save(page);
    if (pages.includes(page)) html[page] = response.body.toString("utf8");
    // The router's payloads for prefetches and client-side navigation.
    const navigation = await save(page, { rsc: "1" });
    if (pages.includes(page) && navigation.status === 200) payload[page] = navigation.body.toString("utf8");
    for (const segment of ["/_tree", "/__PAGE__"]) {
      await save(page, { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": segment });
    }
  }
  const linked = new Set(extraUrls);
  for (const text of Object.values(html)) {
    for (const match of text.matchAll(
      /<link\b[^>]*\brel="(?:icon|apple-touch-icon|manifest)"[^>]*\bhref="([^"]+)"/gi,
    )) {
      if (match[1]?.startsWith("/")) linked.add(match[1].replace(/&amp;/g, "&"));
    }
  }
  for (const url of linked) await save(url);
  writeFileSync(path.join(dir, "index.json"), JSON.stringify(index, null, 1));
  return { dir, html, payload, count: index.length };
}

/* ---------- charts and numbers in the server HTML ---------- */

async function checkServerHtml(pages, htmlByPage) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROME_FLAGS.filter((flag) => flag !== "--headless=new"),
  });
  const inspect = async (page, javaScriptEnabled) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(NEXT_URL + page, { waitUntil: "load" });
    if (javaScriptEnabled) await tab.waitForTimeout(500);
    const found = await tab.evaluate(() => {
      const charts = [...document.querySelectorAll("main svg")].filter(
        (svg) =>
          svg.matches('[data-chart-id], [class*="chart"]') && svg.querySelector("text, [data-point-id], path, rect"),
      );
      const numbers = new Set();
      let points = 0;
      for (const chart of charts) {
        for (const point of chart.querySelectorAll("[data-point-id]")) {
          points += 1;
          const value = point.getAttribute("data-value");
          if (value) numbers.add(value);
        }
        for (const text of chart.querySelectorAll("text")) {
          const content = (text.textContent ?? "").trim();
          if (/\d/.test(content)) numbers.add(content);
        }
      }
      return { charts: charts.length, points, numbers: [...numbers] };
    });
    await context.close();
    return found;
  };
  const results = [];
  for (const page of pages) {
    const withJs = await inspect(page, true);
    const withoutJs = await inspect(page, false);
    const html = htmlByPage[page] ?? "";
    const inHtml = new Set(withoutJs.numbers);
    const missing = withJs.numbers.filter((number) => !inHtml.has(number));
    const known = withJs.numbers.find((number) => /^-?\d+(\.\d+)?$/.test(number)) ?? withJs.numbers[0];
    const chartPage = withJs.charts > 0;
    results.push({
      page,
      chartPage,
      withJs: { charts: withJs.charts, points: withJs.points, numbers: withJs.numbers.length },
      serverHtml: { charts: withoutJs.charts, points: withoutJs.points, numbers: withoutJs.numbers.length },
      rawHtmlHasSvg: /<svg\b/i.test(html),
      knownNumber: known ?? null,
      knownNumberInRawHtml: known === undefined ? null : html.includes(known),
      missingNumbers: missing.slice(0, 10),
      ok: chartPage
        ? withoutJs.charts >= withJs.charts &&
          withoutJs.points >= withJs.points &&
          missing.length === 0 &&
          html.includes(known ?? "<svg")
        : null,
    });
  }
  await browser.close();
  return results;
}

/* ---------- Lighthouse ---------- */

async function runLighthouse(pages) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  const results = [];
  try {
    for (const page of pages) {
      for (const [server, base] of [
        ["next", NEXT_URL],
        ["static", STATIC_URL],
        ["noscript", NOSCRIPT_URL],
      ]) {
        const started = Date.now();
        // Lighthouse 12.2 sometimes fails on this Chromium: NO_NAVSTART (it saw no navigation
        // start in the trace) or an error reading the trace, and then has no performance score.
        // Such a run is repeated, up to three extra attempts per page and server.
        // With --lighthouse-runs N, the run with the median performance score is kept.
        const runs = [];
        const failures = [];
        let attempts = 0;
        const maxAttempts = config.lighthouseRuns + 3;
        while (runs.length < config.lighthouseRuns && attempts < maxAttempts) {
          attempts += 1;
          let run;
          try {
            ({ lhr: run } = await lighthouse(`${base}${page}`, {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
            }));
          } catch (error) {
            failures.push(String(error?.code ?? error?.message ?? error));
            continue;
          }
          const failed = run.runtimeError !== undefined || run.categories.performance?.score === null;
          if (failed) failures.push(run.runtimeError?.code ?? "no performance score");
          if (!failed || (attempts >= maxAttempts && runs.length === 0)) runs.push(run);
        }
        if (runs.length === 0) {
          log(`lighthouse ${page} (${server}): no run succeeded (${failures.join(", ")})`);
          results.push({ page, server, performance: null, accessibility: null, failing: [], failures, attempts });
          continue;
        }
        runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
        const lhr = runs[Math.floor(runs.length / 2)];
        const score = (id) =>
          lhr.categories[id]?.score === null ? null : Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const failing = Object.values(lhr.categories).flatMap((category) =>
          category.auditRefs
            .filter(
              (ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1,
            )
            .map((ref) => `${category.id}/${ref.id}`),
        );
        const entry = {
          page,
          server,
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          seo: score("seo"),
          lcpMs: round(lhr.audits["largest-contentful-paint"]?.numericValue),
          tbtMs: round(lhr.audits["total-blocking-time"]?.numericValue),
          cls: round(lhr.audits["cumulative-layout-shift"]?.numericValue, 3),
          failing,
          warnings: lhr.runWarnings,
          attempts,
          failures,
          performanceRuns: runs.map((run) =>
            run.categories.performance?.score === null
              ? null
              : Math.round((run.categories.performance?.score ?? 0) * 100),
          ),
          seconds: round((Date.now() - started) / 1000, 1),
        };
        log(
          `lighthouse ${page} (${server}): perf ${entry.performance}, a11y ${entry.accessibility}, ` +
            `bp ${entry.bestPractices}, seo ${entry.seo}, LCP ${entry.lcpMs} ms, TBT ${entry.tbtMs} ms, CLS ${entry.cls}` +
            (failing.length > 0 ? `; below 1: ${failing.join(", ")}` : ""),
        );
        results.push(entry);
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/* ---------- throughput and load ---------- */

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const summarise = (result) => ({
  requests: result.requests.total,
  rps: round(result.requests.average, 1),
  p50Ms: round(result.latency.p50, 1),
  p99Ms: round(result.latency.p99, 1),
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
});

/** CPU time (user + system) a process has used, in milliseconds; null where /proc is not there. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

async function measureOne(url, servers) {
  const row = { url };
  for (const [server, base, pid] of servers) {
    // A short warm-up, so neither side is measured while loading code or filling caches.
    await cannon({ url: base + url, connections: 2, amount: 50 });
    const before = cpuMs(pid);
    const result = await cannon({ url: base + url, connections: config.connections, duration: config.duration });
    const after = cpuMs(pid);
    row[server] = summarise(result);
    // CPU per request moves less than requests/s with what else the machine runs.
    row[server].cpuMsPerRequest =
      before === null || after === null || result.requests.total === 0
        ? null
        : round((after - before) / result.requests.total, 2);
  }
  row.ratio = round(row.next.rps / row.static.rps, 2);
  return row;
}

/**
 * Each URL against the static server; the views of /trade and /timeline also
 * against `/`, measured just before and just after them (their mean is the
 * reference, since the machine's load drifts over a minute).
 */
async function measureThroughput(urls, viewUrls, pids) {
  const servers = [
    ["next", NEXT_URL, pids.next],
    ["static", STATIC_URL, pids.static],
  ];
  const results = [];
  const report = (row) =>
    log(
      `throughput ${row.url}: ${row.next.rps} req/s (p99 ${row.next.p99Ms} ms, ${row.next.cpuMsPerRequest} ms CPU/request) ` +
        `vs static ${row.static.rps} req/s (p99 ${row.static.p99Ms} ms): ${row.ratio}×` +
        (row.vsRoot ? `; vs /: ${row.vsRoot.rps}× req/s, ${row.vsRoot.p99}× p99` : ""),
    );
  const rootBefore = await measureOne("/", servers);
  report(rootBefore);
  const views = [];
  for (const url of viewUrls) views.push(await measureOne(url, servers));
  const rootAfter = await measureOne("/", servers);
  const root = {
    rps: round((rootBefore.next.rps + rootAfter.next.rps) / 2, 1),
    p99Ms: round((rootBefore.next.p99Ms + rootAfter.next.p99Ms) / 2, 1),
  };
  results.push({ ...rootBefore, role: "root", when: "before the views" });
  for (const row of views) {
    row.role = "view";
    row.vsRoot = { rps: round(row.next.rps / root.rps, 2), p99: round(row.next.p99Ms / root.p99Ms, 2) };
    report(row);
    results.push(row);
  }
  report(rootAfter);
  results.push({ ...rootAfter, role: "root", when: "after the views" });
  for (const url of urls.filter((url) => url !== "/")) {
    const row = await measureOne(url, servers);
    report(row);
    results.push(row);
  }
  return { root, rows: results };
}

async function loadTest(urls) {
  const results = {};
  for (const [server, base] of [
    ["next", NEXT_URL],
    ["static", STATIC_URL],
  ]) {
    log(
      `load test on ${server}: ${config.loadConnections} connections for ${config.loadDuration} s over ${urls.length} URLs…`,
    );
    const result = await cannon({
      url: base,
      connections: config.loadConnections,
      duration: config.loadDuration,
      requests: urls.map((url) => ({ method: "GET", path: url })),
    });
    results[server] = summarise(result);
    log(`load ${server}: ${JSON.stringify(results[server])}`);
  }
  return { connections: config.loadConnections, seconds: config.loadDuration, urls, ...results };
}

/* ---------- report ---------- */

const kb = (bytes) => (bytes / 1000).toFixed(1);
/** A figure for the table, or a dash where the run could not measure it. */
const shown = (value, render = String) => (value === null || value === undefined ? "–" : render(value));
const yesNo = (value) => (value === null ? "–" : value ? "yes" : "**no**");

function verdicts(results) {
  const list = [];
  for (const page of results.javascript.pages) {
    if (page.target !== null)
      list.push([`first-load JS on ${page.page} ≤ ${TARGETS.jsKb} kB`, page.gzip <= page.target]);
  }
  for (const entry of results.lighthouse.filter((row) => row.server === "next")) {
    list.push([
      `Lighthouse performance ≥ ${TARGETS.performance} on ${entry.page}`,
      entry.performance !== null && entry.performance >= TARGETS.performance,
    ]);
    list.push([
      `Lighthouse accessibility = ${TARGETS.accessibility} on ${entry.page}`,
      entry.accessibility !== null && entry.accessibility >= TARGETS.accessibility,
    ]);
    const bare = results.lighthouse.find((row) => row.server === "noscript" && row.page === entry.page);
    if (bare?.lcpMs)
      list.push([
        `LCP ≤ ${TARGETS.lcpVsNoScripts}× the HTML without scripts on ${entry.page}`,
        entry.lcpMs !== null && entry.lcpMs <= TARGETS.lcpVsNoScripts * bare.lcpMs,
      ]);
  }
  for (const row of results.throughput.rows) {
    if (row.role === "view") {
      list.push([`throughput ≥ ${TARGETS.viewThroughput}× / on ${row.url}`, row.vsRoot.rps >= TARGETS.viewThroughput]);
      list.push([`p99 ≤ ${TARGETS.viewP99}× / on ${row.url}`, row.vsRoot.p99 <= TARGETS.viewP99]);
    } else if (row.when !== "after the views") {
      list.push([
        `throughput ≥ ${TARGETS.throughputRatio}× static on ${row.url}`,
        row.ratio >= TARGETS.throughputRatio,
      ]);
    }
  }
  for (const page of results.serverHtml.filter((row) => row.chartPage))
    list.push([`charts and numbers in server HTML on ${page.page}`, page.ok]);
  const load = results.load.next;
  list.push(["no error or non-2xx under load", load.errors + load.non2xx + load.timeouts === 0]);
  return list;
}

function markdown(results) {
  const { machine: m } = results;
  const lines = [];
  lines.push(
    `Measured ${m.date.slice(0, 16).replace("T", " ")} UTC at commit \`${m.commit}\` on ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.chromium}; load average at start ${m.loadAverageAtStart.join(" / ")} (a shared machine: other builds may have been running).${results.config.quick ? " **A quick run** (`--quick`): short measurements and fewer Lighthouse runs, for development only." : ""}`,
  );
  lines.push("");
  const verdictList = verdicts(results);
  const passed = verdictList.filter(([, ok]) => ok).length;
  lines.push(
    `**Targets: ${passed} of ${verdictList.length} met.**${
      verdictList.some(([, ok]) => !ok)
        ? " Not met: " +
          verdictList
            .filter(([, ok]) => !ok)
            .map(([name]) => name)
            .join("; ") +
          "."
        : ""
    }`,
  );
  if (results.absentPages.length > 0)
    lines.push("", `Pages not measured because they answer 404 in this build: ${results.absentPages.join(", ")}.`);
  lines.push(
    "",
    `First-load JavaScript (gzip, kB = 1,000 bytes; target ≤ ${TARGETS.jsKb} kB on ${TARGETS.jsPages.join(" and ")}):`,
    "",
  );
  lines.push(
    "| route | scripts | gzip kB | of which beyond the shared chunks | raw kB |",
    "| --- | ---: | ---: | ---: | ---: |",
  );
  const js = results.javascript;
  lines.push(
    `| *baseline: framework alone* | ${js.baseline.files} | ${kb(js.baseline.gzip)} | – | ${kb(js.baseline.raw)} |`,
  );
  lines.push(`| *shared by every page* | ${js.shared.files} | ${kb(js.shared.gzip)} | – | ${kb(js.shared.raw)} |`);
  for (const page of js.pages)
    lines.push(`| \`${page.page}\` | ${page.files} | ${kb(page.gzip)} | ${kb(page.ownGzip)} | ${kb(page.raw)} |`);
  lines.push(
    "",
    "What each page sends (kB, gzip in brackets): the HTML; the same HTML without its scripts (what a reader without JavaScript gets, the baseline); the React Server Components payload the HTML carries inline, and the one the router fetches on a client-side navigation; of the payload, the props of client components (the rest is the server-rendered tree React needs to hydrate); and how many times one chart point's id is written in the markup and in the payload:",
    "",
  );
  lines.push(
    "| page | HTML | *without scripts* | payload in HTML | payload on navigation | client props | largest client props | point id: markup / payload |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
  );
  const both = (raw, zipped) => (raw === null ? "–" : `${kb(raw)} (${kb(zipped)})`);
  for (const row of results.weight) {
    const largest = row.clientProps
      .slice(0, 2)
      .map((entry) => `${entry.component} ${kb(entry.bytes)}`)
      .join(", ");
    lines.push(
      `| \`${row.page}\` | ${both(row.htmlBytes, row.htmlGzip)} | ${both(row.markupBytes, row.markupGzip)} | ${both(row.inlinePayloadBytes, row.inlinePayloadGzip)} | ${both(row.navigationPayloadBytes, row.navigationPayloadGzip)} | ${kb(row.clientPropsBytes)} | ${largest || "–"} | ${row.pointIdInMarkup === null ? "–" : `${round(row.pointIdInMarkup, 1)} / ${round(row.pointIdInPayload, 1)}`} |`,
    );
  }
  if (results.lighthouse.length > 0) {
    lines.push(
      "",
      `Lighthouse 12.2.3, mobile (simulated throttling${results.config.lighthouseRuns > 1 ? `, median of ${results.config.lighthouseRuns} runs` : ", one run"}), the production server vs the same HTML from the static server, and vs that HTML without its scripts (the zero-JavaScript limit; targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, LCP ≤ ${TARGETS.lcpVsNoScripts}× the one without scripts):`,
      "",
    );
    lines.push(
      "| page | server | performance | accessibility | best practices | SEO | LCP | TBT | CLS |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const row of results.lighthouse) {
      lines.push(
        `| \`${row.page}\` | ${{ next: "Next", static: "*static*", noscript: "*static, no scripts*" }[row.server]} | ${shown(row.performance)} | ${shown(row.accessibility)} | ${shown(row.bestPractices)} | ${shown(row.seo)} | ${shown(row.lcpMs, (ms) => `${(ms / 1000).toFixed(2)} s`)} | ${shown(row.tbtMs, (ms) => `${ms} ms`)} | ${shown(row.cls)} |`,
      );
    }
  }
  lines.push(
    "",
    `Throughput, ${results.config.connections} connections for ${results.config.duration} s each, the same URL again and again (targets: ≥ ${TARGETS.throughputRatio}× the static server on \`/\` and the CSV; each view of /trade and /timeline ≥ ${TARGETS.viewThroughput}× the requests/s of \`/\` and a p99 ≤ ${TARGETS.viewP99}× that of \`/\`, against the mean of \`/\` measured before and after the views). CPU is the production server's per request:`,
    "",
  );
  lines.push(
    "| URL | Next req/s | Next p99 | Next CPU/request | static req/s | static p99 | vs static | vs `/` req/s | vs `/` p99 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const row of results.throughput.rows) {
    const label = row.role === "root" ? `\`${row.url}\` (${row.when})` : `\`${row.url}\``;
    lines.push(
      `| ${label} | ${row.next.rps} | ${row.next.p99Ms} ms | ${shown(row.next.cpuMsPerRequest, (ms) => `${ms} ms`)} | ${row.static.rps} | ${row.static.p99Ms} ms | ${row.ratio}× | ${row.vsRoot ? `${row.vsRoot.rps}×` : "–"} | ${row.vsRoot ? `${row.vsRoot.p99}×` : "–"} |`,
    );
  }
  lines.push("", "Charts in the server HTML (no JavaScript) vs the page rendered with JavaScript:", "");
  lines.push(
    "| page | charts: HTML / JS | points: HTML / JS | chart numbers missing from HTML | a known number in the raw HTML | ok |",
    "| --- | ---: | ---: | ---: | --- | --- |",
  );
  for (const row of results.serverHtml) {
    lines.push(
      `| \`${row.page}\` | ${row.serverHtml.charts} / ${row.withJs.charts} | ${row.serverHtml.points} / ${row.withJs.points} | ${row.chartPage ? row.missingNumbers.length : "–"} | ${row.knownNumber === null ? "–" : `${row.knownNumber}: ${yesNo(row.knownNumberInRawHtml)}`} | ${row.chartPage ? yesNo(row.ok) : "no chart"} |`,
    );
  }
  const load = results.load;
  lines.push(
    "",
    `Load test on loopback: ${load.connections} connections for ${load.seconds} s, cycling through ${load.urls.length} URLs (target: 0 errors, 0 non-2xx):`,
    "",
  );
  lines.push(
    "| server | requests | req/s | p50 | p99 | non-2xx | errors | timeouts |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const [name, row] of [
    ["Next", load.next],
    ["*static*", load.static],
  ]) {
    lines.push(
      `| ${name} | ${row.requests} | ${row.rps} | ${row.p50Ms} ms | ${row.p99Ms} ms | ${row.non2xx} | ${row.errors} | ${row.timeouts} |`,
    );
  }
  return lines.join("\n") + "\n";
}

function updateReadme(table) {
  const file = path.join(ROOT, "README.md");
  const text = readFileSync(file, "utf8");
  const start = "<!-- bench-results:start -->";
  const end = "<!-- bench-results:end -->";
  if (!text.includes(start) || !text.includes(end)) throw new Error(`README.md has no ${start} … ${end} section`);
  writeFileSync(
    file,
    text.slice(0, text.indexOf(start) + start.length) + "\n\n" + table + "\n" + text.slice(text.indexOf(end)),
  );
  log("README.md updated");
}

/* ---------- main ---------- */

async function main() {
  const started = Date.now();
  mkdirSync(WORK, { recursive: true });
  const results = { machine: machine(), config };
  if (config.build) build();

  const next = await startProcess(
    [NEXT_BIN, "start", "-p", String(config.port), "-H", "127.0.0.1"],
    `${NEXT_URL}/`,
    "production server",
  );
  const present = [];
  const absent = [];
  for (const page of config.pages) {
    const { status } = await fetchBytes(NEXT_URL + page);
    (status === 200 ? present : absent).push(page);
  }
  results.absentPages = absent;
  log(`pages: ${present.join(" ")}${absent.length > 0 ? `; absent (404): ${absent.join(" ")}` : ""}`);

  const apiUrls = [
    "/api/datasets",
    "/api/datasets/trade",
    "/api/datasets/trade?format=csv",
    "/api/datasets/events?format=csv",
  ];
  const snapshot = await saveSnapshot(present, absent, [...apiUrls, ...VIEW_URLS]);
  const staticServer = await startProcess(
    [path.join(ROOT, "bench", "static-server.mjs"), "--port", String(config.staticPort), "--snapshot", snapshot.dir],
    `${STATIC_URL}/`,
    "static baseline",
  );
  const noScriptServer = await startProcess(
    [
      path.join(ROOT, "bench", "static-server.mjs"),
      "--port",
      String(config.noScriptPort),
      "--snapshot",
      snapshot.dir,
      "--strip-scripts",
    ],
    `${NOSCRIPT_URL}/`,
    "static baseline without scripts",
  );

  results.weight = present.map((page) => ({ page, ...pageWeight(snapshot.html[page], snapshot.payload[page]) }));
  for (const row of results.weight)
    log(
      `weight ${row.page}: HTML ${kb(row.htmlGzip)} kB gzip, without scripts ${kb(row.markupGzip)} kB, ` +
        `payload ${kb(row.inlinePayloadGzip)} kB, client props ${kb(row.clientPropsBytes)} kB raw` +
        (row.chartPoints > 0
          ? `; a chart point's id is written ${row.pointIdInMarkup} times in the markup, ${row.pointIdInPayload} in the payload`
          : ""),
    );

  results.javascript = measureJavaScript(snapshot.html);
  for (const page of results.javascript.pages)
    log(`first-load JS ${page.page}: ${kb(page.gzip)} kB gzip (${page.files} scripts)`);
  log(`framework baseline: ${kb(results.javascript.baseline.gzip)} kB gzip`);

  results.serverHtml = await checkServerHtml(present, snapshot.html);
  for (const row of results.serverHtml) log(`server HTML ${row.page}: ${JSON.stringify(row)}`);

  const lighthousePages = (config.lighthousePages ?? present).filter((page) => present.includes(page));
  results.lighthouse = config.lighthouse ? await runLighthouse(lighthousePages) : [];

  results.throughput = await measureThroughput(
    THROUGHPUT_URLS.filter((url) => !absent.includes(url)),
    VIEW_URLS.filter((url) => !absent.includes(new URL(url, NEXT_URL).pathname)),
    { next: next.pid, static: staticServer.pid },
  );

  const assets = [...new Set(Object.values(snapshot.html).flatMap(scriptSources))].slice(0, 2);
  results.load = await loadTest([...present, ...apiUrls, ...assets]);

  await stopProcess(noScriptServer);
  await stopProcess(staticServer);
  await stopProcess(next);
  results.machine.loadAverageAtEnd = os.loadavg().map((value) => round(value, 2));
  results.seconds = round((Date.now() - started) / 1000);

  // Written as Prettier would, so the checked-in results pass `prettier --check`.
  const style = (await resolveConfig(path.join(ROOT, "bench", "results.md"))) ?? {};
  const table = await format(markdown(results), { ...style, parser: "markdown" });
  writeFileSync(
    path.join(ROOT, "bench", "results.json"),
    await format(JSON.stringify(results), { ...style, parser: "json" }),
  );
  writeFileSync(path.join(ROOT, "bench", "results.md"), table);
  if (flags.readme) updateReadme(table);
  console.log("\n" + table);
  log(`done in ${results.seconds} s; bench/results.json and bench/results.md written`);
}

main().catch((error) => {
  console.error(error);
  stopChildren();
  process.exit(1);
});
