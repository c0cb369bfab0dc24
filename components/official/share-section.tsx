import type { OfficialObservation } from "@/lib/definitions";
import { formatAmount, formatShare, formatTick, ordinal } from "@/lib/official/display";
import { FIRST_RUSSIA_YEAR, RUSSIA, USSR } from "@/lib/official/flows";
import {
  dollarsLabel,
  largestPartners,
  latestPartnerYear,
  shareRows,
  sourceIdsIn,
  spanOf,
  type Dollars,
  type YearRange,
} from "@/lib/official/sections";
import { describeShare } from "@/lib/official/sections-text";
import { LineChart } from "./line-chart";
import { NoFigure, OfficialSource } from "./official-source";
import { OfficialTable } from "./official-table";
import styles from "./official.module.css";

const TOP = 10;
const BREAK_AFTER = FIRST_RUSSIA_YEAR - 1;

const spanText = (range: YearRange) => (range.from === range.to ? String(range.from) : `${range.from}–${range.to}`);
const percentTick = (value: number) => `${formatTick(value)}%`;

function LargestPartners({
  partners,
  range,
  dollars,
}: {
  partners: readonly OfficialObservation[];
  range: YearRange;
  dollars: Dollars;
}) {
  const year = latestPartnerYear(partners, range);
  if (year === undefined) return null;
  const bars = largestPartners(partners, year, TOP, dollars);
  const max = Math.max(...bars.map((bar) => bar.total));
  const unit = dollarsLabel(dollars);
  const russiaName = year < FIRST_RUSSIA_YEAR ? "The USSR" : "Russia";
  const russia = bars.find((bar) => bar.isRussia);
  const title = `Pakistan’s largest trading partners in ${year}`;
  return (
    <div className={styles.panel}>
      <h3 id="share-partners">{title}</h3>
      <p className={styles.summary}>
        By Pakistan’s figures, total trade (exports plus imports).{" "}
        {russia === undefined
          ? `${russiaName} has no figure for ${year}.`
          : russia.rank <= TOP
            ? `${russiaName} is highlighted.`
            : `${russiaName}, ${ordinal(russia.rank)}, is added below the ten for comparison.`}
      </p>
      <OfficialTable
        whole
        label={`${title}, table`}
        caption={
          <>
            {title}, {unit}, by Pakistan’s figures. Totals and ranks <span className={styles.derived}>derived</span> by
            us from the IMF series.
          </>
        }
      >
        <thead>
          <tr>
            <th scope="col" className="num">
              Rank <span className={styles.sub}>derived</span>
            </th>
            <th scope="col">Partner</th>
            <th scope="col" className="num">
              Total, US$m <span className={styles.sub}>derived</span>
            </th>
            <th scope="col" className={styles.barHeader}>
              <span className="visually-hidden">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar, index) => {
            const previous = bars[index - 1];
            const skipped = previous !== undefined && bar.rank > previous.rank + 1 && index >= TOP;
            return [
              skipped ? (
                <tr key={`${bar.partner}-gap`} className={styles.skipRow}>
                  <td colSpan={4}>
                    … {bar.rank - previous.rank - 1} partners between {ordinal(previous.rank)} and {ordinal(bar.rank)}{" "}
                    not shown
                  </td>
                </tr>
              ) : null,
              <tr
                key={bar.partner}
                className={bar.isRussia ? styles.highlight : undefined}
                data-partner={bar.partner}
                data-russia={bar.isRussia ? "true" : undefined}
              >
                <td className="num">{bar.rank}</td>
                <th scope="row" title={bar.partner === bar.name ? undefined : `IMF name: ${bar.partner}`}>
                  {bar.name}
                  {bar.complete ? "" : " *"}
                </th>
                <td className="num">{formatAmount(bar.total)}</td>
                <td className={styles.barCell} aria-hidden="true">
                  <span className={styles.bar} style={{ width: `${((bar.total / max) * 100).toFixed(1)}%` }} />
                </td>
              </tr>,
            ];
          })}
        </tbody>
      </OfficialTable>
      {bars.some((bar) => !bar.complete) ? (
        <p className="small muted">* Only one direction has a figure; the total is that direction alone.</p>
      ) : null}
    </div>
  );
}

