"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { chartWordsOf } from "@/lib/chart/words";
import { fillLabel } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { proseLangAttributes } from "@/lib/i18n/prose-lang";
import { unpackPointDetail, type PackedPointDetails } from "@/lib/trade/packed-details";
import styles from "./trade.module.css";

type Props = {
  /** What the tooltip says about each point in view, by point id, packed (see `packPointDetails`). */
  details: PackedPointDetails;
  children: ReactNode;
  /** Language of the tooltip's headings; the details come in it already. */
  locale?: Locale;
};

type Tip = { id: string; left: number; top: number; below: boolean };
type ActiveEvent = { id: string; from: "chart" | "story" };

/** Tooltips are about this wide; they are kept this far from the edges of the chart area. */
const TIP_HALF_WIDTH = 150;
/** A tooltip with a long note can be this tall; with less room above the point, it opens below. */
const TIP_ROOM_ABOVE = 300;

/**
 * Adds the interactive layer to a server-rendered chart and the story beside
 * it, without re-rendering either: it listens on their container and finds
 * points and events by their data attributes.
 * - A point shows a tooltip on hover or keyboard focus (Escape hides it), and
 *   the other series fade so the point's own series stands out.
 * - Hovering or focusing an event marker highlights its entry in the story;
 *   hovering, focusing or choosing an entry in the story highlights its year on
 *   the chart. A click (or Enter) keeps the highlight until the next choice.
 * Without JavaScript the points keep their <title> tooltips and the numbered
 * markers still match the numbered story.
 */
