"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { localizePath, splitLocalePath } from "@/lib/i18n/locales";
import en from "@/messages/en/error.json";
import ru from "@/messages/ru/error.json";
import ur from "@/messages/ur/error.json";

const TEXTS = { en, ur, ru };

/*
 * The error boundary for every page below the layout: the header and footer
 * stay, and the reader can try again or go elsewhere. Server errors arrive
 * with a digest that matches the server log; their message is not shown,
 * since in production it is a generic text. Next gives this boundary no route
 * parameters, so it reads its language from the address, and carries its own
 * few words (the error catalogue) so it can show them however the page failed.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const { locale } = splitLocalePath(usePathname());
  const text = TEXTS[locale];
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <>
      <h1>{text.title}</h1>
      <p className="lede">{text.lede}</p>
      <p>
        <button type="button" className="button" onClick={() => retry()}>
          {text.retry}
        </button>{" "}
        <Link href={localizePath(locale, "/")} className="button button--secondary">
          {text.home}
        </Link>
      </p>
      {digest !== undefined ? <p className="muted small">{text.reference.replace("{digest}", digest)}</p> : null}
    </>
  );
}
