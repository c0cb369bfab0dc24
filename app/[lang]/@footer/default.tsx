import { SiteFooter } from "@/components/shell/site-footer";
import { toLocale } from "@/lib/i18n";

/* The site's footer on every page but the embeds (see app/[lang]/layout.tsx). */
export default async function FooterSlot({ params }: { params: Promise<{ lang: string }> }) {
  return <SiteFooter locale={toLocale((await params).lang)} />;
}
