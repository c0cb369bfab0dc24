import type { ClaimSummaryEntry } from "@/lib/claims";
import { formatPercent, labelsOf } from "@/lib/format";
import { formatNumber, getT, type Locale } from "@/lib/i18n";

/** How many of the article's claims ended up with each status, counted from the claims themselves. */
export function ClaimSummary({
  summary,
  total,
  locale,
}: {
  summary: readonly ClaimSummaryEntry[];
  total: number;
  locale: Locale;
}) {
  const t = getT(locale);
  const labels = labelsOf(locale);
  return (
    <ul className="stats stats--compact" aria-label={t("claims.summary.label")}>
      <li className="stat">
        <span className="stat__value">{formatNumber(locale, total)}</span>
        <span className="stat__label">{t("claims.summary.total", { count: total })}</span>
      </li>
      {summary.map((entry) => (
        <li key={entry.status} className="stat">
          <span className="stat__value">{formatNumber(locale, entry.count)}</span>
          <span className="stat__label">
            {entry.count > 0 ? (
              <a href={`#${entry.status}`} className={`badge badge--${entry.status}`}>
                {labels.claimStatus[entry.status]}
              </a>
            ) : (
              <span className={`badge badge--${entry.status}`}>{labels.claimStatus[entry.status]}</span>
            )}{" "}
            <span className="muted">{formatPercent(entry.share, {}, locale)}</span>
          </span>
          <span className="stat__source">{labels.claimStatusDescription[entry.status]}</span>
        </li>
      ))}
    </ul>
  );
}
