"use client";

/* eslint-disable @typescript-eslint/no-require-imports */
import { use, useEffect, useRef, useState, useSyncExternalStore, type ComponentType } from "react";
import type { IslandName } from "./static-island-drawers";

type Props = {
  name: IslandName;
  /** Where the server left the island's props for the HTML render (lib/island-props). */
  propsId: string;
  /** Names what the island shows (its props, in short): two islands with one key draw the same HTML. */
  drawingKey: string;
  /** A page that has this island in its HTML, read when the island is mounted by a navigation in the browser. */
  href: string;
  failedText: string;
};

const onServer = typeof window === "undefined";

/*
 * On the server only: the components the islands draw, and the props left for
 * them. The browser's bundle has neither (the branch is dropped from it).
 */
const drawers: typeof import("./static-island-drawers").STATIC_ISLAND_DRAWERS | undefined = onServer
  ? require("./static-island-drawers").STATIC_ISLAND_DRAWERS
  : undefined;
const leftProps: typeof import("@/lib/island-props").islandProps | undefined = onServer
  ? require("@/lib/island-props").islandProps
  : undefined;

/** HTML of islands seen in this tab, by drawing key: a view that comes back is drawn at once. */
const drawn = new Map<string, string>();
/** Islands being read, by drawing key; a read that failed stays here until its island goes. */
const reading = new Map<string, Promise<string | undefined>>();
/**
 * Pages read for their islands, by address, the latest few kept: the islands
 * of one view are mounted one after another (each waits for its HTML before
 * the next renders), and all of them come from one request.
 */
const pages = new Map<string, Promise<Document>>();
const PAGES_KEPT = 2;

function readPage(href: string): Promise<Document> {
  let page = pages.get(href);
  if (page === undefined) {
    const read = fetch(href, { credentials: "same-origin" }).then(async (response) => {
      if (!response.ok) throw new Error(`${href} answered ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), "text/html");
    });
    // A page that could not be read is read again by the next island that needs it.
    read.catch(() => {
      if (pages.get(href) === read) pages.delete(href);
    });
    pages.set(href, read);
    for (const old of pages.keys()) {
      if (pages.size <= PAGES_KEPT) break;
      pages.delete(old);
    }
    page = read;
  }
  return page;
}

/** The island's HTML from the page at `href`, or undefined when it cannot be read. Never rejects. */
function readIsland(name: string, drawingKey: string, href: string): Promise<string | undefined> {
  let island = reading.get(drawingKey);
  if (island === undefined) {
    island = readPage(href).then(
      (page) => {
        const html = page.querySelector(`[data-island="${name}"]`)?.innerHTML;
        if (html !== undefined) {
          drawn.set(drawingKey, html);
          reading.delete(drawingKey);
        }
        return html;
      },
      () => undefined,
    );
    reading.set(drawingKey, island);
  }
  return island;
}

const subscribeToNothing = () => () => {};

/**
 * The browser's side of a static island (see static-island.tsx). While the
 * page hydrates, the server's HTML is kept as it is: React leaves alone what an
 * element's inner HTML holds. Mounted later, by a navigation in the browser,
 * the island has no HTML and its component cannot run here, so it draws what
 * it drew before under the same key, or reads its HTML from a page that has it.
 */
export function StaticIslandClient({ name, propsId, drawingKey, href, failedText }: Props) {
  // True during hydration (React then uses the server's snapshot), false when mounted in the browser.
  const hydrating = useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
  const [fromServer] = useState(hydrating);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!fromServer || element === null) return;
    // Kept when the island goes, not while the page loads: writing out its HTML is work the load can do without.
    return () => void drawn.set(drawingKey, element.innerHTML);
  }, [fromServer, drawingKey]);

  if (onServer) {
    const props = leftProps?.(propsId);
    // The props were left by the island's server component, which checked them against this drawer's type.
    const Drawer = drawers?.[name] as ComponentType<object> | undefined;
    if (props === undefined || Drawer === undefined) {
      // Loud: without these the page would silently lack the section for readers without JavaScript.
      throw new Error(`Static island ${name}: no props under ${propsId} in this process`);
    }
    return (
      <div className="static-island" data-island={name}>
        <Drawer {...(props as object)} />
      </div>
    );
  }
  if (fromServer) {
    return (
      <div
        ref={ref}
        className="static-island"
        data-island={name}
        dangerouslySetInnerHTML={{ __html: "" }}
        suppressHydrationWarning
      />
    );
  }
  return <MountedIsland name={name} drawingKey={drawingKey} href={href} failedText={failedText} />;
}

/**
 * An island mounted in the browser. Its HTML is read before it shows: the
 * navigation that mounted it is a transition, so React keeps the page as it
 * was until the new view is whole, as it does for the rest of the view.
 */
function MountedIsland({
  name,
  drawingKey,
  href,
  failedText,
}: Pick<Props, "name" | "drawingKey" | "href" | "failedText">) {
  const html = drawn.get(drawingKey) ?? use(readIsland(name, drawingKey, href));
  // A failed read is tried again when the island is next mounted, not on every render of this one.
  useEffect(() => () => void reading.delete(drawingKey), [drawingKey]);
  if (html !== undefined) {
    return <div className="static-island" data-island={name} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div className="static-island" data-island={name}>
      <p className="notice" role="alert">
        <a href={href}>{failedText}</a>
      </p>
    </div>
  );
}
