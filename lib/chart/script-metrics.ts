import type { Locale } from "../i18n/locales";

/*
 * How far a line of chart text reaches above and below its baseline, by the
 * script a language is written in. SVG text is placed by its baseline, so a
 * label set at a fixed y fits Latin and Cyrillic letters but not Nastaliq,
 * whose letters rise almost twice as high and hang far lower: the charts ask
 * here how much room a line needs, so every label stays inside the SVG.
 *
 * The figures are what Chromium measures for a chart label (its getBBox),
 * rounded up a little. Latin and Cyrillic: the system sans-serif fonts (DejaVu
 * Sans, Liberation Sans, Arial, Segoe UI, Roboto) reach about 0.94em up and
 * 0.25em down. Urdu: Noto Nastaliq Urdu declares 1.904em and 0.596em, and a
 * label measures up to 1.94em and 0.64em; the fallback faces in
 * app/globals.css are given the same metrics, and they also cover the space,
 * so even a line of digits in an Urdu chart is measured by them.
 */

export type ScriptMetrics = { ascent: number; descent: number };

const LATIN: ScriptMetrics = { ascent: 0.96, descent: 0.25 };
const NASTALIQ: ScriptMetrics = { ascent: 1.95, descent: 0.65 };

export const SCRIPT_METRICS: Record<Locale, ScriptMetrics> = { en: LATIN, ru: LATIN, ur: NASTALIQ };

/** Pixels a line of `fontSize` px text reaches above its baseline, rounded up. */
export function ascentPx(fontSize: number, locale: Locale = "en"): number {
  return Math.ceil(SCRIPT_METRICS[locale].ascent * fontSize);
}

/** Pixels a line of `fontSize` px text reaches below its baseline, rounded up. */
export function descentPx(fontSize: number, locale: Locale = "en"): number {
  return Math.ceil(SCRIPT_METRICS[locale].descent * fontSize);
}
