"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { copyText } from "./copy-text";
import styles from "./share-menu.module.css";

type Props = {
  /** Id of the read-only field whose text is copied: what the reader sees is what they get. */
  targetId: string;
  label: string;
  /** Said in the status line once copied, e.g. "Embed code copied". */
  copied: string;
  /** Said when the clipboard refuses and the text is selected instead, in the page's language. */
  manual?: string;
};

const subscribeNever = () => () => {};
const COPIED_MESSAGE_MS = 4000;

/**
 * Copies the text of a read-only field. Without JavaScript there is nothing to
 * press, so the button appears only once the page is hydrated; the field stays,
 * and its text can be selected and copied by hand. Where the clipboard refuses,
 * the field's text is selected instead so that one keystroke copies it.
 */
export function CopyButton({
  targetId,
  label,
  copied,
  manual = "Selected: press Ctrl+C (⌘C on a Mac) to copy",
}: Props) {
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [message, setMessage] = useState("");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  if (!hydrated) return null;

  async function copy() {
    const field = document.getElementById(targetId);
    if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
    window.clearTimeout(timer.current);
    if (await copyText(field.value)) {
      setMessage(copied);
      timer.current = window.setTimeout(() => setMessage(""), COPIED_MESSAGE_MS);
    } else {
      field.focus();
      field.select();
      setMessage(manual);
    }
  }

  return (
    <span className={styles.copy}>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {label}
      </button>
      <span className={styles.status} role="status">
        {message}
      </span>
    </span>
  );
}
