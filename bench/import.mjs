// Benchmark of the CSV import path against bare papaparse on the same file.
//
//   node bench/import.mjs [--rounds 5] [--megabytes 50]
//
// It compiles lib/import with the TypeScript compiler into bench/.work (git-ignored), writes
// a Comtrade+-style CSV of about 50 MB into a temporary directory, and parses it in fresh
// child processes, so that each run's peak memory is its own:
//   papaparse  Papa.parse over a file stream, counting rows in its chunk callback;
//   import     importCsv over a byte stream of the file (decode, sniff, parse, numbers, series);
//   http       the POST /api/import handler on a streamed Request, including the JSON answer.
// It prints the median wall time, rows per second, CPU time, peak RSS above the process's
// starting RSS and peak heap, with ratios to papaparse and the targets: speed at least 0.8×
// papaparse, peak memory at most 3× the file size. CPU time is shown because wall time
// swings on a busy machine; the order of the paths rotates between rounds for the same
// reason. The CSV is deleted afterwards.

import { fork } from "node:child_process";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const workDir = join(root, "bench", ".work");
const compiledImport = join(workDir, "lib", "import");
const MEGABYTE = 1024 * 1024;
const MODES = ["papaparse", "import", "http"];

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

// ---------------------------------------------------------------- compile lib/import

function listSources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

// Node's ESM loader needs file extensions; the sources import "./numbers" and "./formats".
function withExtension(specifier, fromFile) {
  const target = join(dirname(fromFile), specifier);
  if (existsSync(target) && statSync(target).isDirectory()) return `${specifier}/index.js`;
  return `${specifier}.js`;
}

async function compileImportLibrary() {
  const { default: ts } = await import("typescript");
  const sourceRoot = join(root, "lib", "import");
  for (const file of listSources(sourceRoot)) {
    const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    });
    const rewritten = outputText.replace(
      /(from\s+["'])(\.{1,2}\/[^"']+)(["'])/g,
      (_, before, specifier, after) => `${before}${withExtension(specifier, file)}${after}`,
    );
    const output = join(compiledImport, relative(sourceRoot, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, rewritten);
  }
}

// ---------------------------------------------------------------- generate the CSV

const HEADER =
  "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

const COUNTRIES = [
  ["586", "PAK", "Pakistan"],
  ["643", "RUS", "Russian Federation"],
  ["156", "CHN", "China"],
  ["356", "IND", "India"],
  ["842", "USA", "United States of America"],
  ["276", "DEU", "Germany"],
  ["792", "TUR", "Türkiye"],
  ["784", "ARE", "United Arab Emirates"],
  ["682", "SAU", "Saudi Arabia"],
  ["364", "IRN", "Iran"],
  ["398", "KAZ", "Kazakhstan"],
  ["860", "UZB", "Uzbekistan"],
  ["50", "BGD", "Bangladesh"],
  ["144", "LKA", "Sri Lanka"],
  ["4", "AFG", "Afghanistan"],
  ["392", "JPN", "Japan"],
  ["410", "KOR", "Republic of Korea"],
  ["826", "GBR", "United Kingdom"],
  ["250", "FRA", "France"],
  ["380", "ITA", "Italy"],
];
const PRODUCTS = [
  ["TOTAL", "All Commodities", "0"],
  ["10", "Cereals", "2"],
  ["27", "Mineral fuels, mineral oils and products of their distillation", "2"],
  ["52", "Cotton", "2"],
  ["84", "Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof", "2"],
];
const FLOWS = [
  ["M", "Import"],
  ["X", "Export"],
];

function quoted(values) {
  return values.map((value) => (value === "" ? "" : `"${value}"`)).join(",");
}

// A deterministic pseudo-random sequence, so every run parses the same file.
function createRandom(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

async function generateCsv(path, targetBytes) {
  const out = createWriteStream(path);
  const random = createRandom(42);
  let batch = `${HEADER}\n`;
  let bytes = Buffer.byteLength(batch);
  let rows = 0;
  const flush = async () => {
    if (!out.write(batch)) await new Promise((resolve) => out.once("drain", resolve));
    batch = "";
  };
  outer: for (const reporter of COUNTRIES) {
    for (const partner of COUNTRIES) {
      for (const [flowCode, flowDesc] of FLOWS) {
        for (const [cmdCode, cmdDesc, aggrLevel] of PRODUCTS) {
          for (let year = 2014; year <= 2023; year++) {
            for (let month = 1; month <= 12; month++) {
              // About one month in fifty is missing, so some years are partial.
              if (random() < 0.02) continue;
              const period = `${year}${String(month).padStart(2, "0")}`;
              const value = String(Math.round(random() * 1e9));
              const fields = [
                "C",
                "M",
                `${period}01`,
                String(year),
                String(month),
                period,
                reporter[0],
                reporter[1],
                reporter[2],
                flowCode,
                flowDesc,
                partner[0],
                partner[1],
                partner[2],
                "0",
                "W00",
                "World",
                "H5",
                "HS",
                "true",
                cmdCode,
                cmdDesc,
                aggrLevel,
                cmdCode === "TOTAL" ? "false" : "true",
                "C00",
                "TOTAL CPC",
                "0",
                "0",
                "TOTAL MOT",
                "-1",
                "N/A",
                "0",
                "false",
                "-1",
                "N/A",
                "0",
                "false",
                String(Math.round(random() * 1e6)),
                "false",
                "0",
                "false",
                flowCode === "M" ? value : "",
                flowCode === "X" ? value : "",
                value,
                "4",
                "true",
                "false",
              ];
              const line = `${quoted(fields)},\n`;
              const lineBytes = Buffer.byteLength(line);
              if (bytes + lineBytes > targetBytes) break outer;
              batch += line;
              bytes += lineBytes;
              rows++;
              if (batch.length > MEGABYTE) await flush();
            }
          }
        }
      }
    }
  }
  await flush();
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return { rows, bytes: statSync(path).size };
}

// ---------------------------------------------------------------- one measured run (child)

async function runChild(mode, file) {
  const Papa = (await import("papaparse")).default;
  const { importCsv } = await import(pathToFileURL(join(compiledImport, "index.js")).href);
  const { handleImportRequest } = await import(pathToFileURL(join(compiledImport, "http.js")).href);

  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 5);

  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  let series = 0;
  if (mode === "papaparse") {
    await new Promise((resolve, reject) => {
      Papa.parse(createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 }), {
        chunk: (results) => {
          rows += results.data.length;
        },
        complete: resolve,
        error: reject,
      });
    });
    rows -= 1; // the header
  } else if (mode === "import") {
    const outcome = await importCsv(createReadStream(file, { highWaterMark: 64 * 1024 }), "bench.csv");
    if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.body).slice(0, 500)}`);
    rows = outcome.result.reading.dataRows;
    series = outcome.result.series.length;
  } else {
    const request = new Request("http://localhost/api/import?fileName=bench.csv", {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: Readable.toWeb(createReadStream(file, { highWaterMark: 64 * 1024 })),
      duplex: "half",
    });
    const response = await handleImportRequest(request);
    const body = await response.json();
    if (response.status !== 200)
      throw new Error(`http answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
    rows = body.reading.dataRows;
    series = body.series.length;
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  clearInterval(sampler);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  peakRss = Math.max(peakRss, maxRss);
  process.send({ mode, ms, cpuMs: (cpu.user + cpu.system) / 1000, rows, series, baselineRss, peakRss, peakHeap });
}

