"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";
import { mergeFormQuery } from "@/lib/trade/url";
import styles from "./trade.module.css";

type Props = {
  /** Path the form submits to; without JavaScript it is an ordinary GET form. */
  action: string;
  /** Canonical query of the view the server rendered; a new one remounts the fields with fresh values. */
  stateKey: string;
  /** Values that are the default, left out of the address. */
  defaults?: Readonly<Record<string, string>>;
  className?: string;
  "aria-label"?: string;
  /** Said while the next view loads, in the page's language. */
  pendingText?: string;
  children: ReactNode;
};

type FocusedField = { name: string; value: string; checkable: boolean };
/** What the reader had going in the form before it was remounted. */
type Carried = { focus?: FocusedField; openDetails: string[] };

const AUTO_SUBMIT_TYPES = new Set(["radio", "checkbox", "select-one"]);

/*
 * Kept outside the component, by form: each view of the explorer is served
 * from its own cached route (see proxy.ts), so a new view mounts a new form
 * rather than updating this one, and only the new one can restore these.
 */
const carriedByForm = new Map<string, Carried>();

/**
 * A GET form that also works without JavaScript. With it, the form does not
 * reload the page: it merges its fields into the current address and pushes
 * that, so Back returns to the previous view. Choices (radio buttons, check
 * boxes, selects) apply at once; typed years apply on Enter, on leaving the
 * field or with the button.
 *
 * The fields are rendered by the server from the view it parsed. When that
 * view changes the form is remounted, so every field shows what the server
 * actually used (a corrected year, say); focus goes back to the field the
 * reader was on, and sections marked `data-keep-open` stay open.
 */
export function UrlForm({
  action,
  stateKey,
  defaults,
  className,
  pendingText = "Updating…",
  children,
  ...rest
}: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const formName = `${action} ${rest["aria-label"] ?? ""}`;
  const formRef = useRef<HTMLFormElement>(null);
  // Leaving a typed year and pressing the button both submit; the second must not add a history entry.
  const lastQuery = useRef<string | null>(null);

  useEffect(() => {
    lastQuery.current = null;
    const state = carriedByForm.get(formName);
    const form = formRef.current;
    if (state === undefined || form === null) return;
    carriedByForm.delete(formName);
    for (const name of state.openDetails) {
      const details = form.querySelector(`details[data-keep-open="${CSS.escape(name)}"]`);
      if (details instanceof HTMLDetailsElement) details.open = true;
    }
    const field = state.focus;
    if (field === undefined) return;
    const selector = field.checkable
      ? `[name="${CSS.escape(field.name)}"][value="${CSS.escape(field.value)}"]`
      : `[name="${CSS.escape(field.name)}"]:not([type="hidden"])`;
    form.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  }, [stateKey, formName]);

  function navigate(form: HTMLFormElement, resets: readonly string[] = []) {
    // Hidden fields carry the rest of the view for readers without JavaScript;
    // here the current address does that, and it may be newer (a table sort).
    const controls = Array.from(form.elements).filter(
      (element): element is HTMLInputElement | HTMLSelectElement =>
        (element instanceof HTMLInputElement && element.type !== "hidden" && element.type !== "submit") ||
        element instanceof HTMLSelectElement,
    );
    const owned = [...new Set([...controls.map((control) => control.name), ...resets])].filter(Boolean);
    const entries = controls
      .filter((control) => !resets.includes(control.name))
      .filter((control) => !(control instanceof HTMLInputElement && control.type === "checkbox" && !control.checked))
      .filter((control) => !(control instanceof HTMLInputElement && control.type === "radio" && !control.checked))
      .map((control) => [control.name, control.value] as const);
    const query = mergeFormQuery(window.location.search, owned, entries, defaults);
    if (query === window.location.search || query === lastQuery.current) return;
    lastQuery.current = query;

    const active = document.activeElement;
    const focus =
      (active instanceof HTMLInputElement || active instanceof HTMLSelectElement) && form.contains(active)
        ? {
            name: active.name,
            value: active.value,
            checkable: active instanceof HTMLInputElement && (active.type === "checkbox" || active.type === "radio"),
          }
        : undefined;
    const openDetails = Array.from(form.querySelectorAll<HTMLDetailsElement>("details[data-keep-open][open]")).map(
      (details) => details.dataset.keepOpen ?? "",
    );
    carriedByForm.set(formName, { focus, openDetails });
    startTransition(() => router.push(`${action}${query}`, { scroll: false }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    if (!AUTO_SUBMIT_TYPES.has(target.type)) return;
    navigate(event.currentTarget, (target.dataset.resets ?? "").split(" ").filter(Boolean));
  }

  function onBlur(event: FormEvent<HTMLFormElement>) {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === "number" && target.value !== target.defaultValue) {
      navigate(event.currentTarget);
    }
  }

  return (
    <form
      key={stateKey}
      ref={formRef}
      method="get"
      action={action}
      // The server checks every value and explains what it could not use; the
      // browser's own checks would stop some of those explanations.
      noValidate
      className={className}
      aria-busy={pending}
      onSubmit={onSubmit}
      onChange={onChange}
      onBlur={onBlur}
      {...rest}
    >
      {children}
      <p className={styles.pending} role="status" aria-live="polite">
        {pending ? pendingText : ""}
      </p>
    </form>
  );
}
