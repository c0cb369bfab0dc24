import { inlineStyle } from "@/lib/trade/downloads";

/*
 * Turning the chart on screen into an SVG or PNG file. Loaded when a reader
 * asks for an image, not with the page: most readers never do.
 */

const SVG_NS = "http://www.w3.org/2000/svg";
const CAPTION_HEIGHT = 44;
const PNG_SCALE = 2;

/**
 * A standalone copy of the chart as drawn: every element gets its computed
 * presentation inlined (so CSS variables and the dark or light theme are
 * resolved), hidden helpers are dropped, a background is added, and a caption
 * with the address of the view is written underneath.
 */
export function standaloneSvg(svg: SVGSVGElement, caption: string): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  const hidden: Element[] = [];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (copy === undefined) return;
    const computed = getComputedStyle(original);
    if (computed.display === "none" || computed.visibility === "hidden") hidden.push(copy);
    // Series faded while a point is inspected are saved in full: the fading is a pointer state, not a choice.
    const muted = original.classList.contains("is-muted");
    const parent =
      original === svg || original.parentElement === null ? undefined : getComputedStyle(original.parentElement);
    const style = inlineStyle(
      (property) => (muted && property === "opacity" ? "1" : computed.getPropertyValue(property)),
      parent === undefined ? undefined : (property) => parent.getPropertyValue(property),
    );
    if (style === "") copy.removeAttribute("style");
    else copy.setAttribute("style", style);
    copy.removeAttribute("class");
    copy.removeAttribute("tabindex");
  });
  for (const element of hidden) element.remove();

  const [, , width = 960, height = 420] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
  const total = height + CAPTION_HEIGHT;
  clone.setAttribute("viewBox", `0 0 ${width} ${total}`);
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(total));
  const page = getComputedStyle(document.body);

  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", page.backgroundColor);
  clone.insertBefore(background, clone.firstChild);

  const lines = [caption, `${document.title} · ${window.location.href}`];
  lines.forEach((line, index) => {
    const text = document.createElementNS(SVG_NS, "text");
    text.setAttribute("x", "8");
    text.setAttribute("y", String(height + 16 + index * 16));
    text.setAttribute(
      "style",
      `fill:${page.color};font-family:${page.fontFamily};font-size:${index === 0 ? 12 : 10}px`,
    );
    text.textContent = line;
    clone.appendChild(text);
  });
  return { text: new XMLSerializer().serializeToString(clone), width, height: total };
}

export function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the browser says when it cannot make the PNG, in the page's language. */
type PngErrors = { noCanvas: string; notEncoded: string };

export async function toPng(svgText: string, width: number, height: number, errors: PngErrors): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const context = canvas.getContext("2d");
    if (context === null) throw new Error(errors.noCanvas);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(errors.notEncoded))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
