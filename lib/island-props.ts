/*
 * Props handed from a server component to the server rendering of a static
 * island (components/shell/static-island.tsx), outside the page's payload.
 *
 * Next renders a page twice in one process: React Server Components first,
 * whose output (the payload) the browser also receives, then HTML from that
 * output. A section that never changes in the browser needs only the second,
 * so its props are left here under a short id, which is all the payload
 * carries, and the HTML render reads them back. The two renders are separate
 * module graphs, hence a process-wide table on globalThis rather than a
 * module variable.
 *
 * An entry is read, never taken: the HTML render may read it again if it
 * retries. Entries expire after a minute instead, which also drops those of a
 * render that never produced HTML (a payload fetched for a navigation).
 */

const TABLE = Symbol.for("pk-ru.island-props");
const LIFETIME_MS = 60_000;

type Table = Map<string, unknown>;

function table(): Table {
  const holder = globalThis as { [TABLE]?: Table };
  holder[TABLE] ??= new Map();
  return holder[TABLE];
}

let issued = 0;

/** Keeps `props` for the HTML render of this request and returns the id that finds them. */
export function leaveIslandProps(props: unknown): string {
  issued += 1;
  const id = `${process.pid.toString(36)}.${issued.toString(36)}`;
  table().set(id, props);
  setTimeout(() => table().delete(id), LIFETIME_MS).unref?.();
  return id;
}

/** The props left under `id`, or undefined once they have expired (or were never left in this process). */
export function islandProps(id: string): unknown {
  return table().get(id);
}
