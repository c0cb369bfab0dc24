import type { ReactNode } from "react";
import type { CompareResult } from "@/lib/trade/compare";
import { formatPercent, formatSignedUsdMillions, formatUsdMillions } from "@/lib/format";
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
};

const yearsText = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/**
 * The two compared figures, then the change, the percentage change and the
 * compound annual growth rate, each explained in one line. Hook-free, so the
 * trade explorer renders it on the server and the import page in the browser.
 */
export function CompareCards({ years: [from, to], result, start, end, testIdPrefix }: Props) {
  const span = `${yearsText.format(result.elapsedYears)} year${result.elapsedYears === 1 ? "" : "s"}`;
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
        <dt>Change</dt>
        <dd className={styles.value} data-testid={`${testIdPrefix}-change`}>
          {formatSignedUsdMillions(result.change)}
        </dd>
        <dd className={styles.explain}>
          The {to.year} figure minus the {from.year} figure.
        </dd>
      </div>
      <div className={styles.card}>
        <dt>Percentage change</dt>
        <dd className={styles.value} data-testid={`${testIdPrefix}-percent`}>
          {result.percentChange === undefined ? "not defined" : formatPercent(result.percentChange, { signed: true })}
        </dd>
        <dd className={styles.explain}>
          {result.percentChange === undefined
            ? `A change cannot be a share of a ${from.year} figure of zero.`
            : `The change as a share of the ${from.year} figure.`}
        </dd>
      </div>
      <div className={styles.card}>
        <dt>Compound annual growth rate</dt>
        <dd className={styles.value} data-testid={`${testIdPrefix}-cagr`}>
          {result.cagr === undefined ? (
            "not defined"
          ) : (
            <>
              {formatPercent(result.cagr, { signed: true })} <span className={styles.unit}>a year</span>
            </>
          )}
        </dd>
        <dd className={styles.explain}>
          {result.cagr === undefined
            ? "It needs two positive figures some time apart."
            : `The steady yearly rate that turns ${formatUsdMillions(start)} into ${formatUsdMillions(end)} over ${span}; it says nothing about the years between.`}
        </dd>
      </div>
    </dl>
  );
}
