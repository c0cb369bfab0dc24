import type { ReactNode } from "react";
import styles from "./official.module.css";

/**
 * A compact table in its own scrolling box: it scrolls sideways on a phone and
 * downwards when long, and is a labelled, focusable region so a keyboard can
 * scroll it too. Printed in full.
 */
export function OfficialTable({
  caption,
  children,
  label,
  whole = false,
}: {
  caption: ReactNode;
  label: string;
  children: ReactNode;
  /** Show every row without a scrolling box (for short tables). */
  whole?: boolean;
}) {
  return (
    <div
      className={`table-wrap ${styles.tableWrap}${whole ? ` ${styles.whole}` : ""}`}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <table className={`data-table ${styles.table}`}>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
