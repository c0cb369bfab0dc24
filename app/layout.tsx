import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteTop } from "@/components/shell/site-top";
import { SITE } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE.url),
  title: { default: SITE.name, template: `%s · ${SITE.shortName}` },
  description: SITE.tagline,
  // No title or description here: Next fills og:title, og:description and the
  // Twitter card from each page's own metadata, so every page shares as itself.
  openGraph: { siteName: SITE.name, type: "website", locale: "en_GB" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f6f4" },
    { media: "(prefers-color-scheme: dark)", color: "#1a201d" },
  ],
};

/*
 * The header and footer are parallel route slots rather than plain components,
 * so that the embed pages under /embed, which other sites frame, can leave them
 * out: each slot's default.tsx draws the site's chrome, and its embed/ page
 * draws nothing. Moving every other page into a route group with its own
 * layout would do the same, at the cost of moving every page. The not-found
 * page is rendered without the slots, so it gets the chrome directly.
 */
export default function RootLayout({
  children,
  header,
  footer,
}: {
  children: ReactNode;
  header?: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <html lang="en-GB">
      <body>
        {header ?? <SiteTop />}
        <main id="main">{children}</main>
        {footer ?? <SiteFooter />}
      </body>
    </html>
  );
}