export function ShareSection({
  official,
  partners,
  range,
  dollars,
}: {
  official: readonly OfficialObservation[];
  partners: readonly OfficialObservation[];
  range: YearRange;
  dollars: Dollars;
}) {
  const rows = shareRows(official, partners, range);
  const shown = spanOf(rows.map((row) => row.year));
  const breakShown = shown !== undefined && shown.from <= BREAK_AFTER && shown.to > BREAK_AFTER;
  const ids = sourceIdsIn(
    official,
    range,
    (row) =>
      row.partner === "World" ||
      (row.reporter === "pk" && (row.partner === RUSSIA || row.partner === USSR)) ||
      (row.reporter === "ru" && row.partner === "Pakistan"),
  ).concat(sourceIdsIn(partners, range));
  const summary = describeShare(rows);
  const series = (key: "shareOfPakistan" | "rank" | "shareOfRussia") =>
    rows.flatMap((row) => {
      const value = row[key];
      return value === undefined ? [] : [{ year: row.year, value }];
    });
  const russianYears = spanOf(series("shareOfRussia").map((point) => point.year));
  const breakProps = breakShown
    ? { breakAfter: BREAK_AFTER, breakLabels: ["USSR", "Russia"] as [string, string] }
    : { breakAfter: BREAK_AFTER };

  return (
    <section aria-labelledby="share" className={styles.section}>
      <h2 id="share">How much Russia matters</h2>
      <p>
        For Pakistan, Russia is a small partner: a fraction of one per cent of its trade in most years since 1992, far
        behind China, the United States and the Gulf. For Russia, Pakistan is smaller still.
      </p>
      <p className={styles.note}>
        <span className={styles.derived}>Derived</span> Shares and ranks are worked out by us: a country’s trade with
        the other (exports plus imports) as a share of its trade with the whole world, and Russia’s place among
        Pakistan’s partner economies by the same total. Each uses one country’s own figures throughout. They are ratios,
        the same in any dollars.
      </p>
      {breakShown ? (
        <p className={styles.note}>
          <strong>Break at 1991/92.</strong> Until 1991 Pakistan’s partner is the USSR, a larger economy than the
          Russian Federation that followed it; the lines are not joined across the break and the two periods are not
          directly comparable.
        </p>
      ) : null}
      {shown === undefined ? (
        <p>No figures in this range: the IMF series covers 1960–2020 for Pakistan and 1992–2020 for Russia.</p>
      ) : (
        <>
          <p className={styles.summary}>{summary}</p>
          <div className={styles.pair}>
            <div className={styles.panel}>
              <h3 id="share-of-pakistan">Russia’s share of Pakistan’s trade, {spanText(shown)}</h3>
              <LineChart
                idPrefix="share-pk"
                title={`Russia’s (before 1992 the USSR’s) share of Pakistan’s total trade, %, by Pakistan’s figures, ${spanText(shown)}`}
                description={summary}
                axisLabel="% of Pakistan’s trade"
                from={shown.from}
                to={shown.to}
                format={percentTick}
                includeZero
                {...breakProps}
                series={[
                  {
                    id: "share-pk",
                    label: "",
                    points: series("shareOfPakistan"),
                    style: "solid",
                    marker: "circle",
                    colorVar: "--series-pakistani-0",
                  },
                ]}
              />
            </div>
            <div className={styles.panel}>
              <h3 id="share-rank">Russia’s rank among Pakistan’s partners, {spanText(shown)}</h3>
              <LineChart
                idPrefix="share-rank"
                title={`Russia’s (before 1992 the USSR’s) rank among Pakistan’s partner economies by total trade, by Pakistan’s figures, ${spanText(shown)}; 1 is the largest partner`}
                description={summary}
                axisLabel="Rank (1 = largest partner)"
                from={shown.from}
                to={shown.to}
                format={formatTick}
                invert
                {...breakProps}
                series={[
                  {
                    id: "rank",
                    label: "",
                    points: series("rank"),
                    style: "solid",
                    marker: "circle",
                    colorVar: "--series-pakistani-0",
                  },
                ]}
              />
            </div>
            {russianYears !== undefined ? (
              <div className={styles.panel}>
                <h3 id="share-of-russia">Pakistan’s share of Russia’s trade, {spanText(russianYears)}</h3>
                <LineChart
                  idPrefix="share-ru"
                  title={`Pakistan’s share of the Russian Federation’s total trade, %, by Russia’s figures, ${spanText(russianYears)}`}
                  description={summary}
                  axisLabel="% of Russia’s trade"
                  from={russianYears.from}
                  to={russianYears.to}
                  format={percentTick}
                  includeZero
                  series={[
                    {
                      id: "share-ru",
                      label: "",
                      points: series("shareOfRussia"),
                      style: "dashed",
                      marker: "square",
                      colorVar: "--series-russian-0",
                    },
                  ]}
                />
              </div>
            ) : null}
            <LargestPartners partners={partners} range={range} dollars={dollars} />
          </div>
          <OfficialTable
            label="Shares and ranks by year, table"
            caption={
              <>
                Russia’s share of Pakistan’s trade and rank among its partners (Pakistan’s figures), and Pakistan’s
                share of Russia’s trade (Russia’s figures), {spanText(shown)}. All{" "}
                <span className={styles.derived}>derived</span> by us from the IMF series.
              </>
            }
          >
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Partner</th>
                <th scope="col" className="num">
                  Share of Pakistan’s trade <span className={styles.sub}>Pakistan’s count, derived</span>
                </th>
                <th scope="col" className="num">
                  Rank <span className={styles.sub}>Pakistan’s count, derived</span>
                </th>
                <th scope="col" className="num">
                  Pakistan’s share of Russia’s trade <span className={styles.sub}>Russia’s count, derived</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.year} data-year={row.year}>
                  <th scope="row">{row.year}</th>
                  <td>{row.partner === USSR ? "USSR" : "Russia"}</td>
                  <td className="num">
                    {row.shareOfPakistan === undefined ? <NoFigure /> : formatShare(row.shareOfPakistan)}
                  </td>
                  <td className="num">
                    {row.rank === undefined ? <NoFigure /> : `${row.rank} of ${row.partnerCount ?? "?"}`}
                  </td>
                  <td className="num">
                    {row.shareOfRussia === undefined ? <NoFigure /> : formatShare(row.shareOfRussia)}
                  </td>
                </tr>
              ))}
            </tbody>
          </OfficialTable>
          <p className="small muted">
            A partner economy for which Pakistan gives only one direction in a year is ranked by that direction alone.
            Pakistan’s share of Russia’s trade starts in 1992, with the Russian Federation’s own statistics.
          </p>
        </>
      )}
      <OfficialSource
        ids={[...new Set(ids)]}
        derived="every share, total and rank here; the IMF publishes only each country’s exports and imports by partner."
      />
    </section>
  );
}
