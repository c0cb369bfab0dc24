import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";
import { getT } from "./index";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };

/** Every leaf of a catalogue as "a.b.c" → text. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

/** The ICU arguments and tags a message uses: {name}, {count, plural, …}, <link>. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)) if (match[1]) names.add(`{${match[1]}}`);
  for (const match of message.matchAll(/<([A-Za-z][\w]*)>/g)) if (match[1]) names.add(`<${match[1]}>`);
  return [...names].sort();
}

const english = leaves(MESSAGES.en as unknown as Tree);

describe.each(LOCALES.filter((locale) => locale !== "en"))("the %s catalogue", (locale) => {
  const translated = leaves(MESSAGES[locale] as unknown as Tree);

  it("has every key of the English catalogue and no other", () => {
    expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
  });

  it("uses the same arguments and tags in each message", () => {
    const mismatched = [...english].filter(([key, text]) => {
      const other = translated.get(key);
      return other !== undefined && placeholders(other).join() !== placeholders(text).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("leaves no sentence in English", () => {
    // A message of several words (not counting its arguments) that reads exactly as the English one was not translated.
    const words = (text: string) => text.replace(/\{[^}]*\}/g, " ").match(/\p{L}{2,}/gu) ?? [];
    const untranslated = [...english].filter(([key, text]) => translated.get(key) === text && words(text).length >= 3);
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it("formats every message", () => {
    const t = getT(locale);
    const values = { count: 3, name: "x", rows: 1000, version: "abc", site: "s", url: "u", digest: "d" };
    for (const key of english.keys()) {
      const message = translated.get(key) ?? "";
      if (/<[A-Za-z]/.test(message)) continue; // rich text is formatted where it is used, with its tags
      if (/\{/.test(message)) continue; // arguments vary by message; their use is type-checked
      expect(() => t(key as never, values as never)).not.toThrow();
    }
  });
});
