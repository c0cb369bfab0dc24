// The benchmark's baseline: a static file server that answers with responses
// saved from the production server (same status, headers and bytes) and with
// the build's /_next/static files, all held in memory and gzipped once at start
// for clients that accept gzip, as a CDN or static host would. It computes
// nothing per request, so it marks the ceiling a Node server can reach on this
// machine.
//
// With --strip-scripts every saved HTML page is served without its <script>
// elements and script preloads: the zero-JavaScript limit of the same page.
//
//   node bench/static-server.mjs --port 3301 --snapshot bench/.work/snapshot [--strip-scripts]
//
// The snapshot folder holds index.json ({ key, status, headers, file }[]) and
// the body files, written by bench/run.mjs. A key is the path and query, plus
// "|rsc" or "|rsc:<segment>" for the router's payload requests, whose `_rsc`
// cache-busting parameter is ignored.
import { readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { stripScripts } from "./payload.mjs";
import { snapshotKey } from "./snapshot-key.mjs";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, index, all) => {
    if (!arg.startsWith("--")) return pairs;
    const value = all[index + 1];
    pairs.push([arg.slice(2), value === undefined || value.startsWith("--") ? true : value]);
    return pairs;
  }, []),
);
const strip = args["strip-scripts"] === true;
const port = Number(args.port ?? 3301);
const snapshotDir = args.snapshot ?? "bench/.work/snapshot";
const staticDir = args.static ?? ".next/static";

const TYPES = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = /^(text\/|application\/(javascript|json)|image\/svg)/;

/** A response held in memory, with its gzipped twin when compressing pays. */
function entry(status, headers, body) {
  const type = headers["content-type"] ?? "";
  const gzip = COMPRESSIBLE.test(type) && body.length > 256 ? gzipSync(body) : undefined;
  return { status, headers, body, gzip };
}

const responses = new Map();
const index = JSON.parse(readFileSync(path.join(snapshotDir, "index.json"), "utf8"));
for (const saved of index) {
  let body = readFileSync(path.join(snapshotDir, saved.file));
  if (strip && (saved.headers["content-type"] ?? "").startsWith("text/html")) {
    body = Buffer.from(stripScripts(body.toString("utf8")));
  }
  responses.set(saved.key, entry(saved.status, saved.headers, body));
}

const assets = new Map();
function loadAssets(dir, prefix) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      loadAssets(full, `${prefix}/${name}`);
      continue;
    }
    const headers = {
      "content-type": TYPES[path.extname(name)] ?? "application/octet-stream",
      "cache-control": "public, max-age=31536000, immutable",
    };
    assets.set(`${prefix}/${name}`, entry(200, headers, readFileSync(full)));
  }
}
loadAssets(staticDir, "/_next/static");

const notFound = entry(404, { "content-type": "text/plain; charset=utf-8" }, Buffer.from("Not found\n"));

const server = http.createServer((request, response) => {
  const url = request.url ?? "/";
  const found =
    (url.startsWith("/_next/static/") ? assets.get(url.split("?")[0]) : undefined) ??
    responses.get(snapshotKey(url, request.headers)) ??
    notFound;
  const useGzip = found.gzip !== undefined && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  const body = useGzip ? found.gzip : found.body;
  response.writeHead(found.status, {
    ...found.headers,
    ...(useGzip ? { "content-encoding": "gzip", vary: "Accept-Encoding" } : {}),
    "content-length": body.length,
  });
  response.end(request.method === "HEAD" ? undefined : body);
});
server.keepAliveTimeout = 5000;
server.listen(port, "127.0.0.1", () => {
  console.log(
    `static baseline${strip ? " without scripts" : ""} on http://127.0.0.1:${port}: ${responses.size} saved responses, ${assets.size} assets`,
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
