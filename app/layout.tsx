import type { ReactNode } from "react";

/*
 * Each language has its own root layout, app/[lang]/layout.tsx, which draws
 * <html lang dir>. This one only passes its children through, so that the
 * not-found page for addresses outside every language (app/not-found.tsx) has
 * a layout above it; that page draws its own <html>.
 */
export default function PassThroughLayout({ children }: { children: ReactNode }) {
  return children;
}
