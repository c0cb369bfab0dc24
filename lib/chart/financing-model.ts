import type { FinancingItem, FinancingKind, FinancingStatus } from "../definitions";
import { fillLabel, formatDateRange, formatFinancingAmount, formatUsdCompact, labelsOf } from "../format";
import { amountExtent, orderedRows, proseLang, type FinancingSection } from "../financing";
import { getT } from "../i18n";
import { numberFormat } from "../i18n/number-format";
import type { Locale } from "../i18n/locales";
import { logDomain, logScale } from "./scales";
import { ascentPx } from "./script-metrics";
import type { PointShape } from "./trend-model";

/*
 * Geometry of the financing chart: one row per item with a published dollar
 * amount, grouped by section, on a logarithmic axis shared by every row. The
 * amounts run from under a million to many billions, so on a linear axis most
 * of them would sit on top of each other at zero; on a log axis each gridline
 * is ten times the last and every value keeps its label. Every word the chart
 * draws is in the reader's language; time and amounts still run left to right.
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

export const KIND_GROUP_ORDER: readonly KindGroup[] = ["flow", "offer", "estimate", "repayment"];

/** What each marker shape stands for, in the reader's language. */
export function kindGroupLabels(locale: Locale = "en"): Record<KindGroup, string> {
  const t = getT(locale);
  return {
    flow: t("financing.chart.kindGroup.flow"),
    offer: t("financing.chart.kindGroup.offer"),
    estimate: t("financing.chart.kindGroup.estimate"),
    repayment: t("financing.chart.kindGroup.repayment"),
  };
}

export type GroupRow = { type: "group"; id: string; label: string; y: number };

