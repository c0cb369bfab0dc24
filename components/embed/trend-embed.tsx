import { TrendChart } from "@/components/charts/trend-chart";
import { creditLine } from "@/lib/citation";
import type { TrendEmbedView } from "@/lib/embed-views";
import { SITE } from "@/lib/site";
import { EmbedFrame } from "./embed-frame";

/* Drawn near the width an embed usually gets in a story's column, so its text keeps its size. */
const EMBED_CHART_SIZE = { width: 800, height: 420 };

export function TrendEmbed({ view }: { view: TrendEmbedView }) {
  return (
    <EmbedFrame
      title={view.title}
      notices={view.notices}
      credit={creditLine(SITE.name, view.sources)}
      statusNote={view.statusNote}
      fullPath={view.fullPath}
      embedPath={view.embedPath}
    >
      <TrendChart
        {...view.chart}
        events={[]}
        title={view.title}
        idPrefix={`embed-${view.kind}`}
        wideSize={EMBED_CHART_SIZE}
      />
    </EmbedFrame>
  );
}
