"use client";

import { useEffect, useRef, useState } from "react";
import { copyText } from "@/components/share/copy-text";

type CopyState = { kind: "idle" } | { kind: "copied" } | { kind: "manual"; url: string };

const COPIED_MESSAGE_MS = 4000;

/**
 * Copies the address of the current view, search parameters included, so a
 * reader can share exactly what they see. The status line is a polite live
 * region that is always in the page, so screen readers announce "Link copied".
 * Where no clipboard is available (an insecure origin, a refused permission),
 * the link is shown in a selected text field to copy by hand.
 */
export function ShareButton({ labels }: { labels: { button: string; copied: string; manual: string } }) {
  const [state, setState] = useState<CopyState>({ kind: "idle" });
  const resetTimer = useRef<number | undefined>(undefined);
  const manualField = useRef<HTMLInputElement>(null);

  useEffect(() => () => window.clearTimeout(resetTimer.current), []);
  useEffect(() => {
    if (state.kind === "manual") manualField.current?.select();
  }, [state]);

  async function copyLink() {
    const url = window.location.href;
    window.clearTimeout(resetTimer.current);
    if (await copyText(url)) {
      setState({ kind: "copied" });
      resetTimer.current = window.setTimeout(() => setState({ kind: "idle" }), COPIED_MESSAGE_MS);
    } else {
      setState({ kind: "manual", url });
    }
  }

  return (
    <div className="share">
      <button type="button" className="button button--secondary share__button" onClick={copyLink}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
        {labels.button}
      </button>
      <span className="share__status" role="status" aria-live="polite">
        {state.kind === "copied" ? labels.copied : ""}
      </span>
      {state.kind === "manual" ? (
        <label className="share__manual">
          <span>{labels.manual}</span>
          <input ref={manualField} type="text" readOnly value={state.url} onFocus={(event) => event.target.select()} />
        </label>
      ) : null}
    </div>
  );
}
