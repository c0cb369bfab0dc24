/**
 * The rest of the view as hidden fields, so a form submitted without
 * JavaScript keeps the settings it does not itself change.
 */
export function HiddenParams({ query, exclude }: { query: string; exclude: readonly string[] }) {
  const entries = [...new URLSearchParams(query).entries()].filter(([name]) => !exclude.includes(name));
  return (
    <>
      {entries.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
