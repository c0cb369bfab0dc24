export default function Page() {
  return <main>Loading…</main>;
}
