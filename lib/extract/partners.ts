/*
 * Which rows of a DOTS country table are partner economies. The tables mix
 * economies with groups (World, Advanced Economies, Euro Area, regions), with
 * "not specified" remainders and, after "Memorandum Items", with alternative
 * groupings. Ranking Pakistan's partners needs economies only, so every group
 * label is named here; a table whose groups differ from these (a renamed
 * region, say) makes `checkGroupsPresent` stop the extraction rather than let
 * a region be ranked as a country.
 */

export const WORLD = "World";

const GROUPS = [
  "Advanced Economies",
  "Euro Area",
  "Emerging and Developing Economies",
  "Emerging and Developing Asia",
  "Emerging and Developing Europe",
  "Middle East and Central Asia",
  "Sub-Saharan Africa",
  "Western Hemisphere",
  "Other Countries not included elsewhere",
  "Special Categories",
  "Countries & Areas not specified",
] as const;

/** Everything from this row on is an alternative grouping, not an economy. */
export const MEMORANDUM = "Memorandum Items";

export type PartnerKind = "world" | "economy" | "group" | "unspecified";

export function partnerKind(name: string): PartnerKind {
  if (name === WORLD) return "world";
  if ((GROUPS as readonly string[]).includes(name)) return "group";
  if (/ not specified$/.test(name)) return "unspecified";
  return "economy";
}

/** Partner names that are economies, in table order, stopping at the memorandum items. */
export function economies(names: Iterable<string>): string[] {
  const result: string[] = [];
  for (const name of names) {
    if (name === MEMORANDUM) break;
    if (partnerKind(name) === "economy") result.push(name);
  }
  return result;
}

/** The group labels that a table lacks: if any, the layout has changed and the classification cannot be trusted. */
export function missingGroups(names: Iterable<string>): string[] {
  const present = new Set(names);
  return [WORLD, MEMORANDUM, ...GROUPS].filter((group) => !present.has(group));
}
