// The quantities chart: every amount in the articles on one log scale, one row per thing
// counted, each dot labelled with who claims it and its tooltip giving the sentence.
import * as Plot from "npm:@observablehq/plot";
import {group as d3group} from "npm:d3";
import {declareMarks} from "./chart-marks.js";

/** Dots above which each dot no longer gets its own label. */
const MAX_LABELLED = 150;

export const CATEGORIES = ["munitions", "mass", "money", "personnel", "count", "distance", "other"];

const format = (value) => {
  const n = Number(value);
  if (n >= 1e9) return `${+(n / 1e9).toPrecision(3)} billion`;
  if (n >= 1e6) return `${+(n / 1e6).toPrecision(3)} million`;
  return n.toLocaleString("en-US");
};

/** The amount as a label: "millions" for "millions of shells", never the "1 million" the table stores for it. */
function written(q) {
  if (!/\d/.test(q.text)) return q.text.slice(0, q.text.length - (q.item && q.text.endsWith(q.item) ? q.item.length : 0)).replace(/\s+of\s*$/i, "").trim() || q.text;
  return `${format(q.value)}${q.value_max ? `–${format(q.value_max)}` : ""}`;
}

/** What a row counts, as the chart's row label: "artillery shells (shells)". */
export function countedLabel(q) {
  const item = q.item || q.unit;
  return q.unit && q.unit !== item && !String(item).endsWith(q.unit) ? `${item} (${q.unit})` : item;
}

/** Who a dot is labelled with: the claimant, else the outlet that printed it. */
function source(q, outlets) {
  if (q.attributed_to) return q.attributed_to;
  const outlet = outlets.get(q.article_id);
  return outlet ? `${outlet} (no claimant named)` : "no claimant named";
}

/**
 * One dot per claimed amount: the same amount, item and claimant in several articles is one
 * dot that says how many articles carry it, so repeated reports do not hide one another.
 */
export function groupAmounts(quantities, articles = [], {byClaimant = true} = {}) {
  const outlets = new Map(articles.map((a) => [a.article_id, a.outlet]));
  const groups = new Map();
  for (const q of quantities.filter((q) => Number(q.value) > 0)) {
    const key = [countedLabel(q), q.value, q.value_max ?? "", byClaimant ? q.attributed_to ?? "" : ""].join("|");
    const group = groups.get(key) ?? {...q, counted: countedLabel(q), source: source(q, outlets), rows: []};
    group.rows.push(q);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    // Articles, not rows: an article may give the same amount for two items of one kind.
    const articles = new Set(g.rows.map((r) => r.article_id)).size;
    return {
      ...g,
      articles,
      label: `${written(g)} · ${byClaimant ? g.source : `${new Set(g.rows.map((r) => r.attributed_to || "unnamed")).size} claimants`}${articles > 1 ? ` · ${articles} articles` : ""}`,
      tooltip: [
        `${g.text}`,
        `${g.bound === "exact" ? "" : `${g.bound.replace("_", " ")} · `}${g.unit} · ${g.category}`,
        `Claimed by: ${byClaimant ? g.attributed_to || "not named" : [...new Set(g.rows.map((r) => r.attributed_to || "not named"))].slice(0, 8).join("; ")}`,
        // A tooltip of a few sentences; the table has them all.
        ...g.rows.slice(0, 6).map((r) => `${r.article_id}: “${r.evidence}”`),
        ...(g.rows.length > 6 ? [`… and ${g.rows.length - 6} more`] : [])
      ].join("\n")
    };
  });
}

/** The chart of amounts: a log x scale, one row per thing counted, ordered by category. */
export function quantitiesChart(quantities, articles, {width = 900} = {}) {
  // Past a few hundred dots, one dot per amount (whoever claims it), sized by the articles
  // that carry it, and only each row's largest amount labelled: labels on every dot overlap.
  let rows = groupAmounts(quantities, articles);
  const crowded = rows.length > MAX_LABELLED;
  if (crowded) rows = groupAmounts(quantities, articles, {byClaimant: false});
  const labelled = crowded ? [...d3group(rows, (r) => r.counted).values()].map((group) => group.reduce((a, b) => (b.value > a.value ? b : a))) : rows;
  const order = [...new Set(
    [...rows].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || b.value - a.value).map((r) => r.counted)
  )];
  const values = rows.flatMap((r) => [r.value, r.value_max || r.value]);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const [low, high] = [Math.log(min / 3), Math.log(max * 6)];
  const rightHalf = (r) => (Math.log(r.value) - low) / (high - low) > 0.5;
  // Texts wrap or end in "…" within half the chart (Plot's lineWidth counts ems of the font
  // size), and open towards the middle: none runs past an edge, even on a 390 px phone.
  const halfEms = Math.floor((width - 30) / 2 / 11);
  const valueLabel = {x: "value", y: "counted", text: "label", dy: -15, fontSize: 11, lineWidth: halfEms, textOverflow: "ellipsis"};
  const chart = Plot.plot({
    width,
    height: Math.max(180, 64 * order.length + 80),
    marginLeft: 14,
    marginRight: 14,
    marginTop: 30,
    x: {type: "log", domain: [min / 3, max * 6], label: "Amount (log scale: each step is ten times the last) →", grid: true, tickFormat: "~s", ticks: width < 520 ? 4 : undefined},
    // What each row counts is written under its line, across the chart, not in a left margin that clips it.
    y: {domain: order, label: null, axis: null},
    r: {range: [3, 12]},
    color: {domain: CATEGORIES.filter((c) => rows.some((r) => r.category === c)), scheme: "tableau10", legend: true, label: "Category"},
    marks: [
      Plot.ruleY(order, {stroke: "currentColor", strokeOpacity: 0.12}),
      Plot.text(order, {y: (d) => d, text: (d) => d, frameAnchor: "left", textAnchor: "start", dy: 14, fontSize: 11, fontStyle: "italic", fill: "currentColor", fillOpacity: 0.8, lineWidth: Math.floor((width - 30) / 11), textOverflow: "ellipsis"}),
      // Ranges ("10,000 to 12,000") as a bar from value to value_max.
      Plot.ruleY(rows.filter((r) => r.value_max), {y: "counted", x1: "value", x2: "value_max", stroke: "category", strokeWidth: 4}),
      Plot.dot(rows, {x: "value", y: "counted", fill: "category", r: crowded ? "articles" : 7, fillOpacity: crowded ? 0.75 : 1, stroke: "white", title: "tooltip"}),
      Plot.text(labelled.filter((r) => !rightHalf(r)), {...valueLabel, textAnchor: "start", dx: -6}),
      Plot.text(labelled.filter(rightHalf), {...valueLabel, textAnchor: "end", dx: 6})
    ]
  });
  return declareMarks(chart, {rows: rows.length, mark: '[aria-label="dot"] > *', axes: ["x"]});
}
