/* An embed carries no site header: it is one chart inside another site's page. */
export default function EmbedHeader() {
  return null;
}
