import { SiteTop } from "@/components/shell/site-top";

/* The site's header on every page; the embeds, which another site frames, draw none (see app/layout.tsx). */
export default function HeaderSlot() {
  return <SiteTop />;
}
