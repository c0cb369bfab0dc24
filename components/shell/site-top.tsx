import { SiteHeader } from "./site-header";

/* The skip link and the site's header, which every page but the embeds opens with. */
export function SiteTop() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
    </>
  );
}
