import { type NumberStyle, parseNumber } from "../numbers";

export type ColumnKind = "numbers" | "text" | "empty";

// Words, not stray letters: "1e400" and "20O8" are broken numbers and years, "Pakistan" is text.
const WORD = /[A-Za-z\u00C0-\u024F]{2,}/;

function isText(raw: string): boolean {
  const text = raw.trim();
  return !text.startsWith("=") && WORD.test(text.replace(/[eE][+-]?\d+$/, ""));
}

/**
 * Judges a column by the sample rows: numbers (missing markers allowed), text, or empty.
 * Broken numbers (a formula, 1e400, a typo) do not make a column text, so that the reader
 * reports them on their line instead of silently treating the column as labels.
 */
export function classifyColumn(rows: readonly string[][], column: number, style: NumberStyle): ColumnKind {
  let numbers = 0;
  let text = 0;
  for (const fields of rows) {
    const raw = fields[column] ?? "";
    const cell = parseNumber(raw, style);
    if (typeof cell === "number") numbers++;
    else if (cell !== null && isText(raw)) text++;
  }
  if (numbers === 0 && text === 0) return "empty";
  return text <= numbers * 0.2 ? "numbers" : "text";
}
