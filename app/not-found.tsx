import type { Metadata } from "next";
import { ByLocale } from "@/components/shell/by-locale";
import { NotFoundBody } from "@/components/shell/not-found-body";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteTop } from "@/components/shell/site-top";
import { getT, HTML_LANG } from "@/lib/i18n";
import { SITE } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE.url),
  title: getT("en")("common.notFound.title"),
  description: getT("en")("common.notFound.description"),
};

/*
 * For an address with no page, in any language: Next renders it once, for
 * every such address, with its own <html> (the root layout draws none). Its
 * text is in the language of the address (see ByLocale); the header and
 * footer around it are the English ones.
 */
export default function RootNotFound() {
  return (
    <html lang={HTML_LANG.en} dir="ltr">
      <body>
        <SiteTop locale="en" />
        <main id="main">
          <ByLocale
            variants={{
              en: <NotFoundBody locale="en" />,
              ur: <NotFoundBody locale="ur" />,
              ru: <NotFoundBody locale="ru" />,
            }}
          />
        </main>
        <SiteFooter locale="en" />
      </body>
    </html>
  );
}
