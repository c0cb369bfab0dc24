import Link from "next/link";
import type { Claim, OfficialObservation, TradeObservation } from "@/lib/definitions";
import { formatUsdMillions } from "@/lib/format";
import { countClaims } from "@/lib/insights";
import { widestTotalGap } from "@/lib/official/mirror";
import { checkPressFigures } from "@/lib/official/press-check";

/** What a reader can and cannot rely on, with the counts behind each statement. */
type Props = {
  trade: readonly TradeObservation[];
  claims: readonly Claim[];
  official: readonly OfficialObservation[];
};

export function TrustNote({ trade, claims, official }: Props) {
  const checks = checkPressFigures(trade, official);
  const matched = checks.filter((check) => check.matches.length > 0).length;
  const widestGap = widestTotalGap(official);
  const unverified = trade.filter((observation) => observation.status === "unverified");
  const periods = new Intl.ListFormat("en-GB").format(unverified.map((observation) => observation.period));
  const fiscal = trade.filter((observation) => observation.basis === "fiscal").length;
  const counts = countClaims(claims);
  return (
    <section className="panel trust-note" aria-labelledby="trust-heading">
      <h2 id="trust-heading">What you can and cannot trust here</h2>
      <ul>
        <li>
          <strong>The trend is official; the rest is published.</strong> The lines come from the IMF’s Direction of
          Trade Statistics, 1960–2020, as Pakistan and as Russia each report their trade. After 2020 there is no
          official series here, only figures that officials and newspapers published. Of the {checks.length} published
          whole-year figures for 1992–2020, {matched} match one country’s official total within 0.5% and{" "}
          {checks.length - matched} match neither.
        </li>
        <li>
          <strong>Whose count matters.</strong> The two countries’ figures for the same trade differ in most years, by
          up to {formatUsdMillions(widestGap.gap)} ({widestGap.year}); a figure without its reporter is not usable.{" "}
          <Link href="/trade#mirror">See both numbers</Link>.
        </li>
        <li>
          {unverified.length === 1 ? (
            <>
              <strong>1 figure is unverified.</strong> The one for {periods} appears in no other source we could find;
              it is drawn as a hollow triangle.
            </>
          ) : (
            <>
              <strong>{unverified.length} figures are unverified.</strong> Those for {periods} appear in no other source
              we could find; they are drawn as hollow triangles, never joined to other figures.
            </>
          )}
        </li>
        <li>
          <strong>Pakistani and Russian statistics differ.</strong> Pakistan counts imports at their landed (CIF) value
          and uses July–June fiscal years ({fiscal} figures here); Russia reports calendar years. They are kept as
          separate series.
        </li>
        <li>
          <strong>The article has errors.</strong> Of its {claims.length} dated or numeric claims, {counts.corrected}{" "}
          are corrected by better sources and {counts.conflicting} are disputed.{" "}
          <Link href="/claims">See the claim check</Link>.
        </li>
      </ul>
    </section>
  );
}
