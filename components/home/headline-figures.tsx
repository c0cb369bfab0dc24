import type { Claim } from "@/lib/definitions";
import { formatUsdMillions } from "@/lib/format";
import { formatNumber, getT, type Locale } from "@/lib/i18n";
import { countClaims } from "@/lib/insights";
import type { OfficialHeadlines } from "@/lib/official/headlines";

type Props = { headlines: OfficialHeadlines; claims: readonly Claim[]; locale?: Locale };

/** Four numbers computed from the official series and the claim check, each saying where it comes from. */
export function HeadlineFigures({ headlines, claims, locale = "en" }: Props) {
  const t = getT(locale);
  const { largest, growth, share, rank } = headlines;
  const claimCounts = countClaims(claims);
  const oneDecimal = (value: number) => formatNumber(locale, value, { maximumFractionDigits: 1 });
  const money = (value: number) => formatUsdMillions(value, {}, locale);
  return (
    <ul className="stats" aria-label={t("home.headlines.label")}>
      {largest.ru && largest.pk ? (
        <li className="stat">
          <span className="stat__value">{money(largest.ru.value)}</span>
          <span className="stat__label">
            {t("home.headlines.largest.label", {
              ruYear: String(largest.ru.year),
              pkValue: money(largest.pk.value),
              pkYear: String(largest.pk.year),
            })}
          </span>
          <span className="stat__source">{t("home.headlines.largest.source")}</span>
        </li>
      ) : null}
      {growth.pk && growth.ru ? (
        <li className="stat">
          <span className="stat__value">
            {t("home.headlines.growth.value", { multiple: oneDecimal(growth.pk.multiple) })}
          </span>
          <span className="stat__label">
            {t("home.headlines.growth.label", {
              since: String(growth.pk.since.year),
              latest: String(growth.pk.latest.year),
              ruMultiple: oneDecimal(growth.ru.multiple),
            })}
          </span>
          <span className="stat__source">
            {t("home.headlines.growth.source", {
              from: money(growth.pk.since.value),
              to: money(growth.pk.latest.value),
            })}
          </span>
        </li>
      ) : null}
      {share && rank ? (
        <li className="stat">
          <span className="stat__value">{t("home.headlines.share.value", { percent: oneDecimal(share.value) })}</span>
          <span className="stat__label">
            {t("home.headlines.share.label", {
              year: String(share.year),
              rank: formatNumber(locale, rank.rank),
              count: formatNumber(locale, rank.partnerCount),
            })}
          </span>
          <span className="stat__source">{t("home.headlines.share.source")}</span>
        </li>
      ) : null}
      <li className="stat">
        <span className="stat__value">
          {t("home.headlines.claims.value", {
            wrong: formatNumber(locale, claimCounts.corrected + claimCounts.conflicting + claimCounts.unverified),
            total: formatNumber(locale, claims.length),
          })}
        </span>
        <span className="stat__label">{t("home.headlines.claims.label")}</span>
        <span className="stat__source">
          {t("home.headlines.claims.source", {
            corrected: formatNumber(locale, claimCounts.corrected),
            conflicting: formatNumber(locale, claimCounts.conflicting),
            unverified: formatNumber(locale, claimCounts.unverified),
          })}
        </span>
      </li>
    </ul>
  );
}
