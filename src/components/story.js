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

/** Compact number in words for prose: 1600000 → "1.6 million". */
export function amount(value) {
  if (value >= 1e9) return `${+(value / 1e9).toFixed(1)} billion`;
  if (value >= 1e6) return `${+(value / 1e6).toFixed(1)} million`;
  return value.toLocaleString("en-US");
}

/**
 * The same amount of the same unit reported in several articles: one figure, several sources.
 * Returns figures sorted by value, each with its rows and outlets.
 */
export function figures(quantities, articles, categories) {
  const outletOf = new Map(articles.map((a) => [a.article_id, a.outlet || "an unnamed outlet"]));
  const groups = new Map();
  for (const q of quantities.filter((q) => categories.includes(q.category))) {
    const key = `${q.unit}|${q.value}`;
    if (!groups.has(key)) groups.set(key, {value: q.value, unit: q.unit, item: q.item, bound: q.bound, rows: []});
    groups.get(key).rows.push(q);
  }
  return [...groups.values()]
    .map((g) => ({
      ...g,
      claimants: [...new Set(g.rows.map((r) => r.attributed_to).filter(Boolean))],
      outlets: [...new Set(g.rows.map((r) => outletOf.get(r.article_id)))],
      articles: new Set(g.rows.map((r) => r.article_id)).size
    }))
    .sort((a, b) => b.value - a.value);
}

const hedge = {approx: "about ", at_least: "at least ", at_most: "up to ", exact: ""};
export const describeFigure = (f) => `${hedge[f.bound] ?? ""}${amount(f.value)} ${f.item || f.unit}`;
