import type { OfficialObservation } from "@/lib/definitions";
import { formatAmount, formatGapPercent, formatSignedAmount, formatTick } from "@/lib/official/display";
import { RUSSIA } from "@/lib/official/flows";
import { DIRECTIONS, type Direction } from "@/lib/official/mirror";
import {
  DIRECTION_ROLES,
  dollarsLabel,
  mirrorRows,
  sourceIdsIn,
  spanOf,
  totalRows,
  type Dollars,
  type MirrorRow,
  type YearRange,
} from "@/lib/official/sections";
import { describeMirror, describeTotals, DIRECTION_TITLES } from "@/lib/official/sections-text";
import { LineChart } from "./line-chart";
import { NoFigure, OfficialSource } from "./official-source";
import { OfficialTable } from "./official-table";
import styles from "./official.module.css";

type PanelSpec = {
  /** "pk-to-ru", "ru-to-pk" or "total": the ids of its heading and chart. */
  id: string;
  title: string;
  rows: readonly MirrorRow[];
  summary: string;
  /** What each line is, e.g. "Pakistan’s count (FOB, as exporter)". */
  pakistanKey: string;
  russiaKey: string;
  /** The small print under each column header. */
  pakistanSub: string;
  russiaSub: string;
  gapSub: string;
  gapPctSub: string;
  /** Whose total it is: the two figures themselves are sums worked out by us. */
  figuresDerived: boolean;
};

function directionSpec(
  official: readonly OfficialObservation[],
  direction: Direction,
  range: YearRange,
  dollars: Dollars,
): PanelSpec {
  const rows = mirrorRows(official, direction, range, dollars);
  const exporterIsPakistan = DIRECTION_ROLES[direction].exporter === "pk";
  const [pkValuation, ruValuation] = exporterIsPakistan ? ["FOB", "CIF"] : ["CIF", "FOB"];
  return {
    id: direction,
    title: DIRECTION_TITLES[direction],
    rows,
    summary: describeMirror(direction, rows, dollars),
    pakistanKey: `Pakistan’s count (${pkValuation}, as ${exporterIsPakistan ? "exporter" : "importer"})`,
    russiaKey: `Russia’s count (${ruValuation}, as ${exporterIsPakistan ? "importer" : "exporter"})`,
    pakistanSub: pkValuation,
    russiaSub: ruValuation,
    gapSub: `${exporterIsPakistan ? "Russia’s − Pakistan’s" : "Pakistan’s − Russia’s"}, derived`,
    gapPctSub: "of exporter’s, derived",
    figuresDerived: false,
  };
}

function totalSpec(official: readonly OfficialObservation[], range: YearRange, dollars: Dollars): PanelSpec {
  const rows = totalRows(official, range, dollars);
  return {
    id: "total",
    title: "Total trade, both directions",
    rows,
    summary: describeTotals(rows, dollars),
    pakistanKey: "Pakistan’s count (its exports plus its imports)",
    russiaKey: "Russia’s count (its imports from Pakistan plus its exports to it)",
    pakistanSub: "derived",
    russiaSub: "derived",
    gapSub: "Russia’s − Pakistan’s, derived",
    gapPctSub: "of Pakistan’s, derived",
    figuresDerived: true,
  };
}

