import { TrendChart } from "@/components/charts/trend-chart";
import { OfficialSections } from "@/components/official/official-sections";

/*
 * The components static islands draw, by name. Only the server's HTML render
 * loads this module (static-island-client.tsx requires it there), so none of
 * these components, nor the data they are given, reach the browser's bundle.
 */
export const STATIC_ISLAND_DRAWERS = {
  official: OfficialSections,
  trend: TrendChart,
} as const;

export type IslandName = keyof typeof STATIC_ISLAND_DRAWERS;
