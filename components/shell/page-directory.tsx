import Link from "next/link";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { NAV_ITEMS } from "@/lib/site";
import styles from "./page-directory.module.css";

/** What a reader finds on each page, for the not-found and error pages. */
export function PageDirectory({ locale }: { locale: Locale }) {
  const t = getT(locale);
  return (
    <ul className={styles.directory}>
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <Link href={localizePath(locale, item.href)}>{t(`common.nav.${item.key}`)}</Link>
          <span className="muted"> · {t(`common.directory.${item.key}`)}</span>
        </li>
      ))}
    </ul>
  );
}
