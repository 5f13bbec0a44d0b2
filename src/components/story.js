// Figures and charts of the explainer, computed from the tables so that adding an
// article updates the story. Every function takes typed rows (FileAttachment.csv({typed: true})).
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {declareMarks} from "./chart-marks.js";

export const COUNTRY_NAMES = {PRK: "North Korea", RUS: "Russia", USA: "United States", KOR: "South Korea", UKR: "Ukraine", JPN: "Japan", CHN: "China", IRN: "Iran", SYR: "Syria", UN: "United Nations", UNSC: "UN Security Council", NATO: "NATO", EU: "European Union"};

export const countryName = (code) => COUNTRY_NAMES[code] ?? code;
export const firstCode = (codes) => String(codes ?? "").split(";")[0] || "";

const iso = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d ? String(d) : "");
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

/** Events on a time axis, one lane per acting country, coloured by type, shaped by status. */
export function timelinePlot(events, {width} = {}) {
  const dated = events.filter((e) => e.date);
  const lanes = [...new Set(dated.map((e) => countryName(firstCode(e.actor))))];
  return declareMarks(Plot.plot({
    width,
    height: Math.max(160, 44 * lanes.length + 60),
    marginLeft: 110,
    x: {type: "utc", label: "Date of the event", grid: true},
    y: {domain: lanes, label: null},
    color: {legend: true, label: "Event type"},
    symbol: {legend: true, domain: ["occurred", "planned", "alleged", "denied"], range: ["circle", "diamond", "triangle", "cross"], label: "Status"},
    marks: [
      Plot.dot(dated, {
        x: (e) => new Date(`${iso(e.date)}T00:00:00Z`),
        y: (e) => countryName(firstCode(e.actor)),
        fill: "event_type",
        symbol: "status",
        r: 6,
        stroke: "var(--theme-background)",
        tip: true,
        channels: {summary: "summary", date: (e) => `${iso(e.date)} (${e.date_precision})`, target: "target", status: "status"},
        title: (e) => `${e.summary}\n${iso(e.date)} · ${e.status}`
      })
    ]
  }), {rows: dated.length, mark: '[aria-label="dot"] > *', axes: ["x", "y"]});
}

/** Amounts on a log scale, one row per item, each dot labelled with who claimed it. */
export function amountsPlot(quantities, {width} = {}) {
  const rows = quantities.filter((q) => q.value > 0);
  const items = [...new Set(rows.map((q) => q.item || q.unit))];
  return declareMarks(Plot.plot({
    width,
    height: Math.max(140, 56 * items.length + 70),
    marginLeft: 190,
    marginRight: 100,
    x: {type: "log", label: "Amount (log scale) →", grid: true, tickFormat: "~s"},
    y: {domain: items, label: null},
    color: {domain: ["munitions", "mass", "money", "personnel", "count"], legend: true, label: "Category"},
    marks: [
      Plot.dot(rows, {x: "value", y: (q) => q.item || q.unit, fill: "category", r: 7, tip: true, channels: {text: "text", claimed: "attributed_to", sentence: "evidence"}}),
      Plot.text(rows, {x: "value", y: (q) => q.item || q.unit, text: (q) => q.attributed_to || "unattributed", dy: -14, fontSize: 11})
    ]
  }), {rows: rows.length, mark: '[aria-label="dot"] > *', axes: ["x", "y"]});
}

const STANCES = ["accuse", "condemn", "warn", "threaten", "deny", "support", "confirm", "other"];

/** Statements by the country speaking and their stance. */
export function stancePlot(statements, {width} = {}) {
  const rows = statements.map((s) => ({...s, country: countryName(firstCode(s.speaker_country)) || "No state (media, analysts)"}));
  const order = [...new Set(rows.map((r) => r.country))].sort((a, b) => rows.filter((r) => r.country === b).length - rows.filter((r) => r.country === a).length);
  return declareMarks(Plot.plot({
    width,
    height: Math.max(140, 34 * order.length + 70),
    marginLeft: 170,
    x: {label: "Statements →", grid: true},
    y: {domain: order, label: null},
    color: {domain: STANCES, scheme: "tableau10", legend: true, label: "Stance"},
    marks: [
      Plot.barX(rows, Plot.groupY({x: "count"}, {y: "country", fill: "stance", tip: true, order: STANCES})),
      Plot.ruleX([0])
    ]
  }), {rows: new Set(rows.map((r) => `${r.country}|${r.stance}`)).size, mark: '[aria-label="bar"] > rect', axes: ["x", "y"]});
}
