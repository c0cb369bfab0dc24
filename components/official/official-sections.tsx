import type { CpiYear, OfficialObservation } from "@/lib/definitions";
import { getT, type Locale } from "@/lib/i18n";
import { dollarsFor, dollarsNote, type SectionMode } from "@/lib/official/sections";
import { BalanceSection } from "./balance-section";
import { MirrorSection } from "./mirror-section";
import { OfficialSource } from "./official-source";
import { ShareSection } from "./share-section";
import styles from "./official.module.css";

type Props = {
  /** Pakistan–Russia (and USSR) flows and each reporter's trade with the world: getOfficial(). */
  official: readonly OfficialObservation[];
  /** Pakistan's trade with every partner economy: getPakistanPartners(). */
  partners: readonly OfficialObservation[];
  /** US consumer prices, for constant dollars: getUsCpi(). */
  cpi: readonly CpiYear[];
  from: number;
  to: number;
  /** "real" shows constant dollars of the latest CPI year; "absolute" and "index" show nominal US$. */
  mode: SectionMode;
  locale: Locale;
};

/**
 * The official IMF series in three sections: the two countries' figures side
 * by side, how much Russia matters to Pakistan, and Pakistan's balance. Server
 * components only: every chart is SVG in the HTML, beside a table of its numbers.
 */
export function OfficialSections({ official, partners, cpi, from, to, mode, locale }: Props) {
  const t = getT(locale);
  const range = { from: Math.min(from, to), to: Math.max(from, to) };
  const dollars = dollarsFor(mode, cpi);
  const note = dollarsNote(dollars, locale);
  const cpiNote =
    dollars.kind === "real" ? (
      <OfficialSource
        ids={["bls-cpi-u"]}
        derived={t("official.cpiDerived", { year: String(dollars.baseYear) })}
        locale={locale}
      />
    ) : null;
  return (
    <div className={styles.sections} data-dollars={dollars.kind} data-from={range.from} data-to={range.to}>
      {mode === "index" ? <p className={styles.note}>{t("official.indexNote")}</p> : null}
      <MirrorSection official={official} range={range} dollars={dollars} dollarsText={note} locale={locale} />
      {cpiNote}
      <ShareSection official={official} partners={partners} range={range} dollars={dollars} locale={locale} />
      <BalanceSection official={official} range={range} dollars={dollars} dollarsText={note} locale={locale} />
      {cpiNote}
    </div>
  );
}
