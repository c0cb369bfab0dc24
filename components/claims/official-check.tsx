import type { Claim, SourceRef } from "@/lib/definitions";
import type { ClaimSummaryEntry } from "@/lib/claims";
import { CLAIM_STATUS_LABELS } from "@/lib/format";
import styles from "./claim-card.module.css";

type Props = {
  /** The official series the claims were set against, as listed in sources.csv. */
  series: readonly SourceRef[];
  claims: readonly Claim[];
  summary: readonly ClaimSummaryEntry[];
};

function countsInWords(summary: readonly ClaimSummaryEntry[]): string {
  const parts = summary
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count} ${CLAIM_STATUS_LABELS[entry.status].toLowerCase()}`);
  return new Intl.ListFormat("en-GB").format(parts);
}

/**
 * The article's claims that were checked against an official statistical
 * series, with what the series says: counts and values come from the claims.
 */
export function OfficialCheck({ series, claims, summary }: Props) {
  if (claims.length === 0 || series.length === 0) return null;
  const publisher = series[0]?.publisher;
  return (
    <section aria-labelledby="official-heading" className={styles.group}>
      <h2 id="official-heading">Against the official series</h2>
      <p>
        {claims.length} of the article&rsquo;s claims were set beside the official trade series that the {publisher}{" "}
        publishes, in which each country gives its own count of the trade: {countsInWords(summary)}. Where the two
        countries&rsquo; counts differ, both are given.
      </p>
      <p className="muted">
        Evidence:{" "}
        {series.map((source, index) => (
          <span key={source.id}>
            {index > 0 ? "; " : null}
            <a href={`/sources#${source.id}`}>{source.title}</a>
          </span>
        ))}
      </p>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id}>
            <a href={`#${claim.id}`}>&ldquo;{claim.articleValue}&rdquo;</a>{" "}
            <span className={`badge badge--${claim.status}`}>{CLAIM_STATUS_LABELS[claim.status]}</span>
            {claim.correctedValue !== undefined ? <> {claim.correctedValue}</> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
