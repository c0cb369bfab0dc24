import Link from "next/link";
import { NAV_ITEMS } from "@/lib/site";
import styles from "./page-directory.module.css";

/** What a reader finds on each page, for the not-found and error pages. */
const WHAT_IS_THERE: Record<(typeof NAV_ITEMS)[number]["href"], string> = {
  "/": "headline figures and the trade trend with the events that shaped it",
  "/trade": "every trade series, a year range, two years compared, downloads",
  "/financing": "CASA-1000, Pakistan Steel Mills, Pakistan Stream, the 1981 US package and other financing",
  "/timeline": "events since 1958, by theme and decade",
  "/claims": "the source article's numbers and dates, checked",
  "/sources": "every source, methodology and how to cite",
  "/import": "your own official series beside ours",
};

export function PageDirectory() {
  return (
    <ul className={styles.directory}>
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <Link href={item.href}>{item.label}</Link>
          <span className="muted"> · {WHAT_IS_THERE[item.href]}</span>
        </li>
      ))}
    </ul>
  );
}
