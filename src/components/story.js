// Figures of the explainer, computed from the tables so that adding an
// article updates the story. Every function takes typed rows (typed-rows.js).
import {html} from "npm:htl";
import {codes, countryName, iso} from "./timeline-chart.js";

export {countryName};
export const firstCode = (value) => codes(value)[0] ?? "";
export const formatDate = (d) => {
  const s = iso(d);
  if (!s) return "";
  const date = new Date(`${s}T00:00:00Z`);
  return date.toLocaleDateString("en-GB", {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"});
};
export const formatMonth = (d) => new Date(`${iso(d)}T00:00:00Z`).toLocaleDateString("en-GB", {month: "long", year: "numeric", timeZone: "UTC"});

/** A link to the place in its source article where a row was found. */
export const sourceLink = (row, id, text) => html`<a href=${`./sources/${row.article_id}#${row[id]}`}>${text}</a>`;

/** A paragraph written by loaders/story-prose.ts: text and links to sentences, as segments. */
export const prose = (paragraph) =>
  html`<p>${paragraph.map((s) => (typeof s === "string" ? s : html`<a href=${s.href}>${s.text}</a>`))}</p>`;
