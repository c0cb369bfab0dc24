import type { NextConfig } from "next";
import { VIEW_HEADER } from "./lib/cached-views";

const isDev = process.env.NODE_ENV === "development";

/*
 * One Content Security Policy for every response. Pages are prerendered, so a
 * per-request nonce is impossible without making every page dynamic; Next's
 * inline bootstrap scripts (the streamed RSC payload) therefore need
 * 'unsafe-inline' in script-src. Everything else is same-origin only: no
 * third-party script, style, font or connection is allowed. Inline style
 * attributes carry the chart series colours, hence 'unsafe-inline' for styles;
 * data: and blob: images are the chart's PNG and SVG downloads.
 *
 * upgrade-insecure-requests and HSTS are left to the TLS terminator in front of
 * the server: `npm run serve` answers plain HTTP, and either would break that.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Only features every current browser recognises: an unknown name is logged as a console error.
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self)",
  },
];

/*
 * The embed pages exist to be framed by other sites (a newspaper's story, a
 * blog), so they alone allow any ancestor, and send no X-Frame-Options: it has
 * no value that allows every origin. Their policy is otherwise the same.
 */
const embedHeaders = securityHeaders
  .filter((header) => header.key !== "X-Frame-Options")
  .map((header) =>
    header.key === "Content-Security-Policy"
      ? { ...header, value: header.value.replace("frame-ancestors 'none'", "frame-ancestors *") }
      : header,
  );

const nextConfig: NextConfig = {
  poweredByHeader: false,
  /*
   * Views of /trade and /timeline rendered on first request (see proxy.ts) stay
   * in the server's memory cache only, an LRU of at most this many bytes, and
   * are never written to disk: however many addresses a crawler tries, the
   * cache cannot grow past it, and an evicted view is simply rendered again.
   * Pages prerendered by the build are files of the build and are unaffected.
   */
  cacheMaxMemorySize: 64 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  /*
   * /trade and /timeline are served from their cached views when proxy.ts has
   * named one (the header's value is the view's path segment, in base64url).
   */
  async rewrites() {
    return {
      beforeFiles: ["/trade", "/timeline"].map((source) => ({
        source,
        has: [{ type: "header" as const, key: VIEW_HEADER, value: "(?<view>[A-Za-z0-9_-]+)" }],
        destination: `${source}/view/:view`,
      })),
    };
  },
  async headers() {
    return [
      // Every path but /embed and the pages under it.
      { source: "/:path((?!embed(?:/|$)).*)", headers: securityHeaders },
      { source: "/embed/:path*", headers: embedHeaders },
    ];
  },
};

export default nextConfig;
