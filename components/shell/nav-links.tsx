"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { splitLocalePath } from "@/lib/i18n/locales";

/**
 * The only client part of the navigation: it marks the current page for screen readers and sighted readers alike.
 * A page below an item counts as that item. The path is read without its language prefix and with the internal
 * routes of the cached views of /trade and /timeline read as those pages (see proxy.ts), so the server's HTML marks
 * the same link as the browser does.
 */
export function NavLinks({ items }: { items: readonly { path: string; href: string; label: string }[] }) {
  const { path } = splitLocalePath(usePathname());
  const isCurrent = (itemPath: string) => path === itemPath || (itemPath !== "/" && path.startsWith(`${itemPath}/`));
  return (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={isCurrent(item.path) ? "page" : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