export function ChartInteractions({ details, children, locale = "en" }: Props) {
  const words = chartWordsOf(locale).tooltip;
  const root = useRef<HTMLDivElement>(null);
  const detailsRef = useRef(details);
  useEffect(() => {
    detailsRef.current = details;
  }, [details]);
  const [tip, setTip] = useState<Tip | null>(null);
  const [hovered, setHovered] = useState<ActiveEvent | null>(null);
  const [chosen, setChosen] = useState<ActiveEvent | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  // Set by the effect below, so the tooltip itself can hide the way a point does.
  const hideTipRef = useRef<(delay: number) => void>(() => {});
  // The native <title> tooltip would appear on top of ours; its text is set
  // aside while our tooltip shows and put back afterwards.
  const silencedTitle = useRef<{ element: SVGTitleElement; text: string; addedLabel: boolean } | null>(null);

  useEffect(() => {
    const container = root.current;
    if (container === null) return;

    const restoreTitle = () => {
      const silenced = silencedTitle.current;
      if (silenced !== null) {
        silenced.element.textContent = silenced.text;
        if (silenced.addedLabel) silenced.element.parentElement?.removeAttribute("aria-label");
      }
      silencedTitle.current = null;
    };

    // Several series can share a colour; fading the others shows which figures belong together.
    const muteOtherSeries = (point: Element | null) => {
      const own = point?.closest(".chart-series");
      for (const series of container.querySelectorAll(".chart-series")) {
        series.classList.toggle("is-muted", own !== null && own !== undefined && series !== own);
      }
    };

    const showTip = (point: Element) => {
      const id = point.getAttribute("data-point-id");
      // A point without details (an imported series drawn in the browser) keeps its native <title> tooltip.
      if (id === null || detailsRef.current.points[id] === undefined) return;
      window.clearTimeout(hideTimer.current);
      restoreTitle();
      const title = point.querySelector(":scope > title");
      if (title instanceof SVGTitleElement) {
        // The title names the point for screen readers; the name moves to an aria-label while the title is empty.
        const addedLabel = !point.hasAttribute("aria-label");
        if (addedLabel) point.setAttribute("aria-label", title.textContent ?? "");
        silencedTitle.current = { element: title, text: title.textContent ?? "", addedLabel };
        title.textContent = "";
      }
      muteOtherSeries(point);
      const marker = point.querySelector(".chart-marker") ?? point;
      const box = marker.getBoundingClientRect();
      const area = container.getBoundingClientRect();
      const centre = box.left + box.width / 2 - area.left;
      const left = Math.min(Math.max(centre, TIP_HALF_WIDTH), Math.max(TIP_HALF_WIDTH, area.width - TIP_HALF_WIDTH));
      // Room is measured in the window, so a point near the top of the screen opens its tooltip downwards.
      const roomBelow = window.innerHeight - box.bottom;
      const below = box.top < TIP_ROOM_ABOVE && roomBelow > box.top;
      setTip({ id, left, top: below ? box.bottom - area.top + 10 : box.top - area.top - 10, below });
    };

    const hideTip = (delay: number) => {
      window.clearTimeout(hideTimer.current);
      hideTimer.current = window.setTimeout(() => {
        restoreTitle();
        muteOtherSeries(null);
        setTip(null);
      }, delay);
    };

    hideTipRef.current = hideTip;

    const eventIdOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest("[data-event-id]")?.getAttribute("data-event-id") : undefined;
    const sourceOf = (target: EventTarget | null): ActiveEvent["from"] =>
      target instanceof Element && target.closest("svg") !== null ? "chart" : "story";

    // A point that links somewhere (an article's figure) is focused through its link, which wraps it.
    const pointOf = (target: Element) =>
      target.closest("[data-point-id]") ??
      (target.matches("a.chart-point-link") ? target.querySelector("[data-point-id]") : null);

    const enter = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      const point = pointOf(target);
      if (point !== null) showTip(point);
      const eventId = eventIdOf(target);
      if (eventId) setHovered({ id: eventId, from: sourceOf(target) });
    };

    const leave = (event: Event) => {
      const target = event.target;
      const next = (event as FocusEvent | PointerEvent).relatedTarget;
      if (!(target instanceof Element)) return;
      const point = pointOf(target);
      if (point !== null && !(next instanceof Node && point.contains(next)))
        hideTip(event.type === "focusout" ? 0 : 200);
      const eventId = eventIdOf(target);
      if (eventId && eventIdOf(next) !== eventId) setHovered(null);
    };

    const choose = (event: Event) => {
      const eventId = eventIdOf(event.target);
      if (!eventId) return;
      const from = sourceOf(event.target);
      setChosen((current) => (current?.id === eventId ? null : { id: eventId, from }));
    };

    const key = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        hideTip(0);
        setChosen(null);
        return;
      }
      const target = event.target;
      if ((event.key === "Enter" || event.key === " ") && target instanceof Element) {
        if (target.matches(".chart-event-marker")) {
          event.preventDefault();
          choose(event);
        }
      }
    };

    container.addEventListener("pointerover", enter);
    container.addEventListener("pointerout", leave);
    container.addEventListener("focusin", enter);
    container.addEventListener("focusout", leave);
    container.addEventListener("click", choose);
    container.addEventListener("keydown", key);
    return () => {
      container.removeEventListener("pointerover", enter);
      container.removeEventListener("pointerout", leave);
      container.removeEventListener("focusin", enter);
      container.removeEventListener("focusout", leave);
      container.removeEventListener("click", choose);
      container.removeEventListener("keydown", key);
      window.clearTimeout(hideTimer.current);
      restoreTitle();
      muteOtherSeries(null);
    };
  }, []);

  const active = hovered ?? chosen;
  useEffect(() => {
    const container = root.current;
    if (container === null) return;
    for (const element of container.querySelectorAll(".is-active[data-event-id]"))
      element.classList.remove("is-active");
    if (active === null) return;
    const matches = container.querySelectorAll(`[data-event-id="${CSS.escape(active.id)}"]`);
    for (const element of matches) element.classList.add("is-active");
    if (active.from !== "chart") return;
    // Bring the story entry into view inside its scrolling panel, without moving the page.
    const item = container.querySelector(`li[data-event-id="${CSS.escape(active.id)}"]`);
    const panel = item?.closest(".story-panel");
    if (item === null || item === undefined || panel === null || panel === undefined) return;
    const itemBox = item.getBoundingClientRect();
    const panelBox = panel.getBoundingClientRect();
    if (itemBox.top < panelBox.top) panel.scrollTop -= panelBox.top - itemBox.top + 8;
    else if (itemBox.bottom > panelBox.bottom) panel.scrollTop += itemBox.bottom - panelBox.bottom + 8;
  }, [active, details]);

  const detail = tip === null ? undefined : unpackPointDetail(details, tip.id);
  return (
    <div ref={root} className={styles.chartArea}>
      {children}
      {tip !== null && detail !== undefined ? (
        <div
          className={`${styles.tooltip} ${tip.below ? styles.tooltipBelow : ""}`}
          role="tooltip"
          style={{ left: tip.left, top: tip.top }}
          onPointerEnter={() => window.clearTimeout(hideTimer.current)}
          onPointerLeave={() => hideTipRef.current(0)}
        >
          <p className={styles.tooltipHead}>
            <strong>{detail.period}</strong> <span className={styles.tooltipValue}>{detail.value}</span>
          </p>
          {detail.placement ? <p className={styles.tooltipPlacement}>{detail.placement}</p> : null}
          <dl className={styles.tooltipFacts}>
            <dt>{words.status}</dt>
            <dd>
              <span className={`badge badge--${detail.status}`}>{detail.statusLabel}</span> {detail.statusDescription}
            </dd>
            <dt>{words.series}</dt>
            <dd {...proseLangAttributes(detail.series, locale)}>{detail.series}</dd>
            <dt>{words.basis}</dt>
            <dd>{detail.basis}</dd>
            <dt>{words.perspective}</dt>
            <dd>{detail.perspective}</dd>
            <dt>{words.source}</dt>
            {/* Publishers are named as they publish, often in English: marked so, on the other editions. */}
            <dd {...proseLangAttributes(detail.sources, locale)}>{detail.sources}</dd>
            {detail.conflicts ? (
              <>
                <dt>{words.conflicts}</dt>
                <dd>{fillLabel(words.conflictsText, { conflicts: detail.conflicts })}</dd>
              </>
            ) : null}
            {detail.note ? (
              <>
                <dt>{words.note}</dt>
                <dd {...proseLangAttributes(detail.note, locale)}>{detail.note}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : null}
    </div>
  );
}
