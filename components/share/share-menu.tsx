import { ChartImageDownloads } from "@/components/trade/chart-image-downloads";
import { CITATION_FORMATS, citationTemplates, isoDate, type CitationInput, type Citations } from "@/lib/citation";
import { embedCode, oembedDiscoveryHref } from "@/lib/embed";
import { getT, type Locale } from "@/lib/i18n";
import { SITE } from "@/lib/site";
import { CitationTexts, type CitationTextsLabels } from "./citation-texts";
import { CopyButton } from "./copy-button";
import styles from "./share-menu.module.css";

export type ShareMenuProps = {
  /** Prefix of the chart's `data-chart-id`, for the image downloads and the ids of the fields. */
  chartId: string;
  /** Years the chart shows, for the image file names; or a file name of its own. */
  from: number;
  to: number;
  fileStem?: string;
  /** Site-relative address of the view, search parameters and anchor included. */
  viewPath: string;
  embed: { path: string; title: string; width: number; height: number };
  /** CSV downloads of the data the chart shows, from the data API. */
  data: readonly { label: string; href: string }[];
  citation: Omit<CitationInput, "accessed">;
  locale: Locale;
};

function citationLabels(locale: Locale): CitationTextsLabels {
  const t = getT(locale);
  const byFormat = (word: (format: string) => string) =>
    Object.fromEntries(CITATION_FORMATS.map(({ id }) => [id, word(t(`share.citation.formats.${id}`))])) as Record<
      keyof Citations,
      string
    >;
  return {
    formats: byFormat((format) => format),
    copy: byFormat((format) => t("share.cite.copy", { format })),
    copied: byFormat((format) => t("share.cite.copied", { format })),
    manual: t("share.copyManual"),
  };
}

/**
 * Everything a reader may want to take a chart away with: its link, the code
 * to embed it, the image, the data and a citation. A disclosure that works
 * without JavaScript: the link, the embed code and the citations are in
 * read-only fields to copy by hand, and the copy buttons and image downloads
 * appear once the page runs.
 */
export function ShareMenu({ chartId, from, to, fileStem, viewPath, embed, data, citation, locale }: ShareMenuProps) {
  const t = getT(locale);
  const manual = t("share.copyManual");
  const linkId = `${chartId}-share-link`;
  const embedId = `${chartId}-share-embed`;
  const code = embedCode({ ...embed, src: `${SITE.url}${embed.path}` });
  return (
    <>
      {/* oEmbed discovery: React places the link in the document's head. */}
      <link
        rel="alternate"
        type="application/json+oembed"
        href={oembedDiscoveryHref(SITE.url, `${SITE.url}${viewPath.replace(/#.*$/, "")}`)}
        title={embed.title}
      />
      <details className={`${styles.menu} no-print`} data-share-menu={chartId}>
        <summary className={styles.summary}>{t("share.summary")}</summary>
        <div className={styles.body}>
          <div className={styles.field}>
            <label htmlFor={linkId}>{t("share.link.label")}</label>
            <textarea
              id={linkId}
              readOnly
              rows={1}
              value={`${SITE.url}${viewPath}`}
              spellCheck={false}
              dir="ltr"
              translate="no"
            />
            <CopyButton
              targetId={linkId}
              label={t("share.link.copy")}
              copied={t("share.link.copied")}
              manual={manual}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={embedId}>{t("share.embed.label")}</label>
            {/* HTML to paste: code, left to right, whatever the page's language. */}
            <textarea
              id={embedId}
              readOnly
              rows={3}
              value={code}
              spellCheck={false}
              data-embed-code=""
              dir="ltr"
              translate="no"
            />
            <CopyButton
              targetId={embedId}
              label={t("share.embed.copy")}
              copied={t("share.embed.copied")}
              manual={manual}
            />
            <p className={styles.hint}>
              {t.rich("share.embed.hint", { link: (chunks) => <a href={embed.path}>{chunks}</a> })}
            </p>
          </div>
          <ChartImageDownloads
            chartId={chartId}
            from={from}
            to={to}
            fileStem={fileStem}
            caption={citation.title}
            locale={locale}
          />
          <div className={styles.field}>
            <p className={styles.label}>{t("share.data.label")}</p>
            <ul className={styles.links}>
              {data.map((link) => (
                <li key={link.href}>
                  <a href={link.href} download>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
          <section className={styles.cite} aria-labelledby={`${chartId}-cite-heading`}>
            <p className={styles.label} id={`${chartId}-cite-heading`}>
              {t("share.cite.heading")}
            </p>
            <CitationTexts
              templates={citationTemplates(citation)}
              locale={locale}
              labels={citationLabels(locale)}
              renderedOn={isoDate(new Date())}
              idPrefix={chartId}
            />
          </section>
        </div>
      </details>
    </>
  );
}
