import Link from "next/link";
import type { ReactNode } from "react";
import type { Claim, OfficialObservation, TradeObservation } from "@/lib/definitions";
import { formatUsdMillions } from "@/lib/format";
import { formatList, formatNumber, getT, localizePath, type Locale } from "@/lib/i18n";
import { countClaims } from "@/lib/insights";
import { widestTotalGap } from "@/lib/official/mirror";
import { checkPressFigures } from "@/lib/official/press-check";
import { tradePeriodLabel } from "@/lib/sources";

/** What a reader can and cannot rely on, with the counts behind each statement. */
type Props = {
  trade: readonly TradeObservation[];
  claims: readonly Claim[];
  official: readonly OfficialObservation[];
  locale?: Locale;
};

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

export function TrustNote({ trade, claims, official, locale = "en" }: Props) {
  const t = getT(locale);
  const count = (value: number) => formatNumber(locale, value);
  const link = (href: string) =>
    function TrustLink(chunks: ReactNode) {
      return <Link href={localizePath(locale, href)}>{chunks}</Link>;
    };
  const checks = checkPressFigures(trade, official);
  const matched = checks.filter((check) => check.matches.length > 0).length;
  const widestGap = widestTotalGap(official);
  const unverified = trade.filter((observation) => observation.status === "unverified");
  const periods = formatList(
    locale,
    unverified.map((observation) => tradePeriodLabel(observation, locale)),
  );
  const fiscal = trade.filter((observation) => observation.basis === "fiscal").length;
  const counts = countClaims(claims);
  return (
    <section className="panel trust-note" aria-labelledby="trust-heading">
      <h2 id="trust-heading">{t("home.trust.heading")}</h2>
      <ul>
        <li>
          {t.rich("home.trust.official", {
            strong,
            checked: count(checks.length),
            matched: count(matched),
            unmatched: count(checks.length - matched),
          })}
        </li>
        <li>
          {t.rich("home.trust.whose", {
            strong,
            link: link("/trade#mirror"),
            gap: formatUsdMillions(widestGap.gap, {}, locale),
            year: String(widestGap.year),
          })}
        </li>
        <li>{t.rich("home.trust.unverified", { strong, count: unverified.length, periods })}</li>
        <li>{t.rich("home.trust.statistics", { strong, fiscal: count(fiscal) })}</li>
        <li>
          {t.rich("home.trust.article", {
            strong,
            link: link("/claims"),
            claims: count(claims.length),
            corrected: count(counts.corrected),
            conflicting: count(counts.conflicting),
          })}
        </li>
      </ul>
    </section>
  );
}
