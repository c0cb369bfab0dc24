import type { DataVersion } from "@/lib/data";
import { SITE } from "@/lib/site";
import styles from "./sources.module.css";

/** A citation for the dashboard itself, pinned to the data version shown in the footer. */
export function HowToCite({ version }: { version: DataVersion }) {
  return (
    <>
      <p>
        Cite the dashboard with its data version. The version is a fingerprint of every data file: it changes whenever
        any figure changes, so a reader can tell whether they see what you saw. It is also printed at the foot of every
        page.
      </p>
      <p className={styles.citation}>
        {SITE.name}: an evidence dashboard. Data version {version.id} ({version.rowCount} rows). {SITE.url}/sources.
        Accessed on [date].
      </p>
      <p>
        Where you use one figure, cite its original source as well: every figure links to its entry above, and every row
        of the downloads carries its source ids.
      </p>
    </>
  );
}
