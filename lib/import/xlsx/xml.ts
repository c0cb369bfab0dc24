import { SaxesParser, type SaxesTagPlain } from "saxes";
import { type ParseBudget } from "../budget";
import { ImportFailure, failAt } from "../errors";
import { NOT_A_WORKBOOK_HINT } from "./zip";

/**
 * Streams one XML part of a workbook through saxes. Spreadsheet XML never declares a
 * document type, so any `<!DOCTYPE` or `<!ENTITY` is refused before the parser sees it:
 * entity declarations are how an XML file expands a few bytes into gigabytes ("billion
 * laughs") or reads other files, and saxes itself leaves them unexpanded but reports an
 * error only at the first use. Only the five predefined entities and character references
 * are read.
 */

export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  close(name: string): void;
  text(text: string): void;
}

// Long enough to hold "<!DOCTYPE" or "<!ENTITY" cut between two chunks.
const CARRY = 16;
const DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

/** Stops the whole import from inside a handler; saxes' own errors are turned into this too. */
export class XmlStop extends Error {
  readonly failure: ImportFailure;

  constructor(failure: ImportFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

export function parseXml(chunks: Iterable<Uint8Array>, part: string, handlers: XmlHandlers, budget: ParseBudget): void {
  const parser = new SaxesParser({ position: false, xmlns: false });
  parser.on("opentag", handlers.open);
  parser.on("closetag", (tag) => handlers.close(tag.name));
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  parser.on("doctype", () => {
    throw new XmlStop(declarationFailure(part));
  });
  const decoder = new TextDecoder("utf-8");
  let tail = "";
  try {
    for (const chunk of chunks) {
      const started = budget.mark();
      const text = decoder.decode(chunk, { stream: true });
      if (DECLARATION.test(tail + text.slice(0, CARRY)) || DECLARATION.test(text)) {
        throw new XmlStop(declarationFailure(part));
      }
      tail = text.slice(-CARRY);
      parser.write(text);
      budget.spend(started);
      budget.check();
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof XmlStop) throw error.failure;
    if (error instanceof ImportFailure) throw error;
    const reason = error instanceof Error ? error.message.replace(/^undefined:\d+:\d+: /, "") : String(error);
    throw failAt(
      null,
      null,
      `${part} in the workbook is not well-formed XML (${reason.slice(0, 120)}). ${NOT_A_WORKBOOK_HINT}`,
    );
  }
}

export function declarationFailure(part: string): ImportFailure {
  return failAt(
    null,
    null,
    `${part} in the workbook declares a document type or entities (<!DOCTYPE or <!ENTITY), which Excel never writes and which can make a small file expand without bound; it was not read. ${NOT_A_WORKBOOK_HINT}`,
  );
}

/** The local name of a tag or attribute: "x:row" → "row", so prefixed parts read like plain ones. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute by local name, e.g. `attribute(tag, "id")` finds "r:id". */
export function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  const direct = tag.attributes[name];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === name) return value;
  return undefined;
}
