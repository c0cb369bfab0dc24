import styles from "./page-contents.module.css";

/** "On this page": links to a long page's sections, as plain anchors so they work without JavaScript. */
export function PageContents({
  entries,
  label = "On this page",
}: {
  entries: readonly { href: string; label: string }[];
  label?: string;
}) {
  return (
    <nav className={styles.contents} aria-label={label}>
      <p className={styles.heading}>{label}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.href}>
            <a href={entry.href}>{entry.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
