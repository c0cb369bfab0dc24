import type { FinancingItem, FinancingKind, FinancingStatus } from "../definitions";
import { FINANCING_KIND_LABELS, FINANCING_STATUS_LABELS, formatDateRange, formatFinancingAmount } from "../format";
import { amountExtent, orderedRows, type FinancingSection } from "../financing";
import { logDomain, logScale } from "./scales";
import type { PointShape } from "./trend-model";

/*
 * Geometry of the financing chart: one row per item with a published dollar
 * amount, grouped by section, on a logarithmic axis shared by every row. The
 * amounts run from under a million to many billions, so on a linear axis most
 * of them would sit on top of each other at zero; on a log axis each gridline
 * is ten times the last and every value keeps its label.
 */

/** How a status is drawn, so it can be told apart without colour. */
export type StatusStyle = "solid" | "hatched" | "hollow" | "dotted";

export const STATUS_STYLES: Record<FinancingStatus, StatusStyle> = {
  approved: "solid",
  implemented: "solid",
  announced: "hatched",
  declined: "hollow",
  lapsed: "hollow",
  unknown: "dotted",
};

/** What a kind of item is, drawn as a marker shape. */
export type KindGroup = "flow" | "offer" | "estimate" | "repayment";

export const KIND_GROUPS: Record<FinancingKind, KindGroup> = {
  approval: "flow",
  loan: "flow",
  grant: "flow",
  credit: "flow",
  funding: "flow",
  package: "flow",
  offer: "offer",
  pledge: "offer",
  cost_estimate: "estimate",
  repayment: "repayment",
};

export const KIND_GROUP_SHAPES: Record<KindGroup, PointShape> = {
  flow: "circle",
  offer: "diamond",
  estimate: "square",
  repayment: "triangle",
};

export const KIND_GROUP_LABELS: Record<KindGroup, string> = {
  flow: "Approval, loan, grant, credit, funding or package",
  offer: "Offer or pledge",
  estimate: "Cost estimate (a price tag, not money offered)",
  repayment: "Repayment or debt",
};

export type GroupRow = { type: "group"; id: string; label: string; y: number };

export type ItemRow = {
  type: "item";
  id: string;
  sectionId: string;
  label: string;
  /** Set when the label had to be shortened; the full text is in `description`. */
  truncated: boolean;
  /** A share of another item's amount, drawn indented under it. */
  part: boolean;
  /** Another source gives a different amount for the same thing; the rows sit together. */
  conflict: boolean;
  status: FinancingStatus;
  kind: FinancingKind;
  style: StatusStyle;
  shape: PointShape;
  /** Start and baseline of the label text. */
  labelX: number;
  y: number;
  /** Centre line of the marker. */
  cy: number;
  cx: number;
  /** Right end of a published range. */
  cxMax?: number;
  arrow?: "right" | "left";
  valueLabel: string;
  valueX: number;
  valueAnchor: "start" | "end";
  description: string;
};

export type FinancingChartModel = {
  width: number;
  height: number;
  narrow: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { px: number; label: string }[];
  rows: (GroupRow | ItemRow)[];
  /** Items with no dollar amount, which the chart cannot place. */
  notDrawn: FinancingItem[];
  extent?: { min: number; max: number };
  empty: boolean;
};

export type FinancingChartOptions = { width: number };

const NARROW_BELOW = 480;

/*
 * Average glyph widths, in chart units, of the fonts the chart uses (see
 * financing-chart.module.css): labels are regular, values bold and, on phones,
 * a size smaller. They are generous on purpose, so text is shortened or moved
 * before it can run off the edge.
 */
const GLYPH = {
  wide: { label: 6.4, value: 7.1 },
  narrow: { label: 6.1, value: 6.6 },
};
const AXIS_SPACE = 26;
const GROUP_GAP = 12;

function formatTick(value: number): string {
  if (value >= 1000) return `$${Number((value / 1000).toPrecision(3))}bn`;
  if (value >= 1) return `$${Number(value.toPrecision(3))}m`;
  return `$${Number((value * 1000).toPrecision(3))}k`;
}

