/* An embed carries no site footer: its own source line and link back stand in for it. */
export default function EmbedFooter() {
  return null;
}
