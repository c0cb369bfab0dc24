"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAV_ITEMS } from "@/lib/site";

/**
 * The only client part of the header: it marks the current page for screen readers and sighted readers alike.
 * A page below an item counts as that item: the cached views of /trade and /timeline are rendered at an
 * internal path below them (see proxy.ts), and their HTML must mark the same link as the browser does.
 */
export function NavLinks() {
  const pathname = usePathname();
  const isCurrent = (href: string) => pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));
  return (
    <ul>
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={isCurrent(item.href) ? "page" : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
