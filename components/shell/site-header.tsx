import Link from "next/link";
import { getT, LOCALE_NAMES, LOCALES, localizePath, type Locale } from "@/lib/i18n";
import { NAV_ITEMS } from "@/lib/site";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { ShareButton } from "./share-button";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getT(locale);
  const items = NAV_ITEMS.map((item) => ({
    path: item.href,
    href: localizePath(locale, item.href),
    label: t(`common.nav.${item.key}`),
  }));
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={localizePath(locale, "/")} className="site-title">
          {t("common.site.name")}
          <small>{t("common.site.tagline")}</small>
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch
            label={t("common.language.label")}
            languages={LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code] }))}
          />
          <ShareButton
            labels={{
              button: t("common.share.button"),
              copied: t("common.share.copied"),
              manual: t("common.share.manual"),
            }}
          />
        </div>
        <nav className="site-nav" aria-label={t("common.nav.label")}>
          <NavLinks items={items} />
        </nav>
      </div>
    </header>
  );
}