function MirrorPanel({ spec, dollars, extent }: { spec: PanelSpec; dollars: Dollars; extent: readonly number[] }) {
  const { rows, title } = spec;
  const shown = spanOf(rows.map((row) => row.year));
  const unit = dollarsLabel(dollars);
  const headingId = `mirror-${spec.id}`;
  if (shown === undefined) {
    return (
      <div className={styles.panel}>
        <h3 id={headingId}>{title}</h3>
        <p>No figures for these years: both countries’ IMF series cover 1992–2020.</p>
      </div>
    );
  }
  const spanText = shown.from === shown.to ? String(shown.from) : `${shown.from}–${shown.to}`;
  const point = (key: "pakistan" | "russia") =>
    rows.flatMap((row) => {
      const value = row[key];
      return value === undefined ? [] : [{ year: row.year, value }];
    });
  return (
    <div className={styles.panel} data-mirror={spec.id}>
      <h3 id={headingId}>
        {title}, {spanText}
      </h3>
      <ul className={styles.key} aria-label="How the lines are drawn">
        <li>
          <span className={`${styles.swatch} ${styles.swatchSolid}`} aria-hidden="true" />
          Solid line, dots: {spec.pakistanKey}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchDashed}`} aria-hidden="true" />
          Dashed line, squares: {spec.russiaKey}
        </li>
      </ul>
      <LineChart
        idPrefix={headingId}
        title={`${title}, ${spanText}, ${unit}: Pakistan’s and Russia’s figures`}
        description={spec.summary}
        axisLabel={unit}
        from={shown.from}
        to={shown.to}
        format={formatTick}
        includeZero
        extent={extent}
        series={[
          {
            id: "pk",
            label: "Pakistan’s count",
            narrowLabel: "Pakistan",
            points: point("pakistan"),
            style: "solid",
            marker: "circle",
            colorVar: "--series-pakistani-0",
          },
          {
            id: "ru",
            label: "Russia’s count",
            narrowLabel: "Russia",
            points: point("russia"),
            style: "dashed",
            marker: "square",
            colorVar: "--series-russian-0",
          },
        ]}
      />
      <p className={styles.summary}>{spec.summary}</p>
      <OfficialTable
        label={`${title}: both countries’ figures, table`}
        caption={
          <>
            {title}, {spanText}, {unit}, as each country counts it. {spec.figuresDerived ? "Totals and gap" : "Gap"}{" "}
            <span className={styles.derived}>derived</span> by us from the IMF series.
          </>
        }
      >
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="num">
              Pakistan’s count <span className={styles.sub}>{spec.pakistanSub}</span>
            </th>
            <th scope="col" className="num">
              Russia’s count <span className={styles.sub}>{spec.russiaSub}</span>
            </th>
            <th scope="col" className="num">
              Gap, US$m <span className={styles.sub}>{spec.gapSub}</span>
            </th>
            <th scope="col" className="num">
              Gap, % <span className={styles.sub}>{spec.gapPctSub}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year} data-year={row.year}>
              <th scope="row">{row.year}</th>
              <td className="num" data-count="pk">
                {row.pakistan === undefined ? <NoFigure /> : formatAmount(row.pakistan)}
              </td>
              <td className="num" data-count="ru">
                {row.russia === undefined ? <NoFigure /> : formatAmount(row.russia)}
              </td>
              <td className="num" data-count="gap">
                {row.gap === undefined ? <NoFigure /> : formatSignedAmount(row.gap)}
              </td>
              <td className="num" data-count="gap-pct">
                {row.gapPct === undefined ? <NoFigure /> : formatGapPercent(row.gapPct)}
              </td>
            </tr>
          ))}
        </tbody>
      </OfficialTable>
    </div>
  );
}

export function MirrorSection({
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
  const ids = sourceIdsIn(
    official,
    range,
    (row) => (row.reporter === "pk" && row.partner === RUSSIA) || (row.reporter === "ru" && row.partner === "Pakistan"),
  );
  // Both directions on one scale, so a reader can compare exports with imports at a glance.
  const directions = DIRECTIONS.map((direction) => directionSpec(official, direction, range, dollars));
  const directionExtent = directions.flatMap((spec) =>
    spec.rows.flatMap((row) => [row.pakistan, row.russia]).filter((value): value is number => value !== undefined),
  );
  return (
    <section aria-labelledby="mirror" className={styles.section}>
      <h2 id="mirror">Two countries, two numbers</h2>
      <p>
        Every shipment between Pakistan and Russia is counted twice: once by the country it leaves and once by the
        country it reaches. The IMF publishes both counts side by side, and they rarely agree. Below, each direction of
        trade is shown as Pakistan records it and as Russia records it, with the difference between them.
      </p>
      <p className={styles.note}>
        <span className={styles.derived}>Derived</span> The gaps are worked out by us from the two published figures:
        the importer’s figure minus the exporter’s, and that difference as a share of the exporter’s figure.{" "}
        {dollarsText}
      </p>
      <div className={styles.pair}>
        {directions.map((spec) => (
          <MirrorPanel key={spec.id} spec={spec} dollars={dollars} extent={directionExtent} />
        ))}
        <MirrorPanel spec={totalSpec(official, range, dollars)} dollars={dollars} extent={[]} />
        <div className={styles.panel}>
          <h3 id="mirror-why">Why the two figures differ</h3>
          <ul className={styles.reasons}>
            <li>
              <strong>Valuation.</strong> The exporting country records goods at their value when they leave its border
              (FOB, “free on board”). The importing country adds the freight and insurance paid to bring them in (CIF,
              “cost, insurance and freight”). On a long sea route, that alone makes the importer’s figure a few per cent
              higher.
            </li>
            <li>
              <strong>Timing.</strong> A cargo shipped in December may be recorded by the importer in January, so it
              lands in different calendar years in the two countries’ books.
            </li>
            <li>
              <strong>Transit and third countries.</strong> Much of this trade does not travel directly: it passes
              through ports, traders and land routes in the Gulf, Iran, Central Asia or Europe. An exporter records the
              country it ships to, as far as it knows; an importer records the country where the goods were made. A
              cargo sold to a trader in Dubai and shipped on to Russia is then Pakistani in Russia’s books but Emirati
              in Pakistan’s.
            </li>
            <li>
              <strong>Re-exports.</strong> Goods a country imports and sells on unchanged may appear in its exports,
              while the final buyer attributes them to the country that made them, so the same goods are counted against
              different partners.
            </li>
            <li>
              <strong>Under-recording.</strong> Low invoicing to reduce customs duty, informal trade and goods classed
              as confidential leave some flows smaller, or missing, in one country’s records.
            </li>
          </ul>
          <p>
            So neither figure is “the” true one. A large gap that runs the wrong way, with the exporter’s figure above
            the importer’s, points to one of the later causes rather than to freight costs.
          </p>
        </div>
      </div>
      <OfficialSource
        ids={ids}
        derived="the totals and the gaps in US$ and per cent. Each country’s exports and imports are the IMF’s figures as that country reports them."
      />
    </section>
  );
}
