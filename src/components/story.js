// Figures of the explainer, computed from the tables so that adding an
// article updates the story. Every function takes typed rows (typed-rows.js).
import {html} from "npm:htl";
import {inProse, listing} from "./prose-names.js";
import {longDate} from "./article-label.js";
import {codes, countryName, iso} from "./timeline-chart.js";

export {countryName, listing};
export const firstCode = (value) => codes(value)[0] ?? "";
/** "24 June 2024": the one way the site writes a day (article-label.js). */
export const formatDate = longDate;

/** A link to the place in its source article where a row was found. */
export const sourceLink = (row, id, text) => html`<a href=${`./sources/${row.article_id}#${row[id]}`}>${text}</a>`;

/** A paragraph written by loaders/story-prose.ts: text and links to sentences, as segments. */
export const prose = (paragraph) =>
  html`<p>${paragraph.map((s) => (typeof s === "string" ? s : html`<a href=${s.href}>${s.text}</a>`))}</p>`;

/** "1 statement", "1,200 statements". */
export const count = (n, noun) => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;

const STANCE_NOUNS = {accuse: "accusations", condemn: "condemnations", deny: "denials", warn: "warnings", threaten: "threats"};
const voiceName = (code) => (code ? inProse(countryName(code)) : "media and analysts");

/**
 * Who accuses, condemns, denies, warns and threatens in these articles, from the counts made
 * at build time (loaders/explainer.ts stanceVoices): the three countries with most statements
 * of each stance, and how many others.
 */
export function voicesSentence(voices, shown = 3) {
  if (!voices.length) return "The articles carry no accusation, condemnation, denial, warning or threat.";
  const parts = voices.map(({stance, countries}, i) => {
    const named = countries.slice(0, shown).map((c) => `${voiceName(c.code)} (${c.n.toLocaleString("en-US")})`);
    const rest = countries.length - named.length;
    return `${STANCE_NOUNS[stance] ?? stance} ${i ? "" : "come "}from ${listing(rest > 0 ? [...named, `${rest} other${rest === 1 ? "" : "s"}`] : named)}`;
  });
  return `Counted by the country each statement speaks for (a joint statement counts for each of its countries), the ${parts.join("; the ")}.`;
}
