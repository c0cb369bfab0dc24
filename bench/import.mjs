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
//
// Then the same for an .xlsx workbook of about 50 MB (one long sheet: years, countries,
// flows, products and values, texts as shared strings), against a bare read by the
// libraries themselves:
//   xlsx-bare    fflate's unzipSync of the whole archive, then saxes over every sheet,
//                counting rows (what reading with the libraries alone costs);
//   xlsx-import  importCsv on the workbook's bytes (ZIP directory, inflating part by part
//                under the limits, sheet scanning, the table pipeline and series).
// Targets: xlsx-import at least as fast as the bare read, peak memory at most 4× the file
// (a ZIP is read from its directory at the end, so the workbook itself is held: 1× of it).
// --xlsx-rounds sets its rounds (default 3), --no-csv or --no-xlsx skips a part;
// --write-workbook PATH only writes the workbook.

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
import { createDeflateRaw, crc32 } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const workDir = join(root, "bench", ".work");
const compiledImport = join(workDir, "lib", "import");
const MEGABYTE = 1024 * 1024;
const MODES = ["papaparse", "import", "http"];
const XLSX_MODES = ["xlsx-bare", "xlsx-import"];

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

// ---------------------------------------------------------------- generate the workbook

function xmlEscape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function columnName(index) {
  let name = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** Deflates a sequence of strings into one ZIP entry, with its CRC and sizes. */
async function deflateEntry(pieces) {
  const deflate = createDeflateRaw({ level: 6 });
  const chunks = [];
  deflate.on("data", (chunk) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, "utf8");
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(chunks), crc, size };
}

/** Writes a ZIP of already deflated entries: local headers, data, central directory, end record. */
function writeZip(path, entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, entry.data);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(entry.crc >>> 0, 16);
    record.writeUInt32LE(entry.data.length, 20);
    record.writeUInt32LE(entry.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...parts, directory, end]));
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

async function generateWorkbook(path, targetBytes) {
  const strings = [];
  const stringIndex = new Map();
  const shared = (text) => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };
  const header = ["Year", "Reporter", "Reporter ISO", "Partner", "Partner ISO", "Flow", "Product", "Value (US$)"];
  const random = createRandom(7);
  let rows = 0;
  // Deflate ratio is about 8.4 for this sheet; the sheet is written until its estimate passes the target.
  const estimatedRatio = 8.4;
  function* sheet() {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`;
    let row = 1;
    let written = 0;
    const cells = (values) =>
      values
        .map(([kind, value], column) => {
          const ref = `${columnName(column)}${row}`;
          return kind === "s" ? `<c r="${ref}" t="s"><v>${shared(value)}</v></c>` : `<c r="${ref}"><v>${value}</v></c>`;
        })
        .join("");
    yield `<row r="1">${cells(header.map((name) => ["s", name]))}</row>`;
    for (;;) {
      for (const reporter of COUNTRIES) {
        for (const partner of COUNTRIES) {
          for (const [, flowDesc] of FLOWS) {
            for (const [cmdCode, cmdDesc] of PRODUCTS) {
              for (let year = 1995; year <= 2023; year++) {
                row++;
                const line = `<row r="${row}">${cells([
                  ["n", year],
                  ["s", reporter[2]],
                  ["s", reporter[1]],
                  ["s", partner[2]],
                  ["s", partner[1]],
                  ["s", flowDesc],
                  ["s", `${cmdCode} ${cmdDesc}`],
                  ["n", Math.round(random() * 1e9)],
                ])}</row>`;
                written += line.length;
                rows++;
                yield line;
                if (written / estimatedRatio > targetBytes) {
                  yield "</sheetData></worksheet>";
                  return;
                }
              }
            }
          }
        }
      }
      // Another pass over the same combinations would repeat series: later passes use new products.
      PRODUCTS.push([`${PRODUCTS.length * 7}`, `Product group ${PRODUCTS.length}`, "2"]);
    }
  }
  const sheetEntry = await deflateEntry(sheet());
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t>${xmlEscape(text)}</t></si>`).join("")}</sst>`;
  const small = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_NS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Trade" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_NS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
  const entries = [];
  for (const [name, text] of Object.entries(small)) entries.push({ name, ...(await deflateEntry([text])) });
  // Excel writes the sheets before the shared strings, which is why a reader cannot stream the archive in order.
  entries.push({ name: "xl/worksheets/sheet1.xml", ...sheetEntry });
  entries.push({ name: "xl/sharedStrings.xml", ...(await deflateEntry([sst])) });
  writeZip(path, entries);
  return { rows: rows, bytes: statSync(path).size, xmlBytes: sheetEntry.size };
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
  } else if (mode === "xlsx-bare") {
    const { unzipSync } = await import("fflate");
    const { SaxesParser } = await import("saxes");
    const files = unzipSync(readFileSync(file));
    const decoder = new TextDecoder();
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.startsWith("xl/worksheets/")) continue;
      const parser = new SaxesParser({ position: false });
      parser.on("opentag", (tag) => {
        if (tag.name === "row") rows++;
      });
      for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
        parser.write(decoder.decode(bytes.subarray(offset, offset + 64 * 1024), { stream: true }));
      }
      parser.close();
    }
    rows -= 1; // the header
  } else if (mode === "xlsx-import") {
    // The parse-time limit is lifted so that a busy machine measures the time instead of
    // failing; the report says whether the time is within the limit.
    const outcome = await importCsv(readFileSync(file), "bench.xlsx", {
      limits: { maxParseMs: 600_000 },
    });
    if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.body).slice(0, 500)}`);
    rows = outcome.result.reading.dataRows;
    series = outcome.result.series.length;
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

