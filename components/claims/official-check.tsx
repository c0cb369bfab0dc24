import type { Claim, SourceRef } from "@/lib/definitions";
import type { ClaimSummaryEntry } from "@/lib/claims";
import { labelsOf } from "@/lib/format";
import { formatList, getT, localizePath, type Locale } from "@/lib/i18n";
import styles from "./claim-card.module.css";

type Props = {
  /** The official series the claims were set against, as listed in sources.csv. */
  series: readonly SourceRef[];
  claims: readonly Claim[];
  summary: readonly ClaimSummaryEntry[];
  locale: Locale;
};

/**
 * The article's claims that were checked against an official statistical
 * series, with what the series says: counts and values come from the claims.
 */
export function OfficialCheck({ series, claims, summary, locale }: Props) {
  if (claims.length === 0 || series.length === 0) return null;
  const t = getT(locale);
  const labels = labelsOf(locale);
  const publisher = series[0]?.publisher ?? "";
  const counts = formatList(
    locale,
    summary
      .filter((entry) => entry.count > 0)
      .map((entry) => t(`claims.statusCount.${entry.status}`, { count: entry.count })),
  );
  return (
    <section aria-labelledby="official-heading" className={styles.group}>
      <h2 id="official-heading">{t("claims.official.heading")}</h2>
      <p>
        {t.rich("claims.official.text", {
          count: claims.length,
          publisher,
          counts,
          // The publisher's name stays as it publishes it.
          en: (chunks) => <span lang="en">{chunks}</span>,
        })}
      </p>
      <p className="muted">
        {t("claims.official.evidence")}{" "}
        {series.map((source, index) => (
          <span key={source.id}>
            {index > 0 ? "; " : null}
            <a href={localizePath(locale, `/sources#${source.id}`)} lang="en">
              {source.title}
            </a>
          </span>
        ))}
      </p>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id}>
            <a href={`#${claim.id}`}>&ldquo;{claim.articleValue}&rdquo;</a>{" "}
            <span className={`badge badge--${claim.status}`}>{labels.claimStatus[claim.status]}</span>
            {claim.correctedValue !== undefined ? <> {claim.correctedValue}</> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
