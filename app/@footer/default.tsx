import { SiteFooter } from "@/components/shell/site-footer";

/* The site's footer on every page but the embeds (see app/layout.tsx). */
export default function FooterSlot() {
  return <SiteFooter />;
}
