import type { SectionMode } from "./sections";

/*
 * The year range and dollars of the official sections from a page's address:
 * `from`, `to` (whole years) and `mode` (absolute | index | real). Anything
 * else falls back to the default, so an odd address still shows the page.
 */

export const SECTION_YEARS = { min: 1960, max: 2020 } as const;
const MODES: readonly SectionMode[] = ["absolute", "index", "real"];

type Raw = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function year(value: string | string[] | undefined, fallback: number): number {
  const text = first(value);
  if (text === undefined || !/^\d{4}$/.test(text)) return fallback;
  return Math.min(SECTION_YEARS.max, Math.max(SECTION_YEARS.min, Number(text)));
}

export function readSectionParams(raw: Raw): { from: number; to: number; mode: SectionMode } {
  const from = year(raw.from, SECTION_YEARS.min);
  const to = year(raw.to, SECTION_YEARS.max);
  const mode = MODES.find((candidate) => candidate === first(raw.mode)) ?? "absolute";
  return from <= to ? { from, to, mode } : { from: SECTION_YEARS.min, to: SECTION_YEARS.max, mode };
}
