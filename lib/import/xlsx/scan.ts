import { type SaxesTagPlain } from "saxes";
import { type ParseBudget } from "../budget";
import { failAt } from "../errors";
import { formatCount } from "../limits";
import { type XmlHandlers, declarationFailure } from "./xml";
import { NOT_A_WORKBOOK_HINT } from "./zip";

/**
 * A small, fast XML scanner for worksheet parts, which hold nearly all of a workbook's
 * bytes. saxes checks every character against the XML grammar, which reads about 25 MB of
 * sheet XML a second here, so a 50 MB workbook (some 400 MB of XML) would take longer than
 * the importer's time limit; finding tags with indexOf reads it several times faster.
 * It reads what SpreadsheetML uses: elements, attributes, text, the five predefined
 * entities and character references, comments, CDATA and the XML declaration. It refuses
 * `<!DOCTYPE`, `<!ENTITY` and any other declaration, an unknown entity, and text or a tag
 * longer than `maxTokenChars` (a sheet's longest is a cell's text). The small parts go
 * through saxes (xml.ts).
 */

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function malformed(part: string, detail: string): Error {
  return failAt(null, null, `${part} in the workbook is not well-formed XML (${detail}). ${NOT_A_WORKBOOK_HINT}`);
}

function decodeEntities(text: string, part: string): string {
  if (text.indexOf("&") === -1) return text;
  const decoded = text.replace(ENTITY, (_, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return PREDEFINED[name] ?? "";
  });
  // Any & left over was not one of the entities XML predefines: spreadsheet XML declares no others.
  if (decoded.length > 0 && /&/.test(text.replace(ENTITY, ""))) throw malformed(part, "an undeclared entity");
  return decoded;
}

function parseTag(body: string, part: string): SaxesTagPlain {
  let end = 0;
  while (end < body.length) {
    const code = body.charCodeAt(end);
    // Space, tab, line feed, carriage return or "/" end the name.
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 47) break;
    end++;
  }
  const name = body.slice(0, end);
  if (name === "") throw malformed(part, "a tag without a name");
  const isSelfClosing = body.charCodeAt(body.length - 1) === 47;
  const attributes: Record<string, string> = {};
  if (body.indexOf("=", end) !== -1) {
    ATTRIBUTE.lastIndex = end;
    for (let match = ATTRIBUTE.exec(body); match; match = ATTRIBUTE.exec(body)) {
      attributes[match[1] ?? ""] = decodeEntities(match[2] ?? match[3] ?? "", part);
    }
  }
  return { name, attributes, isSelfClosing };
}

export interface ScanLimits {
  maxTokenChars: number;
}

export function scanXml(
  chunks: Iterable<Uint8Array>,
  part: string,
  handlers: XmlHandlers,
  budget: ParseBudget,
  limits: ScanLimits,
): void {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let depth = 0;
  let sawRoot = false;

  const tooLong = () =>
    failAt(
      null,
      null,
      `${part} in the workbook holds a text or tag longer than ${formatCount(limits.maxTokenChars)} characters, more than any cell holds; it was not read.`,
    );

  /** Handles every complete token in `pending`; keeps the unfinished rest. */
  const drain = (final: boolean) => {
    let position = 0;
    const length = pending.length;
    while (position < length) {
      const open = pending.indexOf("<", position);
      if (open === -1) {
        if (!final) break;
        if (pending.slice(position).trim() !== "") throw malformed(part, "text after the last tag");
        position = length;
        break;
      }
      if (open > position) {
        if (depth > 0) handlers.text(decodeEntities(pending.slice(position, open), part));
        else if (pending.slice(position, open).trim() !== "") throw malformed(part, "text outside the root element");
      }
      const next = pending.charCodeAt(open + 1);
      // "!" starts a comment, CDATA or a declaration; "?" a processing instruction.
      if (next === 33) {
        if (pending.startsWith("<!--", open)) {
          const close = pending.indexOf("-->", open + 4);
          if (close === -1) {
            position = open;
            break;
          }
          position = close + 3;
          continue;
        }
        if (pending.startsWith("<![CDATA[", open)) {
          const close = pending.indexOf("]]>", open + 9);
          if (close === -1) {
            position = open;
            break;
          }
          if (depth > 0) handlers.text(pending.slice(open + 9, close));
          position = close + 3;
          continue;
        }
        if (pending.length - open < 9 && !final) {
          position = open;
          break;
        }
        throw declarationFailure(part);
      }
      if (next === 63) {
        const close = pending.indexOf("?>", open + 2);
        if (close === -1) {
          position = open;
          break;
        }
        position = close + 2;
        continue;
      }
      let close = pending.indexOf(">", open + 1);
      // A ">" inside a quoted attribute value does not end the tag.
      while (close !== -1 && countQuotes(pending, open, close) % 2 === 1) close = pending.indexOf(">", close + 1);
      if (close === -1) {
        position = open;
        break;
      }
      if (next === 47) {
        const name = pending.slice(open + 2, close).trim();
        depth--;
        if (depth < 0) throw malformed(part, `a closing tag </${name.slice(0, 20)}> without its opening tag`);
        handlers.close(name);
      } else {
        if (depth === 0 && sawRoot) throw malformed(part, "a second root element");
        const tag = parseTag(pending.slice(open + 1, close), part);
        sawRoot = true;
        handlers.open(tag);
        if (tag.isSelfClosing) handlers.close(tag.name);
        else depth++;
      }
      position = close + 1;
    }
    pending = position === 0 ? pending : pending.slice(position);
    if (pending.length > limits.maxTokenChars) throw tooLong();
  };

  for (const chunk of chunks) {
    const started = budget.mark();
    pending += decoder.decode(chunk, { stream: true });
    drain(false);
    budget.spend(started);
    budget.check();
  }
  pending += decoder.decode();
  drain(true);
  if (pending !== "") throw malformed(part, "it ends inside a tag");
  if (depth !== 0 || !sawRoot) throw malformed(part, "it ends before its root element is closed");
}

/** Double quotes between `from` and `to`, counted by hand: indexOf would search past `to` to the end of the text. */
function countQuotes(text: string, from: number, to: number): number {
  let quotes = 0;
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 34) quotes++;
  return quotes;
}
