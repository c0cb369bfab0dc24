import type { Claim, TradeObservation } from "@/lib/definitions";
import { formatUsdMillions, PERSPECTIVE_LABELS } from "@/lib/format";
import { conflictingCount, countClaims, headlineCandidates, highestFigure, yearsWithoutFigures } from "@/lib/insights";

type Props = { trade: readonly TradeObservation[]; claims: readonly Claim[]; from: number; to: number };

/** Four numbers computed from the data, each saying where it comes from. */
export function HeadlineFigures({ trade, claims, from, to }: Props) {
  const highest = highestFigure(headlineCandidates(trade));
  const missing = yearsWithoutFigures(trade, from, to);
  const claimCounts = countClaims(claims);
  const reporters = new Set(trade.map((observation) => observation.reporter)).size;
  return (
    <ul className="stats" aria-label="Headline figures">
      {highest ? (
        <li className="stat">
          <span className="stat__value">{formatUsdMillions(highest.totalUsdM, { atLeast: highest.atLeast })}</span>
          <span className="stat__label">highest reported yearly trade ({highest.period})</span>
          <span className="stat__source">
            {highest.reporter}, {PERSPECTIVE_LABELS[highest.perspective]}; figures another row disputes are left out
          </span>
        </li>
      ) : null}
      <li className="stat">
        <span className="stat__value">{trade.length}</span>
        <span className="stat__label">published trade figures from {reporters} reporting bodies</span>
        <span className="stat__source">
          {conflictingCount(trade)} of them disagree with another figure for the same period
        </span>
      </li>
      <li className="stat">
        <span className="stat__value">{missing.length}</span>
        <span className="stat__label">
          years between {from} and {to} with no published figure
        </span>
        <span className="stat__source">left blank on the chart, never filled in</span>
      </li>
      <li className="stat">
        <span className="stat__value">
          {claimCounts.corrected + claimCounts.conflicting + claimCounts.unverified} of {claims.length}
        </span>
        <span className="stat__label">
          claims in the source article that are wrong, disputed or confirmed by no other source
        </span>
        <span className="stat__source">
          {claimCounts.corrected} corrected, {claimCounts.conflicting} conflicting, {claimCounts.unverified} unverified
        </span>
      </li>
    </ul>
  );
}
