import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TrendChartSvg } from "@/components/charts/trend-chart-svg";
import { buildTrendChart, type ChartSeries } from "@/lib/chart/trend-model";

/*
 * The chart's outer role. An image's children are presentational and may not
 * be interactive (axe: nested-interactive), so a chart whose points are links
 * is a labelled group; a chart without links stays an image.
 */

const point = (id: string, x: number, href?: string) => ({
  id,
  x,
  value: 100 + x - 2000,
  status: "reported" as const,
  atLeast: false,
  description: `${x}: a figure`,
  href,
});

function render(series: ChartSeries[]): string {
  const model = buildTrendChart(series, [], {
    width: 760,
    height: 400,
    from: 2000,
    to: 2010,
    scale: "linear",
    mode: "absolute",
  });
  return renderToStaticMarkup(
    createElement(TrendChartSvg, { model, title: "A chart", idPrefix: "test", focusablePoints: true }),
  );
}

describe("TrendChartSvg", () => {
  it("is an image when no point is a link", () => {
    const html = render([
      { id: "a", label: "A", perspective: "pakistani", points: [point("a-2001", 2001), point("a-2002", 2002)] },
    ]);
    expect(html).toMatch(/^<svg[^>]* role="img"/);
    expect(html).not.toContain("<a ");
  });

  it("is a labelled group when a point links to its check", () => {
    const html = render([
      { id: "a", label: "A", perspective: "pakistani", points: [point("a-2001", 2001)] },
      {
        id: "b",
        label: "B",
        perspective: "unknown",
        joined: false,
        points: [point("b-2003", 2003, "/claims#claim-trade-2003")],
      },
    ]);
    expect(html).toMatch(/^<svg[^>]* role="group" aria-labelledby="test-title"/);
    expect(html).toContain('<a href="/claims#claim-trade-2003" class="chart-point-link"');
  });
});