export type ItemRow = {
  type: "item";
  id: string;
  sectionId: string;
  label: string;
  /** "en" when the label is the data's English prose on an Urdu or Russian page, so it is marked as English. */
  labelLang?: "en";
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

export type FinancingChartOptions = { width: number; locale?: Locale };

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
/*
 * The chart's text runs in a left-to-right SVG. An Urdu label such as
 * "526.5 ملین ڈالر · منظور شدہ" would then put its number at the far left,
 * where an Urdu reader finishes rather than starts; a right-to-left isolate
 * keeps the label's own order while it stays anchored where the layout puts it.
 */
const RLI = "\u2067";
const PDI = "\u2069";

/** Text drawn in the chart, isolated as right to left when the page is Urdu and the text is not the data's English. */
export function chartText(text: string, locale: Locale): string {
  return locale === "ur" && proseLang(text, locale) === undefined ? `${RLI}${text}${PDI}` : text;
}

const AXIS_SPACE = 26;
const GROUP_GAP = 12;

/** "$1bn", "$10m", "$100k"; "1 млрд", "10 ملین": short, the unit said once in the scale note. */
function formatTick(value: number, locale: Locale): string {
  const t = getT(locale);
  const digits = (scaled: number) =>
    numberFormat(locale, { maximumFractionDigits: 3 }).format(Number(scaled.toPrecision(3)));
  if (value >= 1000) return t("financing.chart.tick.billions", { value: digits(value / 1000) });
  if (value >= 1) return t("financing.chart.tick.millions", { value: digits(value) });
  return t("financing.chart.tick.thousands", { value: digits(value * 1000) });
}

/**
 * An amount as the chart writes it beside its marker. Urdu and Russian write
 * the unit after the number ("20 ملین ڈالر", "20 млн долл."), so a range in
 * one unit names it once ("20–30 млн долл."), keeping the label short enough
 * to stay beside its marker on a phone; English keeps "$20m–$30m".
 */
export function chartAmount(item: FinancingItem, locale: Locale): string {
  const { amountUsdM: low, amountMaxUsdM: high } = item;
  if (locale === "en" || low === undefined || high === undefined || high === low) {
    return formatFinancingAmount(item, locale);
  }
  const lowText = formatUsdCompact(low, locale);
  const highText = formatUsdCompact(high, locale);
  const unit = highText.replace(/^[\d.,\s\u00a0\u202f]+/, "");
  if (unit === highText || !lowText.endsWith(unit)) return formatFinancingAmount(item, locale);
  const range = `${lowText.slice(0, -unit.length).trim()}–${highText}`;
  return item.qualifier === undefined
    ? range
    : fillLabel(labelsOf(locale).qualifier[item.qualifier], { amount: range });
}

/** Shortens text to about `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncateLabel(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return { text: `${(space > max * 0.4 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, "")}…`, truncated: true };
}

/** An item in one line of words, for the marker's tooltip and screen readers. */
export function describeItem(item: FinancingItem, locale: Locale = "en"): string {
  const t = getT(locale);
  const labels = labelsOf(locale);
  const parties =
    item.counterpart === undefined
      ? item.financier
      : t("financing.chart.describe.parties", { financier: item.financier, counterpart: item.counterpart });
  const head = t("financing.chart.describe.head", {
    item: item.item,
    date: formatDateRange(item.date, item.endDate, locale),
    amount: formatFinancingAmount(item, locale),
  });
  const original = item.originalAmount
    ? t("financing.chart.describe.publishedAs", { original: item.originalAmount })
    : "";
  return [
    `${head}${original}`,
    t("financing.chart.describe.kindStatus", {
      kind: labels.financingKind[item.kind],
      status: labels.financingStatus[item.status].toLocaleLowerCase(locale),
    }),
    parties,
    // An SVG title cannot mark part of itself as English, so the other editions count the
    // sources here and name them, marked with their language, in the item's entry below.
    locale === "en"
      ? t("financing.chart.describe.source", {
          publishers: item.sources.map((source) => source.publisher).join(t("financing.chart.descriptionSeparator")),
        })
      : t("financing.chart.describe.sourceCount", { count: item.sources.length }),
  ].join(t("financing.chart.describe.separator"));
}

export function buildFinancingChart(
  sections: readonly FinancingSection[],
  options: FinancingChartOptions,
): FinancingChartModel {
  const { width, locale = "en" } = options;
  const statusLabels = labelsOf(locale).financingStatus;
  const narrow = width < NARROW_BELOW;
  const all = sections.flatMap((section) => section.items);
  const drawn = all.filter((item) => item.amountUsdM !== undefined);
  const extent = amountExtent(drawn);
  const layout = narrow
    ? { labelLeft: 4, plotLeft: 12, plotRight: width - 12, rowHeight: 38, groupHeight: 24 }
    : { labelLeft: 4, plotLeft: 340, plotRight: width - 20, rowHeight: 24, groupHeight: 26 };
  const domain = extent === undefined ? ([1, 10000] as const) : logDomain(extent.min, extent.max);
  const x = logScale(domain, [layout.plotLeft, layout.plotRight]);

  // The amounts are written above the plot as well as below it; in Urdu their
  // Nastaliq letters rise twice as high, so the plot starts lower.
  const top = Math.max(AXIS_SPACE + 6, ascentPx(12, locale) + 11);
  let y = top;
  const rows: (GroupRow | ItemRow)[] = [];
  for (const section of sections) {
    const sectionRows = orderedRows(section.items.filter((item) => item.amountUsdM !== undefined));
    if (sectionRows.length === 0) continue;
    if (rows.length > 0) y += GROUP_GAP;
    rows.push({
      type: "group",
      id: section.id,
      label: chartText(section.title, locale),
      y: y + layout.groupHeight - 8,
    });
    y += layout.groupHeight;
    for (const { item, part } of sectionRows) {
      const amount = item.amountUsdM ?? domain[0];
      const cx = round(x(Math.max(amount, domain[0])));
      const cxMax = item.amountMaxUsdM === undefined ? undefined : round(x(item.amountMaxUsdM));
      const right = cxMax ?? cx;
      const labelSpace = narrow ? layout.plotRight - (part ? 16 : 4) : layout.plotLeft - 24 - (part ? 14 : 0);
      const glyph = narrow ? GLYPH.narrow : GLYPH.wide;
      const { text, truncated } = truncateLabel(item.item, Math.floor(labelSpace / glyph.label));
      const valueLabel = `${chartAmount(item, locale)} · ${statusLabels[item.status].toLocaleLowerCase(locale)}`;
      const roomRight = layout.plotRight + (narrow ? 12 : 20) - right;
      const fitsRight = roomRight > valueLabel.length * glyph.value + 14;
      const labelY = y + (narrow ? 12 : 16);
      const cy = narrow ? y + 27 : y + 12;
      rows.push({
        type: "item",
        id: item.id,
        sectionId: section.id,
        label: chartText(text, locale),
        labelLang: proseLang(item.item, locale),
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
        valueLabel: chartText(valueLabel, locale),
        valueX: fitsRight
          ? right + (item.qualifier === "at_least" ? 22 : 10)
          : cx - (item.qualifier === "up_to" ? 22 : 10),
        valueAnchor: fitsRight ? "start" : "end",
        description: describeItem(item, locale),
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
    ticks: x.ticks(6).map((value) => ({ px: round(x(value)), label: chartText(formatTick(value, locale), locale) })),
    rows,
    notDrawn: all.filter((item) => item.amountUsdM === undefined),
    extent,
    empty: drawn.length === 0,
  };
}

/** "Amounts run from $0.6m to $14bn, a factor of about 23,000": the reason the axis is logarithmic. */
export function describeScale(extent: { min: number; max: number } | undefined, locale: Locale = "en"): string {
  const t = getT(locale);
  if (extent === undefined) return t("financing.chart.scaleEmpty");
  const ratio = extent.max / extent.min;
  const rounded = Number(ratio.toPrecision(2));
  return t("financing.chart.scale", {
    min: formatTick(extent.min, locale),
    max: formatTick(extent.max, locale),
    ratio: numberFormat(locale).format(rounded),
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
