import Link from "next/link";
import { publishedLanguage } from "@/lib/sources";
import type { RelatedRow } from "@/lib/claims";
import type { Claim } from "@/lib/definitions";
import { labelsOf } from "@/lib/format";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { SourceRefLinks } from "@/components/sources/source-ref-links";
import styles from "./claim-card.module.css";

type Props = {
  claim: Claim;
  related: readonly RelatedRow[];
  /** On /claims the card is the claim's anchor; elsewhere it links back there. */
  anchored?: boolean;
  headingLevel?: "h2" | "h3" | "h4";
  /** English unless given, so the callers on other pages keep working until they pass theirs. */
  locale: Locale;
};

/** One claim of the source article beside what the evidence says, with its status in words, not only colour. */
export function ClaimCard({ claim, related, anchored = false, headingLevel = "h3", locale }: Props) {
  const t = getT(locale);
  const Heading = headingLevel;
  const headingId = `${claim.id}-heading`;
  return (
    <article
      className={`${styles.card} ${styles[claim.status] ?? ""}`}
      id={anchored ? claim.id : undefined}
      aria-labelledby={headingId}
    >
      <header className={styles.header}>
        <span className={`badge badge--${claim.status}`}>{labelsOf(locale).claimStatus[claim.status]}</span>
        <Heading id={headingId} className={styles.heading}>
          <span className="visually-hidden">{t("claims.card.articleSays")}</span>“{claim.articleValue}”
        </Heading>
      </header>
      <p className={styles.claim}>
        <span className={styles.label}>{t("claims.card.article")}</span> {claim.claim}
      </p>
      {claim.correctedValue !== undefined ? (
        <p className={styles.correction}>
          <span className={styles.label}>{t(`claims.card.correction.${claim.status}`)}:</span> {claim.correctedValue}
        </p>
      ) : null}
      <p className={styles.explanation}>{claim.explanation}</p>
      <p className={styles.meta}>
        <span className={styles.label}>{t("claims.card.evidence")}</span>{" "}
        <SourceRefLinks sources={claim.sources} locale={locale} />
      </p>
      {related.length > 0 ? (
        <div className={styles.meta}>
          <span className={styles.label}>{t("claims.card.rows")}</span>
          <ul className={styles.related}>
            {related.map((row) => (
              <li key={row.ref}>
                <Link href={row.href}>
                  {row.label}
                  {row.by !== undefined ? (
                    <>
                      {" "}
                      (<span lang={publishedLanguage(row.by)}>{row.by}</span>)
                    </>
                  ) : null}
                </Link>
                {row.value !== undefined ? <span className="muted"> · {row.value}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className={styles.permalink}>
        {anchored ? (
          <a href={`#${claim.id}`} aria-label={t("claims.card.permalinkLabel", { value: claim.articleValue })}>
            {t("claims.card.permalink")}
          </a>
        ) : (
          <Link href={localizePath(locale, `/claims#${claim.id}`)}>{t("claims.card.seeInCheck")}</Link>
        )}
      </p>
    </article>
  );
}
