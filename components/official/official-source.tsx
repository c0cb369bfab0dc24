/*
 * The sources of an official section, as links to their entries on /sources.
 * The ids come from the rows shown, so a section cites exactly what it draws.
 */

const SOURCE_NAMES: Record<string, string> = {
  "imf-dots-pakistan": "IMF Direction of Trade Statistics, Pakistan’s country table",
  "imf-dots-russia": "IMF Direction of Trade Statistics, the Russian Federation’s country table",
  "bls-cpi-u": "US Bureau of Labor Statistics, consumer price index (CPI-U)",
};

export function OfficialSource({ ids, derived }: { ids: readonly string[]; derived: string }) {
  const unique = [...new Set(ids)];
  return (
    <p className="small muted">
      <strong>Source{unique.length === 1 ? "" : "s"}:</strong>{" "}
      {unique.map((id, index) => (
        <span key={id}>
          {index > 0 ? "; " : null}
          <a href={`/sources#${id}`}>{SOURCE_NAMES[id] ?? id}</a> (<code>{id}</code>)
        </span>
      ))}
      . <strong>Derived by us:</strong> {derived}
    </p>
  );
}

/** A cell for a year a series has no figure for: empty, never 0. */
export function NoFigure() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">no figure</span>
    </>
  );
}
