import { FinancingChart } from "@/components/charts/financing-chart";
import type { FinancingEmbedView } from "@/lib/embed-views";
import { EmbedFrame } from "./embed-frame";

export function FinancingEmbed({ view }: { view: FinancingEmbedView }) {
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
      <FinancingChart sections={view.sections} title={view.title} locale={view.locale} />
    </EmbedFrame>
  );
}
