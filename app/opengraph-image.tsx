import { ImageResponse } from "next/og";
import { getDataVersion } from "@/lib/data";
import { NAV_ITEMS, SITE } from "@/lib/site";

/*
 * The picture shown when any page of the site is shared. It is prerendered at
 * build time (no request data is read), so serving it costs a file read. Every
 * page inherits it; each page's own title and description go into its
 * og:title and og:description through its metadata.
 */

export const alt = `${SITE.name}: ${SITE.tagline}`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function OpenGraphImage() {
  const version = getDataVersion();
  const sections = NAV_ITEMS.filter((item) => item.href !== "/").map((item) => item.label);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "#f5f6f4",
        color: "#1d2421",
        borderTop: "16px solid #0b6e4f",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: 76, lineHeight: 1.1, color: "#0b6e4f" }}>{SITE.name}</div>
        <div style={{ fontSize: 38, lineHeight: 1.3, maxWidth: 960 }}>{SITE.tagline}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 14, fontSize: 28, color: "#56615c" }}>
        <div style={{ display: "flex" }}>{sections.join("  ·  ")}</div>
        <div style={{ display: "flex" }}>{`${version.rowCount} sourced rows · data version ${version.id}`}</div>
      </div>
    </div>,
    size,
  );
}