/** Shortens text to about `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncateLabel(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return { text: `${(space > max * 0.4 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, "")}…`, truncated: true };
}

export function describeItem(item: FinancingItem): string {
  const parties = item.counterpart === undefined ? item.financier : `${item.financier} to ${item.counterpart}`;
  return [
    `${item.item}, ${formatDateRange(item.date, item.endDate)}: ${formatFinancingAmount(item)}${item.originalAmount ? ` (published as ${item.originalAmount})` : ""}`,
    `${FINANCING_KIND_LABELS[item.kind]}, ${FINANCING_STATUS_LABELS[item.status].toLowerCase()}`,
    parties,
    `Source: ${item.sources.map((source) => source.publisher).join("; ")}`,
  ].join(". ");
}

export function buildFinancingChart(
  sections: readonly FinancingSection[],
  options: FinancingChartOptions,
): FinancingChartModel {
  const { width } = options;
  const narrow = width < NARROW_BELOW;
  const all = sections.flatMap((section) => section.items);
  const drawn = all.filter((item) => item.amountUsdM !== undefined);
  const extent = amountExtent(drawn);
  const layout = narrow
    ? { labelLeft: 4, plotLeft: 12, plotRight: width - 12, rowHeight: 38, groupHeight: 24 }
    : { labelLeft: 4, plotLeft: 340, plotRight: width - 20, rowHeight: 24, groupHeight: 26 };
  const domain = extent === undefined ? ([1, 10000] as const) : logDomain(extent.min, extent.max);
  const x = logScale(domain, [layout.plotLeft, layout.plotRight]);

  const top = AXIS_SPACE + 6;
  let y = top;
  const rows: (GroupRow | ItemRow)[] = [];
  for (const section of sections) {
    const sectionRows = orderedRows(section.items.filter((item) => item.amountUsdM !== undefined));
    if (sectionRows.length === 0) continue;
    if (rows.length > 0) y += GROUP_GAP;
    rows.push({ type: "group", id: section.id, label: section.title, y: y + layout.groupHeight - 8 });
    y += layout.groupHeight;
    for (const { item, part } of sectionRows) {
      const amount = item.amountUsdM ?? domain[0];
      const cx = round(x(Math.max(amount, domain[0])));
      const cxMax = item.amountMaxUsdM === undefined ? undefined : round(x(item.amountMaxUsdM));
      const right = cxMax ?? cx;
      const labelSpace = narrow ? layout.plotRight - (part ? 16 : 4) : layout.plotLeft - 24 - (part ? 14 : 0);
      const glyph = narrow ? GLYPH.narrow : GLYPH.wide;
      const { text, truncated } = truncateLabel(item.item, Math.floor(labelSpace / glyph.label));
      const valueLabel = `${formatFinancingAmount(item)} · ${FINANCING_STATUS_LABELS[item.status].toLowerCase()}`;
      const roomRight = layout.plotRight + (narrow ? 12 : 20) - right;
      const fitsRight = roomRight > valueLabel.length * glyph.value + 14;
      const labelY = y + (narrow ? 12 : 16);
      const cy = narrow ? y + 27 : y + 12;
      rows.push({
        type: "item",
        id: item.id,
        sectionId: section.id,
        label: text,
        truncated,
        part,
        conflict: item.conflictsWith.length > 0,
        status: item.status,
        kind: item.kind,
        style: STATUS_STYLES[item.status],
        shape: KIND_GROUP_SHAPES[KIND_GROUPS[item.kind]],
        labelX: layout.labelLeft + (part ? 14 : 0),
        y: labelY,
        cy,
        cx,
        cxMax,
        arrow: item.qualifier === "at_least" ? "right" : item.qualifier === "up_to" ? "left" : undefined,
        valueLabel,
        valueX: fitsRight
          ? right + (item.qualifier === "at_least" ? 22 : 10)
          : cx - (item.qualifier === "up_to" ? 22 : 10),
        valueAnchor: fitsRight ? "start" : "end",
        description: describeItem(item),
      });
      y += layout.rowHeight;
    }
  }
  const bottom = y + 4;
  return {
    width,
    height: bottom + AXIS_SPACE,
    narrow,
    plot: { left: layout.plotLeft, right: layout.plotRight, top, bottom },
    ticks: x.ticks(6).map((value) => ({ px: round(x(value)), label: formatTick(value) })),
    rows,
    notDrawn: all.filter((item) => item.amountUsdM === undefined),
    extent,
    empty: drawn.length === 0,
  };
}

/** "Amounts run from $0.6m to $14bn, a factor of about 23,000": the reason the axis is logarithmic. */
export function describeScale(extent: { min: number; max: number } | undefined): string {
  if (extent === undefined) return "No item has a published dollar amount, so there is nothing to draw.";
  const ratio = extent.max / extent.min;
  const rounded = Number(ratio.toPrecision(2));
  return `Amounts run from ${formatTick(extent.min)} to ${formatTick(extent.max)}, a factor of about ${new Intl.NumberFormat("en-GB").format(rounded)}. On an ordinary axis everything below a few hundred million would sit on zero, so the axis is logarithmic: each gridline is ten times the one before, distances show ratios rather than differences, and each value is written beside its marker.`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
