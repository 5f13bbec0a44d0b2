// The explorers' tables are downloaded whole, to filter and page them in the browser: fine
// for a few thousand rows, megabytes at 10,000 articles. Past `loadAtOnce` rows
// (data/table-sizes.json, loaders/table-sizes.ts) a page asks before it downloads them.
import {html} from "npm:htl";

/**
 * When the page may download the tables `names`: at once when they are small, else when the
 * reader clicks the button of `note` (display it). The cells that read the tables await
 * `ready`: a promise the click settles, outside the runtime, so nothing else on the page waits.
 */
export function loadWhenAsked(sizes, names) {
  if (names.every((name) => (sizes.rows[name] ?? 0) <= sizes.loadAtOnce)) return {note: null, ready: Promise.resolve()};
  const counts = names.map((name) => `${sizes.rows[name].toLocaleString("en-US")} ${name}`);
  const button = html`<button type="button">Load the ${counts.join(" and ")}</button>`;
  const note = html`<div class="card table-download"><p>These tables are large (${counts.join(", ")}): they are downloaded only when you ask. <a href="./">The story</a> shows their overview, and <a href="./query">the query page</a> reads them with SQL.</p>${button}</div>`;
  const ready = new Promise((resolve) => button.addEventListener("click", resolve, {once: true}));
  ready.then(() => button.replaceWith(html`<p class="muted">Downloading the rows…</p>`));
  return {note, ready};
}
