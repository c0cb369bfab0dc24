import Link from "next/link";
import type { RelatedRow } from "@/lib/claims";
import type { Claim } from "@/lib/definitions";
import { CLAIM_STATUS_LABELS } from "@/lib/format";
import { SourceLinks } from "@/components/tables/source-links";
import styles from "./claim-card.module.css";

type Props = {
  claim: Claim;
  related: readonly RelatedRow[];
  /** On /claims the card is the claim's anchor; elsewhere it links back there. */
  anchored?: boolean;
  headingLevel?: "h2" | "h3" | "h4";
};

const CORRECTION_LABELS: Record<Claim["status"], string> = {
  corrected: "Correction",
  conflicting: "What the evidence supports",
  confirmed: "Confirmed as",
  unverified: "Best reading",
};

/** One claim of the source article beside what the evidence says, with its status in words, not only colour. */
export function ClaimCard({ claim, related, anchored = false, headingLevel = "h3" }: Props) {
  const Heading = headingLevel;
  const headingId = `${claim.id}-heading`;
  return (
    <article
      className={`${styles.card} ${styles[claim.status] ?? ""}`}
      id={anchored ? claim.id : undefined}
      aria-labelledby={headingId}
    >
      <header className={styles.header}>
        <span className={`badge badge--${claim.status}`}>{CLAIM_STATUS_LABELS[claim.status]}</span>
        <Heading id={headingId} className={styles.heading}>
          <span className="visually-hidden">The article says </span>“{claim.articleValue}”
        </Heading>
      </header>
      <p className={styles.claim}>
        <span className={styles.label}>The article:</span> {claim.claim}
      </p>
      {claim.correctedValue !== undefined ? (
        <p className={styles.correction}>
          <span className={styles.label}>{CORRECTION_LABELS[claim.status]}:</span> {claim.correctedValue}
        </p>
      ) : null}
      <p className={styles.explanation}>{claim.explanation}</p>
      <p className={styles.meta}>
        <span className={styles.label}>Evidence:</span> <SourceLinks sources={claim.sources} />
      </p>
      {related.length > 0 ? (
        <div className={styles.meta}>
          <span className={styles.label}>Rows it concerns:</span>
          <ul className={styles.related}>
            {related.map((row) => (
              <li key={row.ref}>
                <Link href={row.href}>{row.label}</Link>
                {row.value !== undefined ? <span className="muted"> · {row.value}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className={styles.permalink}>
        {anchored ? (
          <a href={`#${claim.id}`} aria-label={`Link to this claim: “${claim.articleValue}”`}>
            Link to this claim
          </a>
        ) : (
          <Link href={`/claims#${claim.id}`}>See it in the claim check</Link>
        )}
      </p>
    </article>
  );
}
