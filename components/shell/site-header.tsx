import Link from "next/link";
import { SITE } from "@/lib/site";
import { NavLinks } from "./nav-links";
import { ShareButton } from "./share-button";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-title">
          {SITE.name}
          <small>{SITE.tagline}</small>
        </Link>
        <ShareButton />
        <nav className="site-nav" aria-label="Main">
          <NavLinks />
        </nav>
      </div>
    </header>
  );
}
