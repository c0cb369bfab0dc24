import type { OfficialTableRow } from "@/lib/trade/official-series";
import { formatUsdMillions } from "@/lib/format";
import styles from "./trade.module.css";

type Props = {
  rows: readonly OfficialTableRow[];
  /** "US$ millions" or "constant 2024 US$ millions". */
  unit: string;
  rangeLabel: string;
};

const MEASURES = ["exports", "imports", "total", "balance"] as const;
const HEADERS = { exports: "Exports", imports: "Imports", total: "Total*", balance: "Balance*" } as const;

function Cell({ value }: { value: number | undefined }) {
  return <td className="num">{value === undefined ? <span className="muted">–</span> : formatUsdMillions(value)}</td>;
}

/**
 * The official series as a dense table: one line per year, both countries'
 * counts of each flow side by side. A dash is a year the IMF table leaves empty.
 */
export function OfficialTable({ rows, unit, rangeLabel }: Props) {
  if (rows.length === 0) {
    return <p className="muted">The IMF series covers 1960–2020; no year of it falls in {rangeLabel}.</p>;
  }
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Official series, year by year">
      <table className={`data-table ${styles.denseTable}`}>
        <caption>
          IMF Direction of Trade Statistics, {rangeLabel}, {unit}, in Pakistan’s terms. Exports are Pakistan’s sales to
          the partner, imports its purchases; the partner is the USSR before 1992. *Total and balance are our sums and
          differences of the two flows.
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Year
            </th>
            <th scope="colgroup" colSpan={4}>
              Pakistan’s count
            </th>
            <th scope="colgroup" colSpan={4}>
              Russia’s count
            </th>
          </tr>
          <tr>
            {(["pk", "ru"] as const).flatMap((reporter) =>
              MEASURES.map((measure) => (
                <th key={`${reporter}-${measure}`} scope="col" className="num">
                  {HEADERS[measure]}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year} id={`official-${row.year}`}>
              <th scope="row">
                {row.year}
                {row.partner === "USSR" ? <span className="muted"> USSR</span> : null}
              </th>
              {(["pk", "ru"] as const).flatMap((reporter) =>
                MEASURES.map((measure) => <Cell key={`${reporter}-${measure}`} value={row[reporter][measure]} />),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
