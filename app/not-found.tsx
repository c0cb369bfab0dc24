import type { Metadata } from "next";
import { PageDirectory } from "@/components/shell/page-directory";

export const metadata: Metadata = {
  title: "Page not found",
  description: "There is no page at this address. Here is what the dashboard has.",
};

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">
        There is no page at this address. It may have been mistyped, or it may link to something that has moved. These
        are the pages the dashboard has:
      </p>
      <PageDirectory />
      <p>
        Looking for one figure, event or source? Each has its own anchor on its page, for example an event on the
        timeline or a source on the sources page, and every download lists the ids.
      </p>
    </>
  );
}
