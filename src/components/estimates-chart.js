// The explainer's headline chart: each claimant's estimate of what was sent or received,
// by the date of the claim (the statement's day when the article dates it, else the day the
// article was published), one panel per measure (src/data/story.json:
// loaders/estimates.ts). A dot links to its sentence; "at least" is an arrow up from the
// dot, "up to" an arrow down, a range a bar from its low to its high end.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {amountTick, declareMarks, dotsTaken, labelsThatFit, powersOfTen} from "./chart-marks.js";

const utc = (iso) => new Date(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

/** The label beside a dot: the amount as the article hedges it, without what is counted. */
function amountLabel(p) {
  const n = (v) => (v >= 1e6 ? `${+(v / 1e6).toFixed(1)}M` : v >= 1e4 ? `${+(v / 1e3).toFixed(0)}k` : v.toLocaleString("en-US"));
  if (!/\d/.test(p.text)) return p.text.slice(0, p.text.length - (p.text.endsWith(p.item) ? p.item.length : 0)).replace(/\s+of\s*$/i, "");
  const hedge = {approx: "~", at_least: "≥", at_most: "≤", exact: ""}[p.bound] ?? "";
  return `${hedge}${n(p.value)}${p.value_max ? `–${n(p.value_max)}` : ""}`;
}

const tooltip = (p) => [
  p.text,
  `${p.claimant}, ${p.date_basis === "statement" ? `said ${p.date}, reported ${p.reported}` : `reported ${p.date}`}${p.articles > 1 ? ` (${p.articles} articles)` : ""}`,
  p.period_start ? `covering ${p.period_start} to ${p.period_end || "?"}` : "",
  `“${p.evidence}”`
].filter(Boolean).join("\n");

/** Figures of one panel and one date: the largest labelled above its dot, the others below in turn, so labels never overlap. */
function stackLabels(rows) {
  const groups = new Map();
  for (const r of rows) groups.set(`${r.measure}|${r.date}`, [...(groups.get(`${r.measure}|${r.date}`) ?? []), r]);
  return [...groups.values()].flatMap((group) => [...group].sort((a, b) => b.value - a.value).map((r, i) => ({...r, labelDy: i === 0 ? -12 : 12 * i + 2})));
}

/** What the marks mean, for the drawings this chart uses (shapes, not only colours). */
export function estimatesKey(points) {
  const items = [
    ["●", "a figure (hover for its sentence, click to read it)", true],
    ["○", "an approximate figure (“about”)", points.some((p) => p.bound === "approx")],
    ["↑", "at least this many", points.some((p) => p.bound === "at_least")],
    ["↓", "at most this many", points.some((p) => p.bound === "at_most")],
    ["┃", "a range, low to high", points.some((p) => p.value_max)]
  ].filter((item) => item[2]);
  return html`<p class="estimates-key muted small">${items.map(([mark, meaning], i) => html`${i ? " · " : ""}<span aria-hidden="true">${mark}</span> ${meaning}`)}</p>`;
}

export function estimatesChart(estimates, {width = 900} = {}) {
  const rows = stackLabels(estimates.points.map((p) => ({...p, when: utc(p.date), label: amountLabel(p), tooltip: tooltip(p)})));
  if (!rows.length) return html`<p class="muted">No dated estimate of what was sent or received in these articles.</p>`;
  const measures = estimates.measures.filter((m) => rows.some((r) => r.measure === m));
  const values = rows.flatMap((r) => [r.value, r.value_max ?? r.value]);
  // Headroom above the largest figure for its arrow and the panel's title.
  const [low, high] = [Math.min(...values) / 4, Math.max(...values) * 30];
  // An arrow of a fixed share of each panel's height: "at least" goes up from the dot.
  const step = Math.pow(high / low, 0.18);
  const times = rows.map((r) => +r.when);
  const pad = Math.max(45 * DAY, (Math.max(...times) - Math.min(...times)) * 0.06);
  const [start, end] = [new Date(Math.min(...times) - pad), new Date(Math.max(...times) + pad)];
  const middle = (+start + +end) / 2;
  const narrow = width < 560;
  const facet = {fy: "measure"};
  // Labels that would cover one already drawn in their panel are left off, the largest first.
  const placed = new Map();
  const titles = measures.map((measure) => ({measure, when: start, value: high}));
  const estimateLabels = (data, anchor, dx, dy) =>
    Plot.text(data, {...facet, x: "when", y: "value", text: "label", textAnchor: anchor, dx, dy, fontSize: 11, render: labelsThatFit(data, {text: (r) => r.label, anchor, placed, width, dx, dy, priority: (r) => r.value})});
  const dots = {...facet, x: "when", y: "value", r: 6, stroke: "claimant", strokeWidth: 2.5, href: "href", title: "tooltip", ariaLabel: (r) => `${r.text}, ${r.claimant}, ${r.date}`};
  const chart = Plot.plot({
    width,
    height: measures.length * (narrow ? 150 : 170) + 60,
    marginLeft: 44,
    marginRight: 12,
    marginTop: 10,
    // The axis is named in the note under the chart: a label here collides with the last tick.
    x: {type: "utc", domain: [start, end], label: null, ticks: narrow ? 3 : 6, grid: true},
    // Powers of ten only: a log axis's minor ticks crowd a short panel.
    y: {type: "log", domain: [low, high], label: null, tickFormat: amountTick, ticks: powersOfTen(low, high), grid: true},
    fy: {domain: measures, axis: null, padding: 0.22},
    color: {domain: [...new Set(rows.map((r) => r.claimant))], scheme: "tableau10", legend: true, label: "Who makes the claim"},
    marks: [
      Plot.frame({strokeOpacity: 0.15}),
      // Each panel's title at its top left, placed first so that no figure's label covers it.
      Plot.text(titles, {fy: "measure", x: "when", y: "value", text: "measure", textAnchor: "start", lineAnchor: "middle", dx: 6, dy: 13, fontWeight: "bold", fontSize: 12,
        render: labelsThatFit(titles, {text: (d) => d.measure, placed, width, fontSize: 12, dx: 6, dy: 13, priority: () => Infinity})}),
      Plot.ruleX(rows.filter((r) => r.value_max), {...facet, x: "when", y1: "value", y2: "value_max", stroke: "claimant", strokeWidth: 4}),
      Plot.arrow(rows.filter((r) => r.bound === "at_least"), {...facet, x1: "when", x2: "when", y1: "value", y2: (r) => r.value * step, stroke: "claimant", strokeWidth: 2, headLength: 7, insetStart: 7}),
      Plot.arrow(rows.filter((r) => r.bound === "at_most"), {...facet, x1: "when", x2: "when", y1: "value", y2: (r) => r.value / step, stroke: "claimant", strokeWidth: 2, headLength: 7, insetStart: 7}),
      // An approximate figure is a ring, any other a disc; both link to the sentence.
      // The dots are taken before any figure's label is placed: no label covers a dot.
      ...[rows.filter((r) => r.bound !== "approx"), rows.filter((r) => r.bound === "approx")].map((data, i) =>
        Plot.dot(data, {...dots, fill: i ? "white" : "claimant", render: dotsTaken(data, {placed, r: 7})})),
      // Labels open towards the middle of the axis, so none runs off the chart (Plot's dy is
      // one per mark: a mark per stacking offset).
      ...[...new Set(rows.map((r) => r.labelDy))].flatMap((dy) => [
        estimateLabels(rows.filter((r) => r.labelDy === dy && +r.when <= middle), "start", 10, dy),
        estimateLabels(rows.filter((r) => r.labelDy === dy && +r.when > middle), "end", -10, dy)
      ])
    ]
  });
  return declareMarks(chart, {rows: rows.length, mark: '[aria-label="dot"] circle', axes: ["x", "y"]});
}
