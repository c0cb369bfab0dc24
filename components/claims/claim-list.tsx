import type { RelatedRow } from "@/lib/claims";
import type { Claim, ClaimStatus } from "@/lib/definitions";
import { CLAIM_STATUS_DESCRIPTIONS, CLAIM_STATUS_LABELS } from "@/lib/format";
import { ClaimCard } from "./claim-card";
import styles from "./claim-card.module.css";

type Group = { status: ClaimStatus; claims: { claim: Claim; related: RelatedRow[] }[] };

/** Claims under a heading per status, each card anchored by the claim's id. */
export function ClaimList({ groups }: { groups: readonly Group[] }) {
  if (groups.length === 0) {
    return <p className="notice">No claims have been recorded yet.</p>;
  }
  return (
    <>
      {groups.map((group) => (
        <section
          key={group.status}
          id={group.status}
          aria-labelledby={`${group.status}-heading`}
          className={styles.group}
        >
          <h2 id={`${group.status}-heading`}>
            {CLAIM_STATUS_LABELS[group.status]} <span className="muted">({group.claims.length})</span>
          </h2>
          <p className="muted">
            {CLAIM_STATUS_LABELS[group.status]}: {CLAIM_STATUS_DESCRIPTIONS[group.status]}.
          </p>
          <div className={styles.stack}>
            {group.claims.map(({ claim, related }) => (
              <ClaimCard key={claim.id} claim={claim} related={related} anchored />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
