"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAV_ITEMS } from "@/lib/site";

/** The only client part of the header: it marks the current page for screen readers and sighted readers alike. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul>
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={pathname === item.href ? "page" : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
