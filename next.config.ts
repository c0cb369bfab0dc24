import type { NextConfig } from "next";
import { VIEW_HEADER } from "./lib/view-header";

const isDev = process.env.NODE_ENV === "development";

/*
 * The start of a path that is not an English page: a language prefix, the
 * data API, Next's own files, or a file at the root (the icon, the Open Graph
 * image, anything with an extension).
 */
const NOT_A_PAGE = "(?:en|ur|ru|api|_next|opengraph-image[^/]*)(?:/|$)|[^/]*\\.[A-Za-z0-9]+$";

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
   * No ETag: Next computes it by hashing the whole page in JavaScript on every
   * request, which was most of the CPU a cached /trade view cost (measured with
   * a CPU profile). Every page's Cache-Control lets a CDN keep it, and a CDN
   * validates its own copies.
   */
  generateEtags: false,
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
   * Languages: every page lives under app/[lang]. English keeps today's
   * addresses, so "/trade" is read as "/en/trade" (and "/en/trade" itself
   * redirects to "/trade": one address per page); Urdu and Russian pages are
   * under /ur and /ru as they are. The data API, Next's files and the files at
   * the root (the icon, the Open Graph image) are the same in every language.
   *
   * /trade and /timeline, in each language, are served from their cached views
   * when proxy.ts has named one (the header's value is the view's path
   * segment, in base64url). Those rules come first and lead to an address
   * under a language, which the English rule below leaves alone.
   */
  async redirects() {
    return [
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async rewrites() {
    const view = { type: "header" as const, key: VIEW_HEADER, value: "(?<view>[A-Za-z0-9_-]+)" };
    return {
      beforeFiles: [
        ...["trade", "timeline"].flatMap((page) => [
          { source: `/${page}`, has: [view], destination: `/en/${page}/view/:view` },
          { source: `/:lang(ur|ru)/${page}`, has: [view], destination: `/:lang/${page}/view/:view` },
        ]),
        { source: "/", destination: "/en" },
        { source: `/:path((?!${NOT_A_PAGE}).+)`, destination: "/en/:path" },
      ],
    };
  },
  async headers() {
    return [
      // Every path but the embed pages, in any language.
      { source: "/:path((?!(?:(?:ur|ru)/)?embed(?:/|$)).*)", headers: securityHeaders },
      { source: "/embed/:path*", headers: embedHeaders },
      { source: "/:lang(ur|ru)/embed/:path*", headers: embedHeaders },
    ];
  },
};

export default nextConfig;
