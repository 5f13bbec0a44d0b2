// The quantities chart: every amount in the articles on one log scale, one row per thing
// counted, each dot labelled with who claims it and its tooltip giving the sentence.
import * as Plot from "npm:@observablehq/plot";
import {group as d3group} from "npm:d3";
import {amountTick, declareMarks, labelsThatFit, powersOfTen, wrapLines} from "./chart-marks.js";

export const CATEGORIES = ["munitions", "mass", "money", "personnel", "count", "distance", "other"];

/**
 * The chart of amounts: a log x scale, one row per thing counted, ordered by category; its
 * dots are grouped when the site is built (loaders/amount-groups.ts: src/data/amounts.json,
 * and the explainer's in src/data/explainer.json).
 */
export function amountsChart({rows, crowded}, {width = 900} = {}) {
  const order = [...new Set(
    [...rows].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || b.value - a.value).map((r) => r.counted)
  )];
  const values = rows.flatMap((r) => [r.value, r.value_max || r.value]);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const [low, high] = [Math.log(min / 3), Math.log(max * 6)];
  const margin = 14;
  const share = (r) => (Math.log(r.value) - low) / (high - low);
  const rightHalf = (r) => share(r) > 0.5;
  // Labels open towards the middle and wrap into the room on that side of their dot (the
  // amount on the first line, who claims it below), so that no name is cut or runs past an
  // edge, even on a 390 px phone; the room is known before Plot draws: the x scale is fixed.
  const room = (r) => {
    const x = margin + share(r) * (width - 2 * margin);
    return (rightHalf(r) ? x - margin : width - margin - x) / (11 * 0.6) - 1;
  };
  const labelText = (r) => {
    if (r.label.length <= room(r)) return r.label;
    const [amount, ...who] = r.label.split(" · ");
    return `${wrapLines(amount, room(r), {maxLines: 2})}\n${wrapLines(who.join(" · "), room(r), {maxLines: 3})}`;
  };
  const chosen = crowded ? [...d3group(rows, (r) => r.counted).values()].map((group) => group.reduce((a, b) => (b.value > a.value ? b : a))) : rows;
  const labelled = chosen.map((r) => ({...r, text: labelText(r)}));
  const lines = Math.max(1, ...labelled.map((r) => r.text.split("\n").length));
  const rowLabel = (d) => wrapLines(d, (width - 2 * margin) / (11 * 0.6), {maxLines: 2});
  const rowLines = Math.max(1, ...order.map((d) => rowLabel(d).split("\n").length));
  // Each row holds its labels above the line and what it counts below it.
  const band = Math.max(64, 24 + lines * 13.2 + rowLines * 13.2 + 6);
  const valueLabel = {x: "value", y: "counted", text: "text", dy: -10, lineAnchor: "bottom", fontSize: 11};
  // Labels that would cover one already drawn are left off, the largest amounts' first.
  const placed = new Map();
  const valueLabels = (data, anchor, dx) =>
    Plot.text(data, {...valueLabel, textAnchor: anchor, dx, render: labelsThatFit(data, {text: (r) => r.text, anchor, lineAnchor: "bottom", placed, width, dx, dy: -10, priority: (r) => r.value})});
  const chart = Plot.plot({
    width,
    height: Math.max(180, band * order.length + 80),
    marginLeft: margin,
    marginRight: margin,
    marginTop: 30 + (lines - 1) * 13,
    x: {type: "log", domain: [min / 3, max * 6], label: "Amount (log scale: each step is ten times the last) →", grid: true, tickFormat: amountTick, ticks: powersOfTen(min / 3, max * 6, width < 520 ? 4 : 10)},
    // What each row counts is written under its line, across the chart, not in a left margin that clips it.
    y: {domain: order, label: null, axis: null},
    r: {range: [3, 12]},
    color: {domain: CATEGORIES.filter((c) => rows.some((r) => r.category === c)), scheme: "tableau10", legend: true, label: "Category"},
    marks: [
      Plot.ruleY(order, {stroke: "currentColor", strokeOpacity: 0.12}),
      Plot.text(order, {y: (d) => d, text: rowLabel, frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: 6, fontSize: 11, fontStyle: "italic", fill: "currentColor", fillOpacity: 0.8}),
      // Ranges ("10,000 to 12,000") as a bar from value to value_max.
      Plot.ruleY(rows.filter((r) => r.value_max), {y: "counted", x1: "value", x2: "value_max", stroke: "category", strokeWidth: 4}),
      Plot.dot(rows, {x: "value", y: "counted", fill: "category", r: crowded ? "articles" : 7, fillOpacity: crowded ? 0.75 : 1, stroke: "white", title: "tooltip"}),
      valueLabels(labelled.filter((r) => !rightHalf(r)), "start", -6),
      valueLabels(labelled.filter(rightHalf), "end", 6)
    ]
  });
  return declareMarks(chart, {rows: rows.length, mark: '[aria-label="dot"] > *', axes: ["x"]});
}
