"use client";

import { useEffect, useRef, useState } from "react";

type CopyState = { kind: "idle" } | { kind: "copied" } | { kind: "manual"; url: string };

const COPIED_MESSAGE_MS = 4000;

/**
 * Copies the address of the current view, search parameters included, so a
 * reader can share exactly what they see. The status line is a polite live
 * region that is always in the page, so screen readers announce "Link copied".
 * Where no clipboard is available (an insecure origin, a refused permission),
 * the link is shown in a selected text field to copy by hand.
 */
export function ShareButton() {
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
        Copy link
      </button>
      <span className="share__status" role="status" aria-live="polite">
        {state.kind === "copied" ? "Link copied" : ""}
      </span>
      {state.kind === "manual" ? (
        <label className="share__manual">
          <span>Copy this link:</span>
          <input ref={manualField} type="text" readOnly value={state.url} onFocus={(event) => event.target.select()} />
        </label>
      ) : null}
    </div>
  );
}

/** Writes text to the clipboard with the async API, or the older execCommand where that is missing. */
async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard !== undefined) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // A refused permission is not an error to report: the fallback below still may copy.
    }
  }
  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const scratch = document.createElement("textarea");
  scratch.value = text;
  scratch.setAttribute("readonly", "");
  scratch.className = "visually-hidden";
  document.body.append(scratch);
  scratch.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  scratch.remove();
  previousFocus?.focus();
  return copied;
}
