import { getT, type Locale } from "@/lib/i18n";
import { SiteHeader } from "./site-header";

/* The skip link and the site's header, which every page but the embeds opens with. */
export function SiteTop({ locale }: { locale: Locale }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {getT(locale)("common.skipLink")}
      </a>
      <SiteHeader locale={locale} />
    </>
  );
}
