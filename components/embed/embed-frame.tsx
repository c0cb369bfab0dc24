import type { ReactNode } from "react";
import { creditedNames, type CitationInput } from "@/lib/citation";
import { oembedDiscoveryHref } from "@/lib/embed";
import { proseAttributes, proseLang } from "@/lib/financing";
import { getT, type Locale } from "@/lib/i18n";
import { SITE } from "@/lib/site";
import type { EmbedNotice } from "@/lib/embed-views";
import { noticeKey } from "@/lib/trade/notices";
import { tradeNoticeContent } from "@/components/trade/trade-notice-text";
import styles from "./embed.module.css";

type Props = {
  title: string;
  /** Sentences already worded, or the trade explorer's notices, worded here in the embed's language. */
  notices: readonly EmbedNotice[];
  /** "Source: …; … dashboard", in the embed's language. */
  credit: string;
  /** The sources the credit line names, so their names can be marked with their language. */
  sources: CitationInput["sources"];
  statusNote: string;
  /** Site-relative address of the full view, in the embed's language. */
  fullPath: string;
  /** Site-relative address of this embed, for the oEmbed discovery link. */
  embedPath: string;
  locale: Locale;
  children: ReactNode;
};

/** Escapes a name for use inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The credit line with each source's name marked as English where it is
 * written in Latin letters on an Urdu or Russian page: publishers keep the
 * names they publish under.
 */
function CreditText({ text, names, locale }: { text: string; names: readonly string[]; locale: Locale }) {
  const marked = names.filter((name) => proseLang(name, locale) !== undefined).sort((a, b) => b.length - a.length);
  if (marked.length === 0) return <>{text}</>;
  const pieces = text.split(new RegExp(`(${marked.map(literal).join("|")})`));
  return (
    <>
      {pieces.map((piece, index) =>
        marked.includes(piece) ? (
          <span key={index} lang="en" dir="ltr">
            {piece}
          </span>
        ) : (
          piece
        ),
      )}
    </>
  );
}

/**
 * What every embed shows around its chart: the title, any notice about the
 * address, one line of source and status, and a link to the full view, all in
 * the reader's language. The link opens a new tab: inside another site's
 * frame the full view would be refused (it may not be framed), and a
 * sandboxed frame may not navigate its parent. A title or notice that a
 * chart still words in English is marked as English.
 */
export function EmbedFrame({
  title,
  notices,
  credit,
  sources,
  statusNote,
  fullPath,
  embedPath,
  locale,
  children,
}: Props) {
  const t = getT(locale);
  const siteName = locale === "en" ? SITE.name : t("common.site.name");
  return (
    <article className={styles.embed} aria-labelledby="embed-title">
      <link
        rel="alternate"
        type="application/json+oembed"
        href={oembedDiscoveryHref(SITE.url, `${SITE.url}${embedPath}`)}
        title={title}
      />
      <h1 id="embed-title" className={styles.title} {...proseAttributes(title, locale)}>
        {title}
      </h1>
      {notices.map((notice) =>
        typeof notice === "string" ? (
          <p key={notice} className={styles.notice} {...proseAttributes(notice, locale)}>
            {notice}
          </p>
        ) : (
          <p key={noticeKey(notice)} className={styles.notice}>
            {tradeNoticeContent(notice, locale)}
          </p>
        ),
      )}
      {children}
      <div className={styles.footer}>
        <p>
          <CreditText text={credit} names={creditedNames(sources)} locale={locale} />
          {locale === "ur" ? "۔" : "."} {statusNote}
        </p>
        <p>
          <a className={styles.link} href={fullPath} target="_blank" rel="noopener">
            {t("embed.fullView")}
            <span className="visually-hidden">{t("embed.fullViewHidden", { site: siteName })}</span>{" "}
            <span aria-hidden="true">↗</span>
          </a>
        </p>
      </div>
    </article>
  );
}
