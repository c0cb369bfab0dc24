import type { ClaimSummaryEntry } from "@/lib/claims";
import { CLAIM_STATUS_DESCRIPTIONS, CLAIM_STATUS_LABELS, formatPercent } from "@/lib/format";

/** How many of the article's claims ended up with each status, counted from the claims themselves. */
export function ClaimSummary({ summary, total }: { summary: readonly ClaimSummaryEntry[]; total: number }) {
  return (
    <ul className="stats stats--compact" aria-label="Claims by status">
      <li className="stat">
        <span className="stat__value">{total}</span>
        <span className="stat__label">claims with a number or a date, all checked</span>
      </li>
      {summary.map((entry) => (
        <li key={entry.status} className="stat">
          <span className="stat__value">{entry.count}</span>
          <span className="stat__label">
            {entry.count > 0 ? (
              <a href={`#${entry.status}`} className={`badge badge--${entry.status}`}>
                {CLAIM_STATUS_LABELS[entry.status]}
              </a>
            ) : (
              <span className={`badge badge--${entry.status}`}>{CLAIM_STATUS_LABELS[entry.status]}</span>
            )}{" "}
            <span className="muted">{formatPercent(entry.share)}</span>
          </span>
          <span className="stat__source">{CLAIM_STATUS_DESCRIPTIONS[entry.status]}</span>
        </li>
      ))}
    </ul>
  );
}
