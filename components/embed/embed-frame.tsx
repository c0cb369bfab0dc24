import type { ReactNode } from "react";
import { oembedDiscoveryHref } from "@/lib/embed";
import { SITE } from "@/lib/site";
import styles from "./embed.module.css";

type Props = {
  title: string;
  notices: readonly string[];
  /** "Source: …; … dashboard". */
  credit: string;
  statusNote: string;
  /** Site-relative address of the full view. */
  fullPath: string;
  /** Site-relative address of this embed, for the oEmbed discovery link. */
  embedPath: string;
  children: ReactNode;
};

/**
 * What every embed shows around its chart: the title, any notice about the
 * address, one line of source and status, and a link to the full view. The
 * link opens a new tab: inside another site's frame the full view would be
 * refused (it may not be framed), and a sandboxed frame may not navigate its
 * parent.
 */
export function EmbedFrame({ title, notices, credit, statusNote, fullPath, embedPath, children }: Props) {
  return (
    <article className={styles.embed} aria-labelledby="embed-title">
      <link
        rel="alternate"
        type="application/json+oembed"
        href={oembedDiscoveryHref(SITE.url, `${SITE.url}${embedPath}`)}
        title={title}
      />
      <h1 id="embed-title" className={styles.title}>
        {title}
      </h1>
      {notices.map((notice) => (
        <p key={notice} className={styles.notice}>
          {notice}
        </p>
      ))}
      {children}
      <div className={styles.footer}>
        <p>
          {credit}. {statusNote}
        </p>
        <p>
          <a className={styles.link} href={fullPath} target="_blank" rel="noopener">
            Full view and data<span className="visually-hidden"> on {SITE.name} (opens in a new tab)</span> ↗
          </a>
        </p>
      </div>
    </article>
  );
}
