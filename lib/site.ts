/** Names and addresses shared by the shell, metadata and citations. */
export const SITE = {
  name: "Pakistan–Russia Economic Relations",
  shortName: "PK–RU evidence",
  tagline: "Trade, aid and project financing, with the evidence behind every figure",
  /** Used for absolute links in metadata and citations; override with SITE_URL when deployed. */
  url: process.env.SITE_URL ?? "http://localhost:3000",
} as const;

export const NAV_ITEMS = [
  { href: "/", key: "home", label: "Overview" },
  { href: "/trade", key: "trade", label: "Trade" },
  { href: "/financing", key: "financing", label: "Financing" },
  { href: "/timeline", key: "timeline", label: "Timeline" },
  { href: "/claims", key: "claims", label: "Claim check" },
  { href: "/sources", key: "sources", label: "Sources" },
  { href: "/import", key: "import", label: "Import" },
] as const;
