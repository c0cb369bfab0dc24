import Link from "next/link";
import { CLAIM_STATUSES, FINANCING_STATUSES, TRADE_STATUSES, type TradeObservation } from "@/lib/definitions";
import {
  CLAIM_STATUS_DESCRIPTIONS,
  CLAIM_STATUS_LABELS,
  FINANCING_STATUS_DESCRIPTIONS,
  FINANCING_STATUS_LABELS,
  TRADE_STATUS_DESCRIPTIONS,
  TRADE_STATUS_LABELS,
} from "@/lib/format";
import { yearsWithoutFigures } from "@/lib/insights";
import { homeRange } from "@/lib/views";
import styles from "./sources.module.css";

function StatusTable({
  caption,
  rows,
}: {
  caption: string;
  rows: readonly { status: string; label: string; description: string }[];
}) {
  return (
    <table className={styles.statusTable}>
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.status}>
            <th scope="row">
              <span className={`badge badge--${row.status}`}>{row.label}</span>
            </th>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * How to read the figures, in our own words. The counts in it are worked out
 * from the trade rows, so the text stays true when rows are added.
 */
export function Methodology({ trade }: { trade: readonly TradeObservation[] }) {
  const fiscal = trade.filter((row) => row.basis === "fiscal").length;
  const partial = trade.filter((row) => row.basis === "partial").length;
  const pakistani = trade.filter((row) => row.perspective === "pakistani").length;
  const russian = trade.filter((row) => row.perspective === "russian").length;
  const unknown = trade.length - pakistani - russian;
  const { from, to } = homeRange(trade);
  const missing = yearsWithoutFigures(trade, from, to);

  return (
    <div className={styles.method}>
      <h3 id="fiscal-years">Calendar years and Pakistan&rsquo;s fiscal year</h3>
      <p>
        Pakistan&rsquo;s government keeps its accounts by fiscal year, from the start of July to the end of the
        following June, and names it after both years it touches: FY2022-23 runs from July 2022 to June 2023. Russian
        statistics and the international databases count calendar years. A fiscal-year total and a calendar-year total
        share only half their months, so they measure different things even when the labels look alike.
      </p>
      <p>
        Of our {trade.length} trade figures, {fiscal} are for Pakistani fiscal years and {partial} cover only part of a
        year. On the charts a fiscal year sits between the two calendar years it spans and belongs to a series of its
        own; a part-year figure is never drawn as if it were a whole year.
      </p>

      <h3 id="whose-statistics">Pakistani and Russian statistics</h3>
      <p>
        Each country records its trade with the other, and the two records rarely agree. Pakistan, like most importers,
        values what it buys <abbr title="cost, insurance and freight">CIF</abbr>: the price of the goods plus insurance
        and freight to its border. Russia values what it sells <abbr title="free on board">FOB</abbr>: the price at its
        own border, before transport. For the same shipments, then, Pakistan&rsquo;s imports from Russia should come out
        higher than Russia&rsquo;s exports to Pakistan, by about the cost of carrying them.
      </p>
      <p>
        Other gaps add to that one. Goods that pass through a third country may be booked against the wrong partner; a
        cargo can leave in December and arrive in January; the two sides convert currencies at different rates and sort
        goods into different categories. Setting one side&rsquo;s exports against the other&rsquo;s imports is called
        comparing mirror statistics, and a gap between them is normal, not proof that either side is wrong.
      </p>
      <p>
        That is why a series here always has one reporter, one point of view and one kind of year. Of our trade figures,{" "}
        {pakistani} come from Pakistani statistics, {russian} from Russian ones and {unknown} from sources that do not
        say whose numbers they used. They are never joined into one line.
      </p>

      <h3 id="press-figures">Why press figures are not an official series</h3>
      <p>
        Every trade figure on this site is a number someone published: a minister, an ambassador, a business council, a
        newspaper. Such numbers are often rounded, sometimes given for an unclear period and sometimes spoken rather
        than tabulated. They show what was said and roughly how large trade was, but they do not make a consistent
        series: between {from} and {to}, {missing.length} years have no published figure at all, and we leave them blank
        rather than guess.
      </p>
      <p>
        For a consistent series, download one from an official database (the IMF&rsquo;s Direction of Trade Statistics,
        UN Comtrade, the World Bank&rsquo;s WITS, or the State Bank of Pakistan) and open it on the{" "}
        <Link href="/import">import page</Link>. It is drawn beside our figures and the events, stays in your browser,
        and is never stored on our server.
      </p>

      <h3 id="statuses">What the status labels mean</h3>
      <p>Trade figures:</p>
      <StatusTable
        caption="Statuses of trade figures"
        rows={TRADE_STATUSES.map((status) => ({
          status,
          label: TRADE_STATUS_LABELS[status],
          description: TRADE_STATUS_DESCRIPTIONS[status],
        }))}
      />
      <p>Financing items:</p>
      <StatusTable
        caption="Statuses of financing items"
        rows={FINANCING_STATUSES.map((status) => ({
          status,
          label: FINANCING_STATUS_LABELS[status],
          description: FINANCING_STATUS_DESCRIPTIONS[status],
        }))}
      />
      <p>Claims of the source article:</p>
      <StatusTable
        caption="Statuses of checked claims"
        rows={CLAIM_STATUSES.map((status) => ({
          status,
          label: CLAIM_STATUS_LABELS[status],
          description: CLAIM_STATUS_DESCRIPTIONS[status],
        }))}
      />
    </div>
  );
}
