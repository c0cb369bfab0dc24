/** Names and addresses shared by the shell, metadata and citations. */
export const SITE = {
  name: "Pakistan–Russia Economic Relations",
  shortName: "PK–RU evidence",
  tagline: "Trade, aid and project financing, with the evidence behind every figure",
  /** Used for absolute links in metadata and citations; override with SITE_URL when deployed. */
  url: process.env.SITE_URL ?? "http://localhost:3000",
} as const;

export const NAV_ITEMS = [
  { href: "/", label: "Overview" },
  { href: "/trade", label: "Trade" },
  { href: "/financing", label: "Financing" },
  { href: "/timeline", label: "Timeline" },
  { href: "/claims", label: "Claim check" },
  { href: "/sources", label: "Sources" },
  { href: "/import", label: "Import" },
] as const;
