"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { TrendChart } from "@/components/charts/trend-chart";
import type { ChartEvent, ChartSeries, ScaleKind, ValueMode } from "@/lib/chart/trend-model";
import { localizePath } from "@/lib/i18n/locales";
import { importedToChart } from "@/lib/imported/chart";
import { fill } from "./fill";
import type { TradeImportedLabels } from "./import-labels";
import styles from "./trade-imported.module.css";
import { useImportedSeries } from "./use-imported-series";

export type TradeImportedOverlayProps = {
  /** Our series and events exactly as the page draws them. */
  series: readonly ChartSeries[];
  events: readonly ChartEvent[];
  from: number;
  to: number;
  scale: ScaleKind;
  mode: ValueMode;
  title: string;
  idPrefix: string;
  wideSize: { width: number; height: number };
  /** The page's own chart, shown while nothing imported falls in its range. */
  children: ReactNode;
  /** The overlay's words in the page's language, from its server parent. */
  labels: TradeImportedLabels;
};

/** The trade chart with the imported series beside ours, and a notice that says so. */
export function TradeImportedOverlay({ children, labels, ...chart }: TradeImportedOverlayProps) {
  const { locale } = labels;
  const { series: stored } = useImportedSeries();
  const imported = importedToChart(stored, labels.point).filter((series) =>
    series.points.some((point) => point.x >= chart.from && point.x <= chart.to),
  );
  if (imported.length === 0) return <>{children}</>;
  const names = imported.map((series) => series.label).join("; ");
  // The notice's sentence holds the names, which come from the files (in English) and are marked so.
  const [before = "", after = ""] = labels.notice.split("{names}");
  return (
    <>
      <p className={`notice ${styles.notice}`} data-testid="trade-imported-notice" role="status">
        <strong>{fill(labels.shown, { count: imported.length }, locale)}</strong> {before}
        <span lang={locale === "en" ? undefined : "en"}>{names}</span>
        {after} <Link href={localizePath(locale, "/import#combined")}>{labels.manage}</Link>
      </p>
      <TrendChart
        {...chart}
        series={[...chart.series, ...imported]}
        title={fill(labels.title, { title: chart.title, count: imported.length }, locale)}
        focusablePoints
      />
    </>
  );
}
