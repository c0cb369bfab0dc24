/*
 * Names and addresses of the explorer's downloads. The CSV files come from the
 * data API, so a download is exactly what /api/datasets/trade answers; chart
 * images are named after the range they show.
 */

export function tradeCsvHref(
  view?: { from: number; to: number; series?: readonly string[] },
  dataset: "trade" | "official-trade" = "trade",
): string {
  const params = new URLSearchParams({ format: "csv" });
  if (view !== undefined) {
    params.set("from", String(view.from));
    params.set("to", String(view.to));
    if (view.series !== undefined) params.set("series", view.series.join(","));
  }
  return `/api/datasets/${dataset}?${params.toString()}`.replaceAll("%2C", ",");
}

export function chartFileName(range: { from: number; to: number }, extension: "svg" | "png"): string {
  return `pakistan-russia-trade_${range.from}-${range.to}.${extension}`;
}

/** Presentation properties copied onto every element of an exported chart, so it looks the same outside the page. */
export const INLINED_STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-variant-numeric",
  "color",
] as const;

/**
 * A style attribute from computed values. Empty values and values that still
 * refer to a CSS variable are skipped; so is anything the element would inherit
 * anyway (every property here but opacity is inherited in SVG), and an opacity
 * of 1, which keeps an exported chart small.
 */
export function inlineStyle(read: (property: string) => string, readParent?: (property: string) => string): string {
  return INLINED_STYLE_PROPERTIES.map((property) => [property, read(property).trim()] as const)
    .filter(([, value]) => value !== "" && !value.includes("var("))
    .filter(([property, value]) =>
      property === "opacity" ? value !== "1" : readParent === undefined || readParent(property).trim() !== value,
    )
    .map(([property, value]) => `${property}:${value}`)
    .join(";");
}
