import type { Metadata } from "next";
import type { ReactNode } from "react";

/*
 * The embeds are copies of views that live elsewhere on the site, so search
 * engines are asked to index the full views instead. The site's header and
 * footer are left out by the root layout's slots (see app/layout.tsx).
 */
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return children;
}
