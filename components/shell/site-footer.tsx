import Link from "next/link";
import { getDataVersion } from "@/lib/data";
import { SITE } from "@/lib/site";

export function SiteFooter() {
  const version = getDataVersion();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>Cite as:</strong> {SITE.name}: an evidence dashboard, data version {version.id} ({version.rowCount}{" "}
          rows), {SITE.url}. Every figure links to its published source; see{" "}
          <Link href="/sources">sources and methodology</Link>.
        </p>
        <p className="small">
          Figures are press and official statements gathered from published sources, not an official statistical series.
          Bring your own series on the <Link href="/import">import page</Link>.
        </p>
      </div>
    </footer>
  );
}
