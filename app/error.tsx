"use client";

import Link from "next/link";
import { useEffect } from "react";

/*
 * The error boundary for every page below the layout: the header and footer
 * stay, and the reader can try again or go elsewhere. Server errors arrive
 * with a digest that matches the server log; their message is not shown,
 * since in production it is a generic text.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lede">
        This page could not be shown. The problem may be passing: try again. If it keeps happening, the rest of the site
        may still work.
      </p>
      <p>
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>{" "}
        <Link href="/" className="button button--secondary">
          Go to the overview
        </Link>
      </p>
      {digest !== undefined ? <p className="muted small">Reference for a bug report: {digest}</p> : null}
    </>
  );
}
