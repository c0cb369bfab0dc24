// What a page sends: its HTML, the React Server Components payload inlined in
// it, and the payload the router fetches for a client-side navigation. The
// payload carries the whole server-rendered tree once more (React needs it to
// hydrate and to navigate), and on top of that the props of every client
// component, which is where data can reach the browser twice: drawn in the
// HTML and again as props.
import { gzipSync } from "node:zlib";

const gzip = (text) => gzipSync(Buffer.from(text), { level: 6 }).length;

/** The HTML without its <script> elements: what a reader without JavaScript gets. */
export function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*>/gi, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*>/gi, "");
}

/** The payload text that the HTML streams inline, in self.__next_f.push([1, "…"]) calls. */
export function inlinePayload(html) {
  let text = "";
  for (const match of html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)) {
    try {
      const [kind, chunk] = JSON.parse(match[1]);
      if (kind === 1 && typeof chunk === "string") text += chunk;
    } catch {
      // A push that is not plain JSON (the bootstrap call) carries no payload text.
    }
  }
  return text;
}

/**
 * Rows of a payload: `id:JSON`, `id:I[…]` (a client module), `id:HL[…]` (a
 * hint) and `id:T<hex length>,<text>` (a text chunk of that many bytes).
 */
export function payloadRows(payload) {
  const bytes = Buffer.from(payload);
  const rows = new Map();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon === -1) break;
    const id = bytes.subarray(at, colon).toString();
    const tag = String.fromCharCode(bytes[colon + 1] ?? 0);
    if (tag === "T") {
      const comma = bytes.indexOf(0x2c, colon);
      const length = Number.parseInt(bytes.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, { kind: "text", size: length, text: bytes.subarray(comma + 1, comma + 1 + length).toString() });
      at = comma + 1 + length;
      continue;
    }
    const end = bytes.indexOf(0x0a, colon);
    const line = bytes.subarray(colon + 1, end === -1 ? bytes.length : end).toString();
    at = end === -1 ? bytes.length : end + 1;
    if (tag === "I") rows.set(id, { kind: "client", size: line.length, value: safeJson(line.slice(1)) });
    else if (/^[A-Z]/.test(tag)) rows.set(id, { kind: "other", size: line.length });
    else rows.set(id, { kind: "json", size: line.length, value: safeJson(line) });
  }
  return rows;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Bytes of the payload that are props of client components, by component
 * (children left out: they are server-rendered trees passed through), with
 * the rows they refer to counted in.
 */
export function clientProps(payload) {
  const rows = payloadRows(payload);
  const name = (id) => {
    const value = rows.get(id)?.value;
    const exported = Array.isArray(value) ? value[2] : undefined;
    if (typeof exported === "string" && exported.startsWith("$")) {
      const named = rows.get(exported.slice(1))?.value;
      return typeof named === "string" ? named : exported;
    }
    return exported === "" || exported === undefined ? "(default export)" : exported;
  };
  const sizeOf = (value, seen) => {
    let size = JSON.stringify(value)?.length ?? 0;
    const visit = (node) => {
      if (typeof node === "string") {
        const ref = /^\$[LQW@]?([0-9a-f]+)$/.exec(node)?.[1];
        const row = ref === undefined ? undefined : rows.get(ref);
        if (row !== undefined && row.kind !== "client" && !seen.has(ref)) {
          seen.add(ref);
          size += row.size;
          if (row.kind === "json") visit(row.value);
        }
      } else if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === "object") Object.values(node).forEach(visit);
    };
    visit(value);
    return size;
  };
  const byComponent = new Map();
  const walk = (node) => {
    if (Array.isArray(node)) {
      if (node[0] === "$" && typeof node[1] === "string" && node.length >= 4) {
        const ref = /^\$L([0-9a-f]+)$/.exec(node[1])?.[1];
        const props = node[3];
        if (ref !== undefined && rows.get(ref)?.kind === "client" && props && typeof props === "object") {
          const { children, ...rest } = props;
          const component = name(ref);
          const entry = byComponent.get(component) ?? { component, count: 0, bytes: 0 };
          entry.count += 1;
          entry.bytes += sizeOf(rest, new Set());
          byComponent.set(component, entry);
          walk(children);
          return;
        }
      }
      node.forEach(walk);
    } else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  for (const row of rows.values()) if (row.kind === "json") walk(row.value);
  return [...byComponent.values()].sort((a, b) => b.bytes - a.bytes);
}

/** Sizes of a page's HTML and payloads, and how often its chart points are named in each. */
export function pageWeight(html, navigationPayload) {
  const inline = inlinePayload(html);
  const markup = stripScripts(html);
  const props = clientProps(inline);
  const pointIds = [...new Set([...markup.matchAll(/data-point-id="([^"]+)"/g)].map((match) => match[1]))];
  const occurrences = (text, id) => text.split(`"${id}"`).length - 1;
  const sample = pointIds.slice(0, 20);
  const perPoint = (text) =>
    sample.length === 0 ? null : sample.reduce((sum, id) => sum + occurrences(text, id), 0) / sample.length;
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzip(html),
    markupBytes: Buffer.byteLength(markup),
    markupGzip: gzip(markup),
    inlinePayloadBytes: Buffer.byteLength(inline),
    inlinePayloadGzip: gzip(inline),
    navigationPayloadBytes: navigationPayload === undefined ? null : Buffer.byteLength(navigationPayload),
    navigationPayloadGzip: navigationPayload === undefined ? null : gzip(navigationPayload),
    clientPropsBytes: props.reduce((sum, entry) => sum + entry.bytes, 0),
    clientProps: props.slice(0, 5),
    chartPoints: pointIds.length,
    // How many times one chart point's id is written, on average: in the markup, and in the payload.
    pointIdInMarkup: perPoint(markup),
    pointIdInPayload: perPoint(inline),
  };
}
