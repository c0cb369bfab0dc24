import Papa from "papaparse";

/**
 * Where a committed CSV file departs from what the extraction produces, as
 * "data/imf-dots.csv line 12, column value_usd_m: …", or undefined when the
 * two are the same text. Names the cell, so a hand edit is found at once.
 */
export function describeDifference(file: string, committed: string, produced: string): string | undefined {
  if (committed === produced) return undefined;
  const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const ours = parse(committed);
  const theirs = parse(produced);
  const header = theirs[0] ?? [];
  const lines = Math.max(ours.length, theirs.length);
  for (let index = 0; index < lines; index++) {
    const line = index + 1;
    const a = ours[index];
    const b = theirs[index];
    if (a === undefined)
      return `data/${file} line ${line}: missing; the extraction gives ${JSON.stringify(b?.join(","))}`;
    if (b === undefined)
      return `data/${file} line ${line}: not produced by the extraction (${JSON.stringify(a.join(","))})`;
    const columns = Math.max(a.length, b.length);
    for (let column = 0; column < columns; column++) {
      if (a[column] !== b[column]) {
        const name = header[column] ?? `${column + 1}`;
        return `data/${file} line ${line}, column ${name}: committed ${JSON.stringify(a[column] ?? "")}, the raw files give ${JSON.stringify(b[column] ?? "")}`;
      }
    }
  }
  return `data/${file}: differs from the extraction in line endings or quoting; re-run npm run data:extract`;
}
