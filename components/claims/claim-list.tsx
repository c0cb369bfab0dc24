import type { RelatedRow } from "@/lib/claims";
import type { Claim, ClaimStatus } from "@/lib/definitions";
import { labelsOf } from "@/lib/format";
import { getT, type Locale } from "@/lib/i18n";
import { ClaimCard } from "./claim-card";
import styles from "./claim-card.module.css";

type Group = { status: ClaimStatus; claims: { claim: Claim; related: RelatedRow[] }[] };

/** Claims under a heading per status, each card anchored by the claim's id. */
export function ClaimList({ groups, locale }: { groups: readonly Group[]; locale: Locale }) {
  const t = getT(locale);
  const labels = labelsOf(locale);
  if (groups.length === 0) {
    return <p className="notice">{t("claims.list.empty")}</p>;
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
            {labels.claimStatus[group.status]}{" "}
            <span className="muted">{t("claims.list.count", { count: group.claims.length })}</span>
          </h2>
          <p className="muted">
            {t("claims.list.description", {
              status: labels.claimStatus[group.status],
              description: labels.claimStatusDescription[group.status],
            })}
          </p>
          <div className={styles.stack}>
            {group.claims.map(({ claim, related }) => (
              <ClaimCard key={claim.id} claim={claim} related={related} anchored locale={locale} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
