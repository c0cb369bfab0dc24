import { ChartImageDownloads } from "@/components/trade/chart-image-downloads";
import { isoDate, type CitationInput } from "@/lib/citation";
import { embedCode, oembedDiscoveryHref } from "@/lib/embed";
import { SITE } from "@/lib/site";
import { CitationTexts } from "./citation-texts";
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
};

/**
 * Everything a reader may want to take a chart away with: its link, the code
 * to embed it, the image, the data and a citation. A disclosure that works
 * without JavaScript: the link, the embed code and the citations are in
 * read-only fields to copy by hand, and the copy buttons and image downloads
 * appear once the page runs.
 */
export function ShareMenu({ chartId, from, to, fileStem, viewPath, embed, data, citation }: ShareMenuProps) {
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
        <summary className={styles.summary}>Share, embed, download or cite this chart</summary>
        <div className={styles.body}>
          <div className={styles.field}>
            <label htmlFor={linkId}>Link to this view</label>
            <textarea id={linkId} readOnly rows={1} value={`${SITE.url}${viewPath}`} spellCheck={false} />
            <CopyButton targetId={linkId} label="Copy link to this chart" copied="Link copied" />
          </div>
          <div className={styles.field}>
            <label htmlFor={embedId}>Embed code</label>
            <textarea id={embedId} readOnly rows={3} value={code} spellCheck={false} data-embed-code="" />
            <CopyButton targetId={embedId} label="Copy embed code" copied="Embed code copied" />
            <p className={styles.hint}>
              Paste it into your page’s HTML: the chart keeps its title, source line and a link back here.{" "}
              <a href={embed.path}>Preview the embed</a>.
            </p>
          </div>
          <ChartImageDownloads chartId={chartId} from={from} to={to} fileStem={fileStem} caption={citation.title} />
          <div className={styles.field}>
            <p className={styles.label}>Data shown (CSV)</p>
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
              Cite this chart
            </p>
            <CitationTexts basis={citation} renderedOn={isoDate(new Date())} idPrefix={chartId} />
          </section>
        </div>
      </details>
    </>
  );
}
