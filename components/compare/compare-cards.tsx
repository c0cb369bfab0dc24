import type { ReactNode } from "react";
import { fill } from "@/components/import/fill";
import type { CompareResult } from "@/lib/trade/compare";
import { formatPercent, formatSignedUsdMillions, formatUsdMillions } from "@/lib/format";
import { DATE_LOCALE } from "@/lib/i18n/locales";
import type { CompareCardLabels } from "./compare-card-labels";
import styles from "./compare-cards.module.css";

export type YearCard = { year: number; value: ReactNode; provenance: ReactNode };

type Props = {
  years: readonly [YearCard, YearCard];
  result: CompareResult;
  /** Values of the two figures, for the sentence that explains the growth rate. */
  start: number;
  end: number;
  /** Prefix of the cards' test ids, e.g. "compare" gives "compare-change". */
  testIdPrefix: string;
  /** The cards' words in the page's language, from compareCardLabels on the server. */
  labels: CompareCardLabels;
};

/**
 * The two compared figures, then the change, the percentage change and the
 * compound annual growth rate, each explained in one line. Hook-free, so the
 * trade explorer renders it on the server and the import page in the browser.
 */
export function CompareCards({ years: [from, to], result, start, end, testIdPrefix, labels }: Props) {
  const { locale } = labels;
  // "4 years", "4,5 года", "4 سال": Intl names the unit in each language (the number locale of Urdu is en-IN's).
  const span = new Intl.NumberFormat(DATE_LOCALE[locale], {
    style: "unit",
    unit: "year",
    unitDisplay: "long",
    maximumFractionDigits: 2,
  }).format(result.elapsedYears);
  const years = { from: String(from.year), to: String(to.year) };
  return (
    <dl className={styles.cards}>
      {[from, to].map((card, index) => (
        <div key={index} className={styles.card}>
          <dt>{card.year}</dt>
          <dd className={styles.value} data-testid={`${testIdPrefix}-${index === 0 ? "from" : "to"}`}>
            {card.value}
          </dd>
          <dd className={styles.explain}>{card.provenance}</dd>
        </div>
      ))}
      <div className={styles.card}>
        <dt>{labels.change}</dt>
        <dd className={styles.value} data-testid={`${testIdPrefix}-change`}>
          {formatSignedUsdMillions(result.change, locale)}
        </dd>
        <dd className={styles.explain}>{fill(labels.changeExplain, years, locale)}</dd>
      </div>
      <div className={styles.card}>
        <dt>{labels.percent}</dt>
        <dd className={styles.value} data-testid={`${testIdPrefix}-percent`}>
          {result.percentChange === undefined
            ? labels.notDefined
            : formatPercent(result.percentChange, { signed: true }, locale)}
        </dd>
        <dd className={styles.explain}>
          {fill(result.percentChange === undefined ? labels.percentZero : labels.percentExplain, years, locale)}
        </dd>
      </div>
      <div className={styles.card}>
        <dt>{labels.cagr}</dt>
        <dd className={styles.value} data-testid={`${testIdPrefix}-cagr`}>
          {result.cagr === undefined ? (
            labels.notDefined
          ) : (
            <>
              {formatPercent(result.cagr, { signed: true }, locale)} <span className={styles.unit}>{labels.aYear}</span>
            </>
          )}
        </dd>
        <dd className={styles.explain}>
          {result.cagr === undefined
            ? labels.cagrUndefined
            : fill(
                labels.cagrExplain,
                { start: formatUsdMillions(start, {}, locale), end: formatUsdMillions(end, {}, locale), span },
                locale,
              )}
        </dd>
      </div>
    </dl>
  );
}
