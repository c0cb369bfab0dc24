"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { TrendChart } from "@/components/charts/trend-chart";
import type { ChartEvent, ChartSeries, ScaleKind, ValueMode } from "@/lib/chart/trend-model";
import { importedToChart } from "@/lib/imported/chart";
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
};

/** The trade chart with the imported series beside ours, and a notice that says so. */
export function TradeImportedOverlay({ children, ...chart }: TradeImportedOverlayProps) {
  const { series: stored } = useImportedSeries();
  const imported = importedToChart(stored).filter((series) =>
    series.points.some((point) => point.x >= chart.from && point.x <= chart.to),
  );
  if (imported.length === 0) return <>{children}</>;
  const count = `${imported.length} imported series`;
  return (
    <>
      <p className={`notice ${styles.notice}`} data-testid="trade-imported-notice" role="status">
        <strong>{count} shown</strong> with star markers: {imported.map((series) => series.label).join("; ")}. They come
        from files you imported into this browser and are not checked by this site.{" "}
        <Link href="/import#combined">Manage imported series</Link>
      </p>
      <TrendChart
        {...chart}
        series={[...chart.series, ...imported]}
        title={`${chart.title}, with ${count} (star markers)`}
        focusablePoints
      />
    </>
  );
}
