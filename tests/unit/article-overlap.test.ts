import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data";

/*
 * Our prose must be our own: no claim, explanation, event or financing text
 * (nor a trade note) may repeat eight or more consecutive words of the source
 * article. The article is committed as a fixture, so the check runs on a fresh
 * clone. Its reference markers ("[21]") are dropped before comparing, so that a
 * copied sentence cannot hide behind one. The article's own value in
 * `article_value` is a deliberate quotation and is not checked.
 */

const WINDOW = 8;

const ARTICLE = readFileSync(fileURLToPath(new URL("../fixtures/source-article/article.txt", import.meta.url)), "utf8");

/** Lower-case words and numbers; apostrophes and decimal points stay inside a word ("russia's", "411.4"). */
export function words(text: string): string[] {
  const normalised = text
    .replace(/\[\d+\]/g, " ")
    .replace(/[’‘]/g, "'")
    // "1000MW" and "1000 MW" are the same words.
    .replace(/(\p{N})(\p{L})/gu, "$1 $2")
    .toLowerCase();
  return normalised.match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu) ?? [];
}

function windows(tokens: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let start = 0; start + size <= tokens.length; start += 1) out.push(tokens.slice(start, start + size).join(" "));
  return out;
}

/** Every run of `size` consecutive words that `text` shares with `source`. */
export function sharedRuns(text: string, source: ReadonlySet<string>, size = WINDOW): string[] {
  return windows(words(text), size).filter((run) => source.has(run));
}

const articleRuns = new Set(windows(words(ARTICLE), WINDOW));

describe("sharedRuns", () => {
  const source = new Set(
    windows(words("Russia has provided 500Mn US dollars for the CASA-1000 [39] for this project"), 4),
  );

  it("finds a copied run of words, whatever the case, punctuation or reference markers", () => {
    expect(sharedRuns("It says: RUSSIA has provided 500mn US dollars.", source, 4)).toEqual([
      "russia has provided 500",
      "has provided 500 mn",
      "provided 500 mn us",
      "500 mn us dollars",
    ]);
    expect(sharedRuns("for the CASA-1000 for this", source, 4)).toEqual([
      "for the casa 1000",
      "the casa 1000 for",
      "casa 1000 for this",
    ]);
    expect(sharedRuns("a 500 Mn US dollars", source, 4)).toEqual(sharedRuns("a 500Mn US dollars", source, 4));
  });

  it("finds nothing in a paraphrase", () => {
    expect(sharedRuns("Moscow offered at least $500m, an offer never taken up.", source, 4)).toEqual([]);
  });

  it("reads the committed article", () => {
    expect(articleRuns.size).toBeGreaterThan(1000);
  });
});

describe("our prose against the source article", () => {
  const data = getDataset();
  const texts: { where: string; text: string | undefined }[] = [
    ...data.claims.flatMap((claim) => [
      { where: `claims.csv ${claim.id} claim`, text: claim.claim },
      { where: `claims.csv ${claim.id} explanation`, text: claim.explanation },
      { where: `claims.csv ${claim.id} corrected_value`, text: claim.correctedValue },
    ]),
    ...data.events.flatMap((event) => [
      { where: `events.csv ${event.id} title`, text: event.title },
      { where: `events.csv ${event.id} summary`, text: event.summary },
    ]),
    ...data.financing.flatMap((item) => [
      { where: `financing.csv ${item.id} item`, text: item.item },
      { where: `financing.csv ${item.id} note`, text: item.note },
    ]),
    ...data.trade.map((row) => ({ where: `trade.csv ${row.id} note`, text: row.note })),
  ];

  it(`shares no run of ${WINDOW} consecutive words with the article`, () => {
    const copied = texts.flatMap(({ where, text }) =>
      text === undefined ? [] : sharedRuns(text, articleRuns).map((run) => `${where}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });
});
