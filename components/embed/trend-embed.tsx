import { TrendChart } from "@/components/charts/trend-chart";
import type { TrendEmbedView } from "@/lib/embed-views";
import { EmbedFrame } from "./embed-frame";

/* Drawn near the width an embed usually gets in a story's column, so its text keeps its size. */
const EMBED_CHART_SIZE = { width: 800, height: 420 };

export function TrendEmbed({ view }: { view: TrendEmbedView }) {
  return (
    <EmbedFrame
      title={view.title}
      notices={view.notices}
      credit={view.credit}
      sources={view.sources}
      statusNote={view.statusNote}
      fullPath={view.fullPath}
      embedPath={view.embedPath}
      locale={view.locale}
    >
      <TrendChart
        {...view.chart}
        events={[]}
        title={view.title}
        idPrefix={`embed-${view.kind}`}
        wideSize={EMBED_CHART_SIZE}
        locale={view.locale}
      />
    </EmbedFrame>
  );
}
