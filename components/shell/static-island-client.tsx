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

/** HTML of islands seen in this tab, by drawing key, the latest kept: a view that comes back is drawn at once. */
const drawn = new Map<string, string>();
const DRAWN_KEPT = 24;

function keepDrawn(drawingKey: string, html: string): void {
  drawn.delete(drawingKey);
  drawn.set(drawingKey, html);
  for (const old of drawn.keys()) {
    if (drawn.size <= DRAWN_KEPT) break;
    drawn.delete(old);
  }
}

/** Islands the server drew on this page, by drawing key, while they stand in the document. */
const onPage = new Map<string, Element>();

/** Islands being read, by drawing key. A read that failed stays a while, so that its island says so once. */
const reading = new Map<string, Promise<string | undefined>>();
const FAILED_KEPT_MS = 10_000;

/**
 * The islands' HTML of pages read, by address, the latest few kept: the
 * islands of one view mount one after another (each waits for its HTML before
 * the next renders), and all of them come from one request.
 */
const pages = new Map<string, Promise<ReadonlyMap<string, string>>>();
const PAGES_KEPT = 2;

function readPage(href: string): Promise<ReadonlyMap<string, string>> {
  let page = pages.get(href);
  if (page === undefined) {
    const read = fetch(href, { credentials: "same-origin" }).then(async (response) => {
      if (!response.ok) throw new Error(`${href} answered ${response.status}`);
      const document = new DOMParser().parseFromString(await response.text(), "text/html");
      // Only the islands are kept, not the whole parsed page.
      return new Map(
        [...document.querySelectorAll("[data-island]")].map((island) => [
          island.getAttribute("data-island") ?? "",
          island.innerHTML,
        ]),
      );
    });
    pages.set(href, read);
    // A page that could not be read is read again by the next island that needs it.
    read.catch(() => {
      if (pages.get(href) === read) pages.delete(href);
    });
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
    const read: Promise<string | undefined> = readPage(href)
      .then((islands) => islands.get(name))
      .catch(() => undefined)
      .then((html) => {
        if (html !== undefined) {
          keepDrawn(drawingKey, html);
          reading.delete(drawingKey);
        } else {
          // Also forgotten when its island goes; this covers a render that never showed.
          setTimeout(() => {
            if (reading.get(drawingKey) === read) forgetFailure(drawingKey, href);
          }, FAILED_KEPT_MS);
        }
        return html;
      });
    reading.set(drawingKey, read);
    island = read;
  }
  return island;
}

/**
 * Forgets a read that failed (the page could not be read, or another page
 * answered without the island), so that the island's next mount reads again.
 */
function forgetFailure(drawingKey: string, href: string): void {
  if (drawn.has(drawingKey)) return;
  reading.delete(drawingKey);
  pages.delete(href);
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
    onPage.set(drawingKey, element);
    // Written out once the page is idle (work its load can do without), as the server drew it.
    const keep = () => {
      if (!drawn.has(drawingKey)) keepDrawn(drawingKey, element.innerHTML);
    };
    const whenIdle = typeof requestIdleCallback === "function";
    const idle = whenIdle ? requestIdleCallback(keep) : window.setTimeout(keep, 1000);
    return () => {
      if (whenIdle) cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      keep();
      if (onPage.get(drawingKey) === element) onPage.delete(drawingKey);
    };
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
  // An island moved elsewhere in the page (a wrapper added around it) takes the HTML it had.
  const html = drawn.get(drawingKey) ?? onPage.get(drawingKey)?.innerHTML ?? use(readIsland(name, drawingKey, href));
  useEffect(() => () => forgetFailure(drawingKey, href), [drawingKey, href]);
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
