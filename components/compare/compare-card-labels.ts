import "server-only";
import { getT, type Locale } from "@/lib/i18n";

/**
 * The words of the compare cards, built on the server in the reader's language
 * and handed to the cards as props (the import page renders them in the
 * browser). Messages with values come as "{name}" templates the cards fill.
 */
export function compareCardLabels(locale: Locale) {
  const t = getT(locale);
  const hole = (name: string) => `{${name}}`;
  return {
    locale,
    change: t("compare.cards.change"),
    changeExplain: t("compare.cards.changeExplain", { from: hole("from"), to: hole("to") }),
    percent: t("compare.cards.percent"),
    notDefined: t("compare.cards.notDefined"),
    percentZero: t("compare.cards.percentZero", { from: hole("from") }),
    percentExplain: t("compare.cards.percentExplain", { from: hole("from") }),
    cagr: t("compare.cards.cagr"),
    aYear: t("compare.cards.aYear"),
    cagrUndefined: t("compare.cards.cagrUndefined"),
    cagrExplain: t("compare.cards.cagrExplain", { start: hole("start"), end: hole("end"), span: hole("span") }),
  };
}

export type CompareCardLabels = ReturnType<typeof compareCardLabels>;
