import type { ComponentProps } from "react";
import { getT, type Locale } from "@/lib/i18n";
import { leaveIslandProps } from "@/lib/island-props";
import { StaticIslandClient } from "./static-island-client";
import { STATIC_ISLAND_DRAWERS, type IslandName } from "./static-island-drawers";

type Props<N extends IslandName> = {
  name: N;
  props: ComponentProps<(typeof STATIC_ISLAND_DRAWERS)[N]>;
  /** Names what `props` show, in short: the same key must always draw the same HTML. */
  drawingKey: string;
  /** The page being rendered (localised, with its query): it has this island in its HTML. */
  href: string;
  locale: Locale;
};

/**
 * A server-drawn section that never changes in the browser, sent once: as
 * HTML, and not again as the tree the browser would hydrate. The page's
 * payload carries only a few words (which island, under which key), so the
 * browser neither downloads nor hydrates the section's elements. Readers
 * without JavaScript get the same HTML as before.
 *
 * Use it for sections of server components with no client component inside
 * (nothing in an island is hydrated) whose props are large. Draw them in
 * static-island-drawers.ts.
 */
export function StaticIsland<N extends IslandName>({ name, props, drawingKey, href, locale }: Props<N>) {
  const t = getT(locale);
  // Imported here, in the page's own module graph, so that the drawers' styles are in the page's
  // stylesheet: the HTML render that draws them is not where Next collects a page's CSS.
  if (!(name in STATIC_ISLAND_DRAWERS)) throw new Error(`No static island named ${name}`);
  const key = `${locale} ${name} ${drawingKey}`;
  return (
    // Keyed by what it draws: another drawing is another island, mounted afresh.
    <StaticIslandClient
      key={key}
      name={name}
      propsId={leaveIslandProps(props)}
      drawingKey={key}
      href={href}
      failedText={t("common.island.failed")}
    />
  );
}
