import type { Claim } from "@/lib/definitions";
import { formatUsdMillions } from "@/lib/format";
import { countClaims } from "@/lib/insights";
import type { OfficialHeadlines } from "@/lib/official/headlines";

type Props = { headlines: OfficialHeadlines; claims: readonly Claim[] };

const percent = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const multiple = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** Four numbers computed from the official series and the claim check, each saying where it comes from. */
export function HeadlineFigures({ headlines, claims }: Props) {
  const { largest, growth, share, rank } = headlines;
  const claimCounts = countClaims(claims);
  return (
    <ul className="stats" aria-label="Headline figures">
      {largest.ru && largest.pk ? (
        <li className="stat">
          <span className="stat__value">{formatUsdMillions(largest.ru.value)}</span>
          <span className="stat__label">
            largest yearly trade by Russia’s count ({largest.ru.year}); {formatUsdMillions(largest.pk.value)} by
            Pakistan’s ({largest.pk.year})
          </span>
          <span className="stat__source">IMF Direction of Trade Statistics; totals are our sums of the two flows</span>
        </li>
      ) : null}
      {growth.pk && growth.ru ? (
        <li className="stat">
          <span className="stat__value">×{multiple.format(growth.pk.multiple)}</span>
          <span className="stat__label">
            growth of total trade from {growth.pk.since.year} to {growth.pk.latest.year} by Pakistan’s count (×
            {multiple.format(growth.ru.multiple)} by Russia’s), in current dollars
          </span>
          <span className="stat__source">
            {formatUsdMillions(growth.pk.since.value)} → {formatUsdMillions(growth.pk.latest.value)}; our ratio of IMF
            totals
          </span>
        </li>
      ) : null}
      {share && rank ? (
        <li className="stat">
          <span className="stat__value">{percent.format(share.value)}%</span>
          <span className="stat__label">
            Russia’s share of Pakistan’s total trade in {share.year}: its partner number {rank.rank} of{" "}
            {rank.partnerCount}
          </span>
          <span className="stat__source">our share and rank, from Pakistan’s figures for every partner (IMF)</span>
        </li>
      ) : null}
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
