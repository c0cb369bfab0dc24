"use client";

import {
  Brush,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from "recharts";
import type { ImportedSeries } from "@/lib/import/types";
import { previewRows } from "@/lib/imported/selection";
import type { Locale } from "@/lib/i18n/locales";
import { numberFormat } from "@/lib/i18n/number-format";
import { fill } from "./fill";
import type { ImportLabels } from "./import-labels";
import styles from "./import.module.css";

type Props = {
  unit: string;
  series: readonly Pick<ImportedSeries, "id" | "name" | "points">[];
  locale: Locale;
  words: ImportLabels["preview"];
};

/** With more years than this, a brush below the chart lets the reader zoom into a span. */
const BRUSH_FROM_YEARS = 25;

/* Alternating families, so neighbouring lines in a small chart never look alike. */
const PALETTE = [
  "var(--series-imported-0)",
  "var(--series-russian-0)",
  "var(--series-unknown-0)",
  "var(--series-pakistani-0)",
  "var(--series-imported-2)",
  "var(--series-russian-2)",
  "var(--series-unknown-1)",
  "var(--series-pakistani-2)",
];

/**
 * A quick look at the chosen series of one unit, before they are kept. Only
 * this page loads recharts, and only once a file has been read (see
 * import-preview.tsx). Missing years are null and connectNulls is off, so a
 * gap in the file stays a gap in the line.
 */
export function PreviewChart({ unit, series, locale, words }: Props) {
  const compact = numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const full = numberFormat(locale, { maximumFractionDigits: 2 });
  const rows = previewRows(series);
  const names = new Map(series.map((entry) => [entry.id, entry.name]));
  // Part-year sums (some months or quarters missing) get a hollow, dashed dot and say so in the tooltip.
  const partial = new Map(
    series.map((entry) => [
      entry.id,
      new Map(
        entry.points.filter((point) => point.partial).map((point) => [point.year, point.period ?? words.partOfYear]),
      ),
    ]),
  );
  const anyPartial = [...partial.values()].some((years) => years.size > 0);
  return (
    <div className={styles.previewChart}>
      <ResponsiveContainer width="100%" height={rows.length > BRUSH_FROM_YEARS ? 320 : 280}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis
            dataKey="year"
            tick={{ fill: "var(--text-muted)", fontSize: 12 }}
            stroke="var(--border)"
            minTickGap={16}
          />
          <YAxis
            tick={{ fill: "var(--text-muted)", fontSize: 12 }}
            stroke="var(--border)"
            tickFormatter={(value: number) => compact.format(value)}
            width={56}
          />
          <Tooltip
            contentStyle={{ background: "var(--bg-raised)", border: "1px solid var(--border)", borderRadius: 6 }}
            labelStyle={{ color: "var(--text)", fontWeight: 600 }}
            formatter={(value, name, item) => {
              const period = partial.get(String(name))?.get(Number((item.payload as { year?: number }).year));
              const text = typeof value === "number" ? `${full.format(value)} ${unit}` : words.noValue;
              return [
                period ? fill(words.onlyPeriod, { value: text, period }, locale) : text,
                names.get(String(name)) ?? String(name),
              ];
            }}
          />
          <Legend
            formatter={(value: string) => (
              <span className={styles.previewLegend} lang={locale === "en" ? undefined : "en"}>
                {names.get(value) ?? value}
              </span>
            )}
          />
          {series.map((entry, index) => {
            const color = PALETTE[index % PALETTE.length];
            const partYears = partial.get(entry.id);
            return (
              <Line
                key={entry.id}
                dataKey={entry.id}
                name={entry.id}
                type="linear"
                stroke={color}
                strokeWidth={2}
                dot={(props: DotItemDotProps) => (
                  <PreviewDot key={props.index} {...props} color={color} partYears={partYears} />
                )}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
          {rows.length > BRUSH_FROM_YEARS ? (
            <Brush dataKey="year" height={24} stroke="var(--accent)" fill="var(--bg-soft)" travellerWidth={10} />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
      {anyPartial ? <p className={styles.previewNote}>{words.partialNote}</p> : null}
    </div>
  );
}

function PreviewDot({
  cx,
  cy,
  value,
  payload,
  color,
  partYears,
}: DotItemDotProps & { color: string | undefined; partYears: Map<number, string> | undefined }) {
  if (cx === undefined || cy === undefined || typeof value !== "number") return null;
  const year = (payload as { year?: number } | undefined)?.year;
  const isPartial = year !== undefined && partYears?.has(year) === true;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={isPartial ? 4 : 2.5}
      fill={isPartial ? "var(--bg-raised)" : color}
      stroke={color}
      strokeWidth={1.5}
      strokeDasharray={isPartial ? "2 1.5" : undefined}
    />
  );
}
