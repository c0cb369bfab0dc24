"use client";

import { useSyncExternalStore } from "react";
import { CITATION_FORMATS, citations, type CitationInput } from "@/lib/citation";
import { CopyButton } from "./copy-button";
import styles from "./share-menu.module.css";

type Props = {
  basis: Omit<CitationInput, "accessed">;
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
export function CitationTexts({ basis, renderedOn, idPrefix }: Props) {
  const day = useSyncExternalStore(subscribeNever, localToday, () => renderedOn);
  const texts = citations({ ...basis, accessed: new Date(`${day}T00:00:00Z`) });
  return (
    <div className={styles.citations}>
      {CITATION_FORMATS.map((format) => {
        const id = `${idPrefix}-cite-${format.id}`;
        const text = texts[format.id];
        return (
          <div key={format.id} className={styles.field}>
            <label htmlFor={id}>{format.label}</label>
            <textarea
              id={id}
              readOnly
              rows={format.id === "bibtex" ? 9 : format.id === "credit" ? 2 : 3}
              value={text}
              spellCheck={false}
              data-citation={format.id}
            />
            <CopyButton targetId={id} label={`Copy ${format.label}`} copied={`${format.label} copied`} />
          </div>
        );
      })}
    </div>
  );
}
