"use client";

/* eslint-disable @typescript-eslint/no-require-imports */
import { useEffect, useRef, useState, useSyncExternalStore, type ComponentProps } from "react";
import type { IslandName } from "./static-island-drawers";

type Props = {
  name: IslandName;
  /** Where the server left the island's props for the HTML render (lib/island-props). */
  propsId: string;
  /** Names what the island shows (its props, in short): two islands with one key draw the same HTML. */
  drawingKey: string;
  /** A page that has this island in its HTML, read when the island is mounted by a navigation in the browser. */
  href: string;
  loadingText: string;
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
const drawings = new Map<string, string>();
/** Pages being read for their islands, by address: one request for every island on a page. */
const pages = new Map<string, Promise<Document>>();

function readPage(href: string): Promise<Document> {
  let page = pages.get(href);
  if (page === undefined) {
    page = fetch(href, { credentials: "same-origin" }).then(async (response) => {
      if (!response.ok) throw new Error(`${href} answered ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), "text/html");
    });
    // Only while it is on its way: a later navigation reads the page again.
    const settled = () => pages.delete(href);
    page.then(settled, settled);
    pages.set(href, page);
  }
  return page;
}

const subscribeToNothing = () => () => {};

/**
 * The browser's side of a static island (see static-island.tsx). While the
 * page hydrates, the server's HTML is kept as it is: React leaves alone what an
 * element's inner HTML holds. Mounted later, by a navigation in the browser,
 * the island has no HTML and its component cannot run here, so it draws what
 * it drew before under the same key, or reads its HTML from a page that has it.
 */
export function StaticIslandClient({ name, propsId, drawingKey, href, loadingText, failedText }: Props) {
  // True during hydration (React then uses the server's snapshot), false when mounted in the browser.
  const hydrating = useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
  const [fromServer] = useState(hydrating);
  const [html, setHtml] = useState<string | undefined>(() => (fromServer ? undefined : drawings.get(drawingKey)));
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (fromServer) {
      if (ref.current !== null) drawings.set(drawingKey, ref.current.innerHTML);
      return;
    }
    if (html !== undefined) return;
    let live = true;
    readPage(href)
      .then((page) => {
        const drawn = page.querySelector(`[data-island="${name}"]`)?.innerHTML;
        if (drawn === undefined) throw new Error(`${href} has no island ${name}`);
        drawings.set(drawingKey, drawn);
        if (live) setHtml(drawn);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [fromServer, html, href, name, drawingKey]);

  if (onServer) {
    const props = leftProps?.(propsId);
    const Drawer = drawers?.[name];
    if (props === undefined || Drawer === undefined) {
      // Loud: without these the page would silently lack the section for readers without JavaScript.
      throw new Error(`Static island ${name}: no props under ${propsId} in this process`);
    }
    return (
      <div className="static-island" data-island={name}>
        {/* The props were left by the island's server component, which checked their type. */}
        <Drawer {...(props as ComponentProps<typeof Drawer>)} />
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
  if (html !== undefined) {
    return <div className="static-island" data-island={name} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div className="static-island" data-island={name} aria-busy={!failed}>
      {failed ? (
        <p className="notice" role="alert">
          <a href={href}>{failedText}</a>
        </p>
      ) : (
        <p className="small">{loadingText}</p>
      )}
    </div>
  );
}
