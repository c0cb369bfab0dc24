import Link from "next/link";

/** Says which parts of the address could not be used and what is shown instead; never an error page. */
export function TradeNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="param-notices">
      <p>
        <strong>
          {notices.length === 1 ? "One setting" : `${notices.length} settings`} in this address could not be used.
        </strong>{" "}
        The page shows the nearest valid view instead.
      </p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <p>
        <Link href="/trade">Start again from the default view</Link>
      </p>
    </div>
  );
}
