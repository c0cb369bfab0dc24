import Link from "next/link";
import { getDataVersion } from "@/lib/data";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { SITE } from "@/lib/site";

/* The footer reads the data version itself: it is on every page, and no page should have to pass it. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const version = getDataVersion();
  const t = getT(locale);
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>{t("common.footer.citeAs")}</strong>{" "}
          {t.rich("common.footer.cite", {
            site: t("common.site.name"),
            version: version.id,
            rows: version.rowCount,
            url: SITE.url,
            link: (chunks) => <Link href={localizePath(locale, "/sources")}>{chunks}</Link>,
          })}
        </p>
        <p className="small">
          {t.rich("common.footer.about", {
            link: (chunks) => <Link href={localizePath(locale, "/import")}>{chunks}</Link>,
          })}
        </p>
      </div>
    </footer>
  );
}
