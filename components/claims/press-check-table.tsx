import { formatSignedUsdMillions, formatUsdMillions } from "@/lib/format";
import type { PressCheck } from "@/lib/official/press-check";

const percent = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, signDisplay: "exceptZero" });

function Difference({ value }: { value: PressCheck["vsPakistan"] }) {
  if (value === undefined) return <td className="num muted">–</td>;
  return (
    <td className="num">
      {formatSignedUsdMillions(value.usdM)} <span className="muted">({percent.format(value.pct)}%)</span>
    </td>
  );
}

const MATCH_TEXT = {
  pk: "Pakistan’s total",
  ru: "Russia’s total",
} as const;

/**
 * Every published whole-year figure inside the official years, beside both
 * countries' official totals for that year and the differences, all computed.
 */
export function PressCheckTable({ checks }: { checks: readonly PressCheck[] }) {
  if (checks.length === 0) return null;
  return (
    <section aria-labelledby="press-check-heading">
      <h2 id="press-check-heading">Every published figure against the official series</h2>
      <p>
        Each whole-calendar-year total published for 1992–2020, set beside the two official totals for the same year
        (our sums of the IMF’s export and import figures) and the difference. A match is a difference of 0.5% or less.
        Fiscal-year and part-year figures cover other months and are left out.
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Published figures against the official series">
        <table className="data-table">
          <caption>
            Published figures and the IMF totals, US$ millions; differences are published minus official (derived)
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Published by</th>
              <th scope="col" className="num">
                Published
              </th>
              <th scope="col" className="num">
                Pakistan’s total
              </th>
              <th scope="col" className="num">
                Difference
              </th>
              <th scope="col" className="num">
                Russia’s total
              </th>
              <th scope="col" className="num">
                Difference
              </th>
              <th scope="col">Matches</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr key={check.id} id={`check-${check.id}`}>
                <th scope="row">{check.year}</th>
                <td>{check.reporter}</td>
                <td className="num">{formatUsdMillions(check.published)}</td>
                <td className="num">
                  {check.pakistanTotal === undefined ? "–" : formatUsdMillions(check.pakistanTotal)}
                </td>
                <Difference value={check.vsPakistan} />
                <td className="num">{check.russiaTotal === undefined ? "–" : formatUsdMillions(check.russiaTotal)}</td>
                <Difference value={check.vsRussia} />
                <td>
                  {check.matches.length === 0 ? "neither" : check.matches.map((match) => MATCH_TEXT[match]).join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
