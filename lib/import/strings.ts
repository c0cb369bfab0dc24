/**
 * Returns a copy of `text` that does not keep its source alive. Strings cut out of a larger
 * string (papaparse's fields are cut out of a 64 KB chunk) hold on to the whole of it, so a
 * label kept for the answer would keep its chunk in memory, and across a file's series that
 * adds up to the whole file. Prefixing a character forces a new flat string of the label's
 * own length, of which the slice is then taken.
 */
export function detachString(text: string): string {
  return ` ${text}`.slice(1);
}
