"use client";

import { useState, useSyncExternalStore } from "react";
import { chartWordsOf } from "@/lib/chart/words";
import { fillLabel } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { chartFileName } from "@/lib/trade/downloads";
import styles from "./trade.module.css";

type Props = {
  /** Prefix of the chart's `data-chart-id`; the visible layout (wide or narrow) is the one saved. */
  chartId: string;
  from: number;
  to: number;
  /** Printed under the image, so a copy carries its own citation. */
  caption: string;
  /** File name without extension, for a chart that is not the trade chart (whose name carries its years). */
  fileStem?: string;
  locale?: Locale;
};

const subscribeNever = () => () => {};

function visibleChart(chartId: string): SVGSVGElement | undefined {
  const charts = document.querySelectorAll<SVGSVGElement>(`svg[data-chart-id^="${CSS.escape(chartId)}"]`);
  return Array.from(charts).find((svg) => svg.getClientRects().length > 0);
}

/** Buttons that save the chart as SVG or PNG. They need JavaScript, so they appear only with it. */
export function ChartImageDownloads({ chartId, from, to, caption, fileStem, locale = "en" }: Props) {
  const words = chartWordsOf(locale).downloads;
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [message, setMessage] = useState("");
  if (!hydrated) return null;

  async function download(format: "svg" | "png") {
    const svg = visibleChart(chartId);
    if (svg === undefined) {
      setMessage(words.offScreen);
      return;
    }
    const name = fileStem === undefined ? chartFileName({ from, to }, format) : `${fileStem}.${format}`;
    try {
      const { save, standaloneSvg, toPng } = await import("./chart-image-export");
      // The chart's own title wins: a chart redrawn in the browser (e.g. with imported series) says what it shows.
      const { text, width, height } = standaloneSvg(svg, svg.querySelector(":scope > title")?.textContent || caption);
      const blob =
        format === "svg"
          ? new Blob([text], { type: "image/svg+xml;charset=utf-8" })
          : await toPng(text, width, height, words);
      save(blob, name);
      setMessage(fillLabel(words.saved, { name }));
    } catch (error) {
      setMessage(fillLabel(words.failed, { error: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <div className={styles.imageDownloads}>
      <span className={styles.downloadLabel}>{words.label}</span>
      <button type="button" className="button button--secondary" onClick={() => void download("svg")}>
        {words.svg}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void download("png")}>
        {words.png}
      </button>
      <span className={styles.downloadStatus} role="status">
        {message}
      </span>
    </div>
  );
}