function measure(mode, file) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--child", mode, file], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result = null;
    child.on("message", (message) => {
      result = message;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 && result ? resolve(result) : reject(new Error(`${mode} run exited with ${code}`)),
    );
  });
}

// ---------------------------------------------------------------- report

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function formatMb(bytes) {
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => String(cell).padEnd(widths[column])).join("  "));
    if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
  }
}

async function main() {
  const rounds = Math.max(1, option("rounds", 5));
  const megabytes = option("megabytes", 50);
  await compileImportLibrary();
  const dir = await mkdtemp(join(tmpdir(), "import-bench-"));
  try {
    const file = join(dir, "TradeData.csv");
    // Decimal megabytes, so the file stays inside the importer's 50 MB (binary) limit.
    const { rows, bytes } = await generateCsv(file, megabytes * 1_000_000);
    console.log(
      `File: Comtrade+-style CSV, ${formatMb(bytes)} (${bytes.toLocaleString("en-US")} bytes), ${rows.toLocaleString("en-US")} data rows; ${rounds} rounds, median shown.\n`,
    );

    const runs = Object.fromEntries(MODES.map((mode) => [mode, []]));
    for (let round = 0; round < rounds; round++) {
      // The order rotates so that no path always runs first (or after the same one).
      const order = MODES.map((_, index) => MODES[(index + round) % MODES.length]);
      for (const mode of order) runs[mode].push(await measure(mode, file));
    }

    const summary = Object.fromEntries(
      MODES.map((mode) => {
        const list = runs[mode];
        return [
          mode,
          {
            ms: median(list.map((run) => run.ms)),
            cpuMs: median(list.map((run) => run.cpuMs)),
            rows: list[0].rows,
            series: list[0].series,
            rssAbove: median(list.map((run) => run.peakRss - run.baselineRss)),
            peakRss: median(list.map((run) => run.peakRss)),
            peakHeap: median(list.map((run) => run.peakHeap)),
          },
        ];
      }),
    );
    const base = summary.papaparse;
    const table = [
      [
        "path",
        "time",
        "rows/s",
        "speed vs papaparse",
        "CPU time",
        "CPU speed vs papaparse",
        "peak RSS",
        "RSS above start",
        "÷ file size",
        "peak heap",
        "series",
      ],
    ];
    for (const mode of MODES) {
      const result = summary[mode];
      const rowsPerSecond = result.rows / (result.ms / 1000);
      table.push([
        mode,
        `${(result.ms / 1000).toFixed(2)} s`,
        Math.round(rowsPerSecond).toLocaleString("en-US"),
        `${(base.ms / result.ms).toFixed(2)}×`,
        `${(result.cpuMs / 1000).toFixed(2)} s`,
        `${(base.cpuMs / result.cpuMs).toFixed(2)}×`,
        formatMb(result.peakRss),
        formatMb(result.rssAbove),
        `${(result.rssAbove / bytes).toFixed(2)}×`,
        formatMb(result.peakHeap),
        mode === "papaparse" ? "–" : result.series.toLocaleString("en-US"),
      ]);
    }
    printTable(table);

    const speed = base.ms / summary.import.ms;
    const cpuSpeed = base.cpuMs / summary.import.cpuMs;
    const memory = summary.import.rssAbove / bytes;
    console.log("");
    console.log(
      `Target speed  ≥ 0.8× papaparse: import ${speed.toFixed(2)}× by wall time, ${cpuSpeed.toFixed(2)}× by CPU time — ${speed >= 0.8 ? "met" : "NOT met"}`,
    );
    console.log(
      `Target memory ≤ 3× file size:   import ${memory.toFixed(2)}× (peak RSS above start) — ${memory <= 3 ? "met" : "NOT met"}`,
    );
    if (summary.import.rows !== base.rows) {
      console.log(`Row counts differ: papaparse ${base.rows}, import ${summary.import.rows}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  runChild(process.argv[3], process.argv[4]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
