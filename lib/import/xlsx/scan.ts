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

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Reads the attributes of the tag between `from` and `to` (the closing ">"), by hand: the
 * regular expression this replaced was a fifth of the time spent on a large sheet.
 */
function readAttributes(text: string, from: number, to: number, part: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 47) {
      index++;
      continue;
    }
    const equals = text.indexOf("=", index);
    if (equals === -1 || equals >= to) throw malformed(part, "an attribute without a value");
    const name = text.slice(index, equals).trim();
    let quote = equals + 1;
    while (quote < to && text.charCodeAt(quote) !== 34 && text.charCodeAt(quote) !== 39) quote++;
    const closing = text.indexOf(text.charAt(quote), quote + 1);
    if (quote >= to || closing === -1 || closing > to) throw malformed(part, "an attribute value without quotes");
    const value = text.slice(quote + 1, closing);
    attributes[name] = value.indexOf("&") === -1 ? value : decodeEntities(value, part);
    index = closing + 1;
  }
  return attributes;
}

/** The index of the ">" that ends the tag opened at `open`, skipping quoted attribute values; -1 if not yet there. */
function tagEnd(text: string, open: number): number {
  for (let index = open + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 62) return index;
    if (code === 34 || code === 39) {
      const closing = text.indexOf(code === 34 ? '"' : "'", index + 1);
      if (closing === -1) return -1;
      index = closing;
    }
  }
  return -1;
}

export interface ScanLimits {
  maxTokenChars: number;
  /** Tags whose attributes the caller reads; the others' are skipped unread. */
  attributesOf: ReadonlySet<string>;
}

/** Handlers, plus whether text is wanted now: most text in a sheet is the space between tags. */
export interface ScanHandlers extends XmlHandlers {
  wantsText(): boolean;
}

// A large sheet takes seconds; the server's other requests get a turn this often.
const YIELD_EVERY_MS = 50;

/** Lets the event loop run other requests' work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function scanXml(
  chunks: Iterable<Uint8Array>,
  part: string,
  handlers: ScanHandlers,
  budget: ParseBudget,
  limits: ScanLimits,
): Promise<void> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let lastYield = performance.now();
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
        if (depth > 0) {
          if (handlers.wantsText()) handlers.text(decodeEntities(pending.slice(position, open), part));
        } else if (pending.slice(position, open).trim() !== "") {
          throw malformed(part, "text outside the root element");
        }
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
      const close = tagEnd(pending, open);
      if (close === -1) {
        position = open;
        break;
      }
      if (next === 47) {
        let name = pending.slice(open + 2, close);
        if (name.charCodeAt(name.length - 1) <= 32) name = name.trim();
        depth--;
        if (depth < 0) throw malformed(part, `a closing tag </${name.slice(0, 20)}> without its opening tag`);
        handlers.close(name);
      } else {
        if (depth === 0 && sawRoot) throw malformed(part, "a second root element");
        let nameEnd = open + 1;
        while (nameEnd < close) {
          const code = pending.charCodeAt(nameEnd);
          if (code === 32 || code === 9 || code === 10 || code === 13 || code === 47) break;
          nameEnd++;
        }
        const name = pending.slice(open + 1, nameEnd);
        if (name === "") throw malformed(part, "a tag without a name");
        const isSelfClosing = pending.charCodeAt(close - 1) === 47;
        const colon = name.indexOf(":");
        const attributes = limits.attributesOf.has(colon === -1 ? name : name.slice(colon + 1))
          ? readAttributes(pending, nameEnd, isSelfClosing ? close - 1 : close, part)
          : NO_ATTRIBUTES;
        const tag: SaxesTagPlain = { name, attributes, isSelfClosing };
        sawRoot = true;
        handlers.open(tag);
        if (isSelfClosing) handlers.close(name);
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
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  pending += decoder.decode();
  drain(true);
  if (pending !== "") throw malformed(part, "it ends inside a tag");
  if (depth !== 0 || !sawRoot) throw malformed(part, "it ends before its root element is closed");
}
