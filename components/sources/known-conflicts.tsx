import Link from "next/link";
import type { Claim } from "@/lib/definitions";
import type { ConflictGroup } from "@/lib/sources";
import styles from "./sources.module.css";

/** Every recorded disagreement between sources, computed from the conflict links and the claim statuses. */
export function KnownConflicts({ groups, claims }: { groups: readonly ConflictGroup[]; claims: readonly Claim[] }) {
  if (groups.length === 0 && claims.length === 0) {
    return <p className="muted">No conflicts between sources are recorded in the data.</p>;
  }
  return (
    <ul className={styles.conflicts}>
      {groups.map((group) => (
        <li key={group.ids.join("+")}>
          <Link href={group.href}>{group.label}</Link>:{" "}
          {group.values.map((value, index) => (
            <span key={group.ids[index] ?? value}>
              {index > 0 ? <span className="muted"> against </span> : null}
              {value}
            </span>
          ))}
        </li>
      ))}
      {claims.map((claim) => (
        <li key={claim.id}>
          <Link href={`/claims#${claim.id}`}>The article&rsquo;s “{claim.articleValue}”</Link>: {claim.explanation}
        </li>
      ))}
    </ul>
  );
}
