import type { OfficialObservation } from "@/lib/definitions";
import { formatSignedAmount, formatTick } from "@/lib/official/display";
import { FIRST_RUSSIA_YEAR, RUSSIA, USSR } from "@/lib/official/flows";
import { balanceRows, dollarsLabel, sourceIdsIn, spanOf, type Dollars, type YearRange } from "@/lib/official/sections";
import { describeBalance } from "@/lib/official/sections-text";
import { LineChart } from "./line-chart";
import { NoFigure, OfficialSource } from "./official-source";
import { OfficialTable } from "./official-table";
import styles from "./official.module.css";

const BREAK_AFTER = FIRST_RUSSIA_YEAR - 1;

export function BalanceSection({
  official,
  range,
  dollars,
  dollarsText,
}: {
  official: readonly OfficialObservation[];
  range: YearRange;
  dollars: Dollars;
  dollarsText: string;
}) {
  const rows = balanceRows(official, range, dollars);
  const shown = spanOf(rows.map((row) => row.year));
  const unit = dollarsLabel(dollars);
  const summary = describeBalance(rows, dollars);
  const breakShown = shown !== undefined && shown.from <= BREAK_AFTER && shown.to > BREAK_AFTER;
  const ids = sourceIdsIn(
    official,
    range,
    (row) =>
      (row.reporter === "pk" && (row.partner === RUSSIA || row.partner === USSR)) ||
      (row.reporter === "ru" && row.partner === "Pakistan"),
  );
  const spanText =
    shown === undefined ? "" : shown.from === shown.to ? String(shown.from) : `${shown.from}–${shown.to}`;
  const points = (key: "pakistan" | "russia") =>
    rows.flatMap((row) => {
      const value = row[key];
      return value === undefined ? [] : [{ year: row.year, value }];
    });

  return (
    <section aria-labelledby="balance" className={styles.section}>
      <h2 id="balance">Balance: Pakistan’s surplus or deficit with Russia</h2>
      <p>
        Pakistan’s exports to Russia minus its imports from Russia. Above zero Pakistan sells more than it buys (a
        surplus); below zero it buys more (a deficit). Because the two countries count each direction differently, they
        can disagree not only on the size of the balance but on which way it runs.
      </p>
      <p className={styles.note}>
        <span className={styles.derived}>Derived</span> Each balance is worked out by us from one country’s two
        published figures: by Pakistan’s count, its exports (FOB) minus its imports (CIF); by Russia’s count, Russia’s
        imports from Pakistan (CIF) minus its exports to Pakistan (FOB). {dollarsText}
      </p>
      {breakShown ? (
        <p className={styles.note}>
          <strong>Break at 1991/92.</strong> Before 1992 the balance is Pakistan’s with the USSR, by Pakistan’s count;
          Russia’s own count starts in 1992.
        </p>
      ) : null}
      {shown === undefined ? (
        <p>No figures in this range: the IMF series covers 1960–2020 for Pakistan and 1992–2020 for Russia.</p>
      ) : (
        <>
          <p className={styles.summary}>{summary}</p>
          <div className={styles.pair}>
            <div className={styles.panel}>
              <ul className={styles.key} aria-label="How the lines are drawn">
                <li>
                  <span className={`${styles.swatch} ${styles.swatchSolid}`} aria-hidden="true" />
                  Solid line, dots: by Pakistan’s count
                </li>
                <li>
                  <span className={`${styles.swatch} ${styles.swatchDashed}`} aria-hidden="true" />
                  Dashed line, squares: by Russia’s count
                </li>
                <li>
                  <span className={`${styles.swatch} ${styles.swatchZero}`} aria-hidden="true" />
                  Heavy rule: zero, where exports equal imports
                </li>
              </ul>
              <LineChart
                idPrefix="balance"
                title={`Pakistan’s trade balance with Russia${breakShown ? " (the USSR before 1992)" : ""}, ${spanText}, ${unit}, as each country counts it`}
                description={summary}
                axisLabel={`${unit}; above 0: surplus`}
                from={shown.from}
                to={shown.to}
                format={formatTick}
                includeZero
                breakAfter={BREAK_AFTER}
                breakLabels={breakShown ? ["USSR", "Russia"] : undefined}
                series={[
                  {
                    id: "pk",
                    label: "Pakistan’s count",
                    narrowLabel: "Pakistan",
                    points: points("pakistan"),
                    style: "solid",
                    marker: "circle",
                    colorVar: "--series-pakistani-0",
                  },
                  {
                    id: "ru",
                    label: "Russia’s count",
                    narrowLabel: "Russia",
                    points: points("russia"),
                    style: "dashed",
                    marker: "square",
                    colorVar: "--series-russian-0",
                  },
                ]}
              />
            </div>
            <OfficialTable
              label="Pakistan’s balance with Russia by year, table"
              caption={
                <>
                  Pakistan’s balance with Russia, {spanText}, {unit}: exports minus imports, as each country counts
                  them. <span className={styles.derived}>Derived</span> by us from the IMF series.
                </>
              }
            >
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Partner</th>
                  <th scope="col" className="num">
                    Pakistan’s count <span className={styles.sub}>derived</span>
                  </th>
                  <th scope="col" className="num">
                    Russia’s count <span className={styles.sub}>derived</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.year} data-year={row.year}>
                    <th scope="row">{row.year}</th>
                    <td>{row.partner === USSR ? "USSR" : "Russia"}</td>
                    <td className="num" data-count="pk">
                      {row.pakistan === undefined ? <NoFigure /> : formatSignedAmount(row.pakistan)}
                    </td>
                    <td className="num" data-count="ru">
                      {row.russia === undefined ? <NoFigure /> : formatSignedAmount(row.russia)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </OfficialTable>
          </div>
        </>
      )}
      <OfficialSource
        ids={ids}
        derived="every balance here; the IMF publishes only each country’s exports and imports."
      />
    </section>
  );
}
