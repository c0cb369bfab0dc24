import Link from "next/link";
import type { Claim, TradeObservation } from "@/lib/definitions";
import { countClaims } from "@/lib/insights";

/** What a reader can and cannot rely on, with the counts behind each statement. */
export function TrustNote({ trade, claims }: { trade: readonly TradeObservation[]; claims: readonly Claim[] }) {
  const unverified = trade.filter((observation) => observation.status === "unverified");
  const periods = new Intl.ListFormat("en-GB").format(unverified.map((observation) => observation.period));
  const fiscal = trade.filter((observation) => observation.basis === "fiscal").length;
  const counts = countClaims(claims);
  return (
    <section className="panel trust-note" aria-labelledby="trust-heading">
      <h2 id="trust-heading">What you can and cannot trust here</h2>
      <ul>
        <li>
          <strong>No official series yet.</strong> Every trade figure is a number that an official, a ministry or a
          newspaper published. None comes from IMF, UN Comtrade or national statistics tables; you can{" "}
          <Link href="/import">lay one of those beside ours</Link>.
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
              we could find; they are drawn as hollow triangles joined by dashed lines.
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
