import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DrawnWordsProvider } from "@/components/shell/drawn-words-provider";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteTop } from "@/components/shell/site-top";
import { getT, HTML_LANG, isLocale, LOCALES, textDirection } from "@/lib/i18n";
import { drawnWordsOf } from "@/lib/i18n/drawn-words";
import { SITE } from "@/lib/site";
import "@fontsource/noto-nastaliq-urdu/arabic-400.css";
import "../globals.css";

/*
 * Every language is prerendered. Any other first segment is not a language and
 * is a 404 (the layout refuses it below); `dynamicParams = false` would say so
 * too, but it would also hold for the pages below, and the cached views of
 * /trade are rendered on their first request.
 */
export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

type Params = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getT(lang);
  return {
    metadataBase: new URL(SITE.url),
    title: { default: t("common.site.name"), template: `%s · ${t("common.site.shortName")}` },
    description: t("common.site.tagline"),
    // No title or description here: Next fills og:title, og:description and the
    // Twitter card from each page's own metadata, so every page shares as itself.
    // The image is the one app/opengraph-image.tsx draws; an openGraph object here replaces the one Next
    // would fill from that file, so it is named again.
    openGraph: {
      siteName: t("common.site.name"),
      type: "website",
      locale: HTML_LANG[lang].replace("-", "_"),
      images: [{ url: "/opengraph-image", width: 1200, height: 630, type: "image/png" }],
    },
    twitter: { card: "summary_large_image", images: ["/opengraph-image"] },
  };
}

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
 * draws nothing. The not-found page is rendered without the slots, so it gets
 * the chrome directly.
 */
export default async function LanguageLayout({
  children,
  header,
  footer,
  params,
}: Params & {
  children: ReactNode;
  header?: ReactNode;
  footer?: ReactNode;
}) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <html lang={HTML_LANG[lang]} dir={textDirection(lang)}>
      <body>
        <DrawnWordsProvider words={{ en: drawnWordsOf("en"), [lang]: drawnWordsOf(lang) }}>
          {header ?? <SiteTop locale={lang} />}
          <main id="main">{children}</main>
          {footer ?? <SiteFooter locale={lang} />}
        </DrawnWordsProvider>
      </body>
    </html>
  );
}
