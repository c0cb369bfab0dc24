import { SiteTop } from "@/components/shell/site-top";
import { toLocale } from "@/lib/i18n";

/* The site's header on every page; the embeds, which another site frames, draw none (see app/[lang]/layout.tsx). */
export default async function HeaderSlot({ params }: { params: Promise<{ lang: string }> }) {
  return <SiteTop locale={toLocale((await params).lang)} />;
}
