"use client";

import { startTransition, useEffect, useState, type ComponentType } from "react";

/**
 * A client component whose code is not part of the page's first load. The
 * server renders it in place, as usual, so its HTML is in the page (without
 * JavaScript too). In the browser the server's HTML is left standing, not
 * hydrated, while the component's code loads after the page has started; then
 * the component takes over, drawing the same markup.
 *
 * `eager` is the component itself on the server and undefined in the browser:
 * callers pass `typeof window === "undefined" ? require(…) : undefined`, a
 * branch the bundler drops from the browser's bundle, so only `load` brings
 * the code there.
 */
export function hydrateLater<P extends object>(
  eager: ComponentType<P> | undefined,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined = eager;
  function HydrateLater(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Component !== undefined) return;
      let live = true;
      void load().then((component) => {
        loaded = component;
        // A transition: React draws the component in slices, so the page stays responsive meanwhile.
        if (live) startTransition(() => setComponent(() => component));
      });
      return () => {
        live = false;
      };
    }, [Component]);
    if (Component !== undefined) {
      return (
        // data-loaded: the component runs in the browser (tests wait for it before using its controls).
        <div className="hydrate-later" data-loaded={typeof window === "undefined" ? undefined : ""}>
          <Component {...props} />
        </div>
      );
    }
    // Until the code is here, the markup the server drew stays as it is: React
    // does not compare or replace what an element's inner HTML holds.
    return <div className="hydrate-later" dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />;
  }
  return HydrateLater;
}
