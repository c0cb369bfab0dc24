"use client";

import { useSyncExternalStore } from "react";
import { CITATION_FORMATS, fillAccessDate, type Citations } from "@/lib/citation-formats";
import type { Locale } from "@/lib/i18n/locales";
import { CopyButton } from "./copy-button";
import styles from "./share-menu.module.css";

/** The panel's words in the page's language; English when absent. */
export type CitationTextsLabels = {
  formats: Record<keyof Citations, string>;
  /** "Copy {format}" and "{format} copied", the format's name already filled in. */
  copy: Record<keyof Citations, string>;
  copied: Record<keyof Citations, string>;
  manual: string;
};

type Props = {
  /** The citations with the access date left open (lib/citation's `citationTemplates`). */
  templates: Citations;
  /** The language the dates are written in. */
  locale: Locale;
  labels?: CitationTextsLabels;
  /** The day the server drew the page (YYYY-MM-DD): the access date until the browser knows today's. */
  renderedOn: string;
  idPrefix: string;
};

const subscribeNever = () => () => {};

/** Today in the reader's own time zone, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The view's citation in every format, each in a read-only field with a copy
 * button. A prerendered page was drawn on the day of the build, so once the
 * page runs in the browser the access date becomes the reader's today.
 */
export function CitationTexts({ templates, locale, labels, renderedOn, idPrefix }: Props) {
  const day = useSyncExternalStore(subscribeNever, localToday, () => renderedOn);
  const texts = fillAccessDate(templates, new Date(`${day}T00:00:00Z`), locale);
  return (
    <div className={styles.citations}>
      {CITATION_FORMATS.map((format) => {
        const id = `${idPrefix}-cite-${format.id}`;
        const text = texts[format.id];
        const label = labels?.formats[format.id] ?? format.label;
        // BibTeX is code: its field names stay as BibTeX has them, and it reads left to right.
        const code = format.id === "bibtex";
        return (
          <div key={format.id} className={styles.field}>
            <label htmlFor={id}>{label}</label>
            <textarea
              id={id}
              readOnly
              rows={code ? 9 : format.id === "credit" ? 2 : 3}
              value={text}
              spellCheck={false}
              data-citation={format.id}
              dir={code ? "ltr" : undefined}
              // A citation is copied as it stands: it names sources and publishers as they were published.
              translate="no"
            />
            <CopyButton
              targetId={id}
              label={labels?.copy[format.id] ?? `Copy ${format.label}`}
              copied={labels?.copied[format.id] ?? `${format.label} copied`}
              manual={labels?.manual}
            />
          </div>
        );
      })}
    </div>
  );
}