async function measureRounds(modes, file, rounds) {
  const runs = Object.fromEntries(modes.map((mode) => [mode, []]));
  for (let round = 0; round < rounds; round++) {
    // The order rotates so that no path always runs first (or after the same one).
    const order = modes.map((_, index) => modes[(index + round) % modes.length]);
    for (const mode of order) runs[mode].push(await measure(mode, file));
  }
  return Object.fromEntries(
    modes.map((mode) => {
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
}

async function benchWorkbook(dir, megabytes) {
  const rounds = Math.max(1, option("xlsx-rounds", 3));
  const file = join(dir, "TradeData.xlsx");
  const { rows, bytes, xmlBytes } = await generateWorkbook(file, megabytes * 1_000_000);
  console.log(
    `\nFile: workbook of one long sheet, ${formatMb(bytes)} (${bytes.toLocaleString("en-US")} bytes; the sheet inflates to ${formatMb(xmlBytes)} of XML), ${rows.toLocaleString("en-US")} data rows; ${rounds} rounds, median shown.\n`,
  );
  const summary = await measureRounds(XLSX_MODES, file, rounds);
  const base = summary["xlsx-bare"];
  const table = [
    [
      "path",
      "time",
      "rows/s",
      "speed vs bare read",
      "CPU time",
      "peak RSS",
      "RSS above start",
      "÷ file size",
      "peak heap",
      "series",
    ],
  ];
  for (const mode of XLSX_MODES) {
    const result = summary[mode];
    table.push([
      mode,
      `${(result.ms / 1000).toFixed(2)} s`,
      Math.round(result.rows / (result.ms / 1000)).toLocaleString("en-US"),
      `${(base.ms / result.ms).toFixed(2)}×`,
      `${(result.cpuMs / 1000).toFixed(2)} s`,
      formatMb(result.peakRss),
      formatMb(result.rssAbove),
      `${(result.rssAbove / bytes).toFixed(2)}×`,
      formatMb(result.peakHeap),
      mode === "xlsx-bare" ? "–" : result.series.toLocaleString("en-US"),
    ]);
  }
  printTable(table);
  const speed = base.ms / summary["xlsx-import"].ms;
  const memory = summary["xlsx-import"].rssAbove / bytes;
  console.log("");
  console.log(`Target speed  ≥ 1× the bare read: xlsx-import ${speed.toFixed(2)}× — ${speed >= 1 ? "met" : "NOT met"}`);
  const seconds = summary["xlsx-import"].ms / 1000;
  console.log(
    `Parse-time limit 20 s:           xlsx-import ${seconds.toFixed(1)} s wall, ${(summary["xlsx-import"].cpuMs / 1000).toFixed(1)} s CPU — ${seconds <= 20 ? "within" : "NOT within"}`,
  );
  console.log(
    `Target memory ≤ 4× file size:    xlsx-import ${memory.toFixed(2)}× (peak RSS above start, the file itself included; the bare read ${(base.rssAbove / bytes).toFixed(2)}×) — ${memory <= 4 ? "met" : "NOT met"}`,
  );
  if (summary["xlsx-import"].rows !== base.rows) {
    console.log(`Row counts differ: bare read ${base.rows}, xlsx-import ${summary["xlsx-import"].rows}`);
    process.exitCode = 1;
  }
}

async function main() {
  const rounds = Math.max(1, option("rounds", 5));
  const megabytes = option("megabytes", 50);
  await compileImportLibrary();
  const dir = await mkdtemp(join(tmpdir(), "import-bench-"));
  try {
    if (!process.argv.includes("--no-csv")) await benchCsv(dir, megabytes, rounds);
    if (!process.argv.includes("--no-xlsx")) await benchWorkbook(dir, megabytes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchCsv(dir, megabytes, rounds) {
  {
    const file = join(dir, "TradeData.csv");
    // Decimal megabytes, so the file stays inside the importer's 50 MB (binary) limit.
    const { rows, bytes } = await generateCsv(file, megabytes * 1_000_000);
    console.log(
      `File: Comtrade+-style CSV, ${formatMb(bytes)} (${bytes.toLocaleString("en-US")} bytes), ${rows.toLocaleString("en-US")} data rows; ${rounds} rounds, median shown.\n`,
    );

    const summary = await measureRounds(MODES, file, rounds);
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
  }
}

if (process.argv[2] === "--write-workbook") {
  // Writes the benchmark's workbook and stops, to look at it or to profile with it.
  generateWorkbook(process.argv[3], option("megabytes", 50) * 1_000_000).then((info) => console.log(info));
} else if (process.argv[2] === "--child") {
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
