import { formatSignedUsdMillions, formatUsdMillions } from "@/lib/format";
import { publishedLanguage } from "@/lib/sources";
import { getT, numberFormat, type Locale } from "@/lib/i18n";
import type { PressCheck } from "@/lib/official/press-check";

function Difference({ value, locale }: { value: PressCheck["vsPakistan"]; locale: Locale }) {
  if (value === undefined) return <td className="num muted">–</td>;
  const percent = numberFormat(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  return (
    <td className="num">
      {formatSignedUsdMillions(value.usdM, locale)}{" "}
      <span className="muted">
        ({percent.format(value.pct)}
        {locale === "ru" ? "\u00a0%" : "%"})
      </span>
    </td>
  );
}

/**
 * Every published whole-year figure inside the official years, beside both
 * countries' official totals for that year and the differences, all computed.
 */
export function PressCheckTable({ checks, locale }: { checks: readonly PressCheck[]; locale: Locale }) {
  if (checks.length === 0) return null;
  const t = getT(locale);
  const matchText = { pk: t("claims.pressCheck.pakistanTotal"), ru: t("claims.pressCheck.russiaTotal") } as const;
  return (
    <section aria-labelledby="press-check-heading">
      <h2 id="press-check-heading">{t("claims.pressCheck.heading")}</h2>
      {/* The official series' whole years, as the comparison in lib/official/press-check takes them. */}
      <p>{t("claims.pressCheck.intro", { from: "1992", to: "2020" })}</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t("claims.pressCheck.region")}>
        <table className="data-table">
          <caption>{t("claims.pressCheck.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("claims.pressCheck.year")}</th>
              <th scope="col">{t("claims.pressCheck.publishedBy")}</th>
              <th scope="col" className="num">
                {t("claims.pressCheck.published")}
              </th>
              <th scope="col" className="num">
                {matchText.pk}
              </th>
              <th scope="col" className="num">
                {t("claims.pressCheck.difference")}
              </th>
              <th scope="col" className="num">
                {matchText.ru}
              </th>
              <th scope="col" className="num">
                {t("claims.pressCheck.difference")}
              </th>
              <th scope="col">{t("claims.pressCheck.matches")}</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr key={check.id} id={`check-${check.id}`}>
                <th scope="row">{check.year}</th>
                <td lang={publishedLanguage(check.reporter)}>{check.reporter}</td>
                <td className="num">{formatUsdMillions(check.published, {}, locale)}</td>
                <td className="num">
                  {check.pakistanTotal === undefined ? "–" : formatUsdMillions(check.pakistanTotal, {}, locale)}
                </td>
                <Difference value={check.vsPakistan} locale={locale} />
                <td className="num">
                  {check.russiaTotal === undefined ? "–" : formatUsdMillions(check.russiaTotal, {}, locale)}
                </td>
                <Difference value={check.vsRussia} locale={locale} />
                <td>
                  {check.matches.length === 0
                    ? t("claims.pressCheck.neither")
                    : check.matches.map((match) => matchText[match]).join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
