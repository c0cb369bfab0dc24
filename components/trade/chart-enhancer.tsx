import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { packPointDetails } from "@/lib/trade/packed-details";
import type { PointDetail } from "@/lib/trade/point-details";
import { ChartInteractions } from "./chart-interactions";

type Props = {
  /** What the tooltip says about each point in view, by point id. */
  details: Readonly<Record<string, PointDetail>>;
  children: ReactNode;
  /** Language of the tooltip's headings; give the details in it too. */
  locale?: Locale;
};

/**
 * The interactive layer of a chart and its story (see `ChartInteractions`).
 * Not a client component itself: on a server page it packs the tooltips'
 * details before they are written into the page, where the plain record
 * repeated each series' label, sources and note on every point.
 */
export function ChartEnhancer({ details, children, locale }: Props) {
  return (
    <ChartInteractions details={packPointDetails(details)} locale={locale}>
      {children}
    </ChartInteractions>
  );
}
