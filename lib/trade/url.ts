import { TRADE_PARAM_NAMES } from "./params";

/*
 * Helpers for the controls that change the explorer's address. They work on
 * query strings only, so the same code serves a form submitted with
 * JavaScript and the tests.
 */

/** Writes a query with the explorer's parameters first, in their canonical order, and commas left readable. */
export function orderedQuery(params: URLSearchParams): string {
  const known: readonly string[] = TRADE_PARAM_NAMES;
  const entries = [...params.entries()].sort(([a], [b]) => {
    const rank = (name: string) => (known.includes(name) ? known.indexOf(name) : known.length);
    return rank(a) - rank(b);
  });
  const query = new URLSearchParams(entries).toString().replaceAll("%2C", ",");
  return query === "" ? "" : `?${query}`;
}

/**
 * The address a control form leads to: the current query, with every field the
 * form owns replaced by what the form now holds. Repeated fields (checkboxes,
 * the two compared years) become one comma-separated value; empty fields and
 * values equal to their default are left out so that one view has one address.
 */
export function mergeFormQuery(
  currentSearch: string,
  ownedNames: readonly string[],
  entries: readonly (readonly [string, string])[],
  defaults: Readonly<Record<string, string>> = {},
): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of ownedNames) params.delete(name);
  const grouped = new Map<string, string[]>();
  for (const [name, value] of entries) {
    const trimmed = value.trim();
    if (trimmed === "") continue;
    grouped.set(name, [...(grouped.get(name) ?? []), trimmed]);
  }
  for (const [name, values] of grouped) {
    const joined = values.join(",");
    if (defaults[name] !== joined) params.set(name, joined);
  }
  return orderedQuery(params);
}

/** The current query with one parameter set, or removed when the value is undefined or its default. */
export function withParam(currentSearch: string, name: string, value: string | undefined, fallback?: string): string {
  const params = new URLSearchParams(currentSearch);
  if (value === undefined || value === fallback) params.delete(name);
  else params.set(name, value);
  return orderedQuery(params);
}
