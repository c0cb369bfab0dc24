import Link from "next/link";
import type { Claim } from "@/lib/definitions";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { publishedLanguage, type ConflictGroup } from "@/lib/sources";
import styles from "./sources.module.css";

/** Every recorded disagreement between sources, computed from the conflict links and the claim statuses. */
export function KnownConflicts({
  groups,
  claims,
  locale,
}: {
  groups: readonly ConflictGroup[];
  claims: readonly Claim[];
  locale: Locale;
}) {
  const t = getT(locale);
  if (groups.length === 0 && claims.length === 0) {
    return <p className="muted">{t("sources.conflicts.empty")}</p>;
  }
  return (
    <ul className={styles.conflicts}>
      {groups.map((group) => (
        <li key={group.ids.join("+")}>
          <Link href={group.href}>{group.label}</Link>:{" "}
          {group.values.map((value, index) => (
            <span key={group.ids[index] ?? value.text}>
              {index > 0 ? <span className="muted">{t("sources.conflicts.against")}</span> : null}
              {value.text} (<span lang={publishedLanguage(value.by)}>{value.by}</span>)
            </span>
          ))}
        </li>
      ))}
      {claims.map((claim) => (
        <li key={claim.id}>
          <Link href={localizePath(locale, `/claims#${claim.id}`)}>
            {t("sources.conflicts.article", { value: claim.articleValue })}
          </Link>
          : {claim.explanation}
        </li>
      ))}
    </ul>
  );
}
