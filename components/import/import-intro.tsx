import type { ReactNode } from "react";
import { formatNumber, getT, type Locale } from "@/lib/i18n";
import type { ImportLimits } from "@/lib/import/limits";
import { formatSize } from "./fill";
import styles from "./import.module.css";

const code = (chunks: ReactNode) => <code>{chunks}</code>;

/** What the importer accepts, its limits and what happens to the file; rendered on the server. */
export function ImportIntro({ locale, limits, maxKept }: { locale: Locale; limits: ImportLimits; maxKept: number }) {
  const t = getT(locale);
  const count = (value: number) => formatNumber(locale, value);
  const size = formatSize(
    limits.maxFileBytes,
    {
      bytes: t("import.units.bytes", { value: "{value}" }),
      kb: t("import.units.kb", { value: "{value}" }),
      mb: t("import.units.mb", { value: "{value}" }),
    },
    locale,
  );
  // Names of portals and products stay in English where the press keeps them so; those are marked for screen readers.
  const english = locale === "en" ? undefined : "en";
  return (
    <div className={styles.intro}>
      <section className="panel" aria-labelledby="import-accepted-heading">
        <h2 id="import-accepted-heading">{t("import.intro.acceptedHeading")}</h2>
        <ul className={styles.introList}>
          <li>
            <strong>{t("import.intro.worldBankName")}</strong>: {t.rich("import.intro.worldBank", { code })}
          </li>
          <li>
            <strong lang={english}>UN Comtrade</strong>: {t.rich("import.intro.comtrade", { code })}
          </li>
          <li>
            <strong>{t("import.intro.imfName")}</strong>: {t.rich("import.intro.imf", { code })}
          </li>
          <li>
            <strong lang={english}>Our World in Data</strong>: {t.rich("import.intro.owid", { code })}
          </li>
          <li>
            <strong>{t("import.intro.dashboardName")}</strong>: {t("import.intro.dashboard")}
          </li>
          <li>
            <strong>{t("import.intro.otherName")}</strong> {t.rich("import.intro.other", { code })}
          </li>
        </ul>
        <p className="small muted">{t("import.intro.units")}</p>
      </section>
      <section className="panel" aria-labelledby="import-limits-heading">
        <h2 id="import-limits-heading">{t("import.intro.limitsHeading")}</h2>
        <dl className={styles.limits}>
          <dt>{t("import.intro.fileSize")}</dt>
          <dd>{t("import.intro.upTo", { value: size })}</dd>
          <dt>{t("import.intro.rows")}</dt>
          <dd>{t("import.intro.upTo", { value: count(limits.maxRows) })}</dd>
          <dt>{t("import.intro.columns")}</dt>
          <dd>{t("import.intro.upTo", { value: count(limits.maxColumns) })}</dd>
          <dt>{t("import.intro.series")}</dt>
          <dd>{t("import.intro.seriesInFile", { value: count(limits.maxSeries) })}</dd>
          <dt>{t("import.intro.time")}</dt>
          <dd>
            {t("import.intro.timeValue", {
              parse: count(limits.maxParseMs / 1000),
              request: count(limits.maxRequestMs / 1000),
            })}
          </dd>
          <dt>{t("import.intro.kept")}</dt>
          <dd>{t("import.intro.keptValue", { value: count(maxKept) })}</dd>
        </dl>
        <p className={styles.privacy} data-testid="import-privacy">
          {t("import.intro.privacy")}
        </p>
      </section>
    </div>
  );
}
