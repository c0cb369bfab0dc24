import { FinancingChart } from "@/components/charts/financing-chart";
import { creditLine } from "@/lib/citation";
import type { FinancingEmbedView } from "@/lib/embed-views";
import { SITE } from "@/lib/site";
import { EmbedFrame } from "./embed-frame";

export function FinancingEmbed({ view }: { view: FinancingEmbedView }) {
  return (
    <EmbedFrame
      title={view.title}
      notices={view.notices}
      credit={creditLine(SITE.name, view.sources)}
      statusNote={view.statusNote}
      fullPath={view.fullPath}
      embedPath={view.embedPath}
    >
      <FinancingChart sections={view.sections} title={view.title} />
    </EmbedFrame>
  );
}
