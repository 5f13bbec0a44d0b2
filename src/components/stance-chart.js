// The stance chart: every dated statement as a dot, by when it was said (x) and the country
// speaking (y), coloured and shaped by its stance, so accusations, denials and warnings of each
// side line up over time. Statements the articles do not date are left out and counted below.
import * as Plot from "npm:@observablehq/plot";
import {declareMarks, tallestStack} from "./chart-marks.js";
import {countryName, ENUMS} from "./table-vocabulary.js";
import {countByPeriod, countChart, MAX_MARKS, periodFor, totalRows} from "./binned-chart.js";

/** The stances in the schema's order (loaders/schema.ts); colours and shapes follow that order. */
export const STANCES = ENUMS.statements.stance;
const COLORS = ["#d62728", "#1f77b4", "#9467bd", "#ff7f0e", "#8c564b", "#2ca02c", "#17becf", "#7f7f7f"];
// Only filled symbols: stroke-only ones ("plus", "times") vanish when filled.
const SYMBOLS = ["circle", "square", "diamond", "triangle", "cross", "star", "wye", "hexagon"];

/** The first country a statement speaks for, or "none" for media and analysts. */
export const countryOf = (s) => String(s.speaker_country || "").split(";")[0] || "none";

const toDate = (d) => (d instanceof Date ? d : d ? new Date(`${d}T00:00:00Z`) : null);

export function stanceChart(statements, {width = 640} = {}) {
  const rows = statements.filter((s) => toDate(s.date)).map((s) => ({...s, when: toDate(s.date), country: countryOf(s) === "none" ? "No state" : countryName(countryOf(s))}));
  const countries = [...new Set(rows.map((r) => r.country))].sort();
  // The legend lists only the stances drawn: an undated denial is not on the chart.
  const drawn = STANCES.filter((s) => rows.some((r) => r.stance === s));
  const colors = drawn.map((s) => COLORS[STANCES.indexOf(s)]);
  const symbols = drawn.map((s) => SYMBOLS[STANCES.indexOf(s)]);
  if (totalRows(rows) > MAX_MARKS) return stanceCounts(rows, countries, {width, kinds: drawn, colors});
  const narrow = width < 520;
  const r = narrow ? 4.5 : 6;
  // Each country's band must hold its tallest stack: dots the dodge piles up because they fall
  // within a dot of each other at this width (x spans the frame less the 14 px insets).
  const tallest = Math.max(1, tallestStack(rows, {x: (d) => d.when, group: (d) => d.country, span: width - 96 - 16 - 28, r, padding: 1}));
  const band = Math.max(48, tallest * (2 * r + 3) + 26);
  return declareMarks(
    Plot.plot({
      width,
      height: band * countries.length + 80,
      marginLeft: 96,
      marginRight: 16,
      marginBottom: 42,
      x: {type: "utc", label: "Date said →", ticks: narrow ? 3 : 8, grid: true, inset: 14},
      fy: {domain: countries, label: "Country speaking", padding: 0.08},
      // One legend of coloured shapes: the symbol legend takes the colours of the same domain.
      color: {domain: drawn, range: colors},
      symbol: {domain: drawn, range: symbols, legend: true, label: "Stance"},
      marks: [
        Plot.frame({stroke: "currentColor", strokeOpacity: 0.15}),
        // Dodging stacks statements of the same day inside their country's band instead of hiding them.
        Plot.dot(rows, Plot.dodgeY({
          x: "when",
          fy: "country",
          anchor: "middle",
          padding: 1,
          fill: "stance",
          symbol: "stance",
          r,
          stroke: "white",
          strokeWidth: 0.8,
          title: (s) => `${s.speaker} (${s.stance}), ${s.when.toISOString().slice(0, 10)}\n“${s.quote}”`,
          tip: true
        }))
      ]
    }),
    {rows: rows.length, mark: '[aria-label="dot"] :is(circle, path)', axes: ["x", "y"]}
  );
}

/** Past MAX_MARKS dots: statements per country and period, stacked by stance. */
function stanceCounts(rows, countries, {width, kinds, colors}) {
  const period = periodFor(rows.map((r) => r.when), rows[0]?.period);
  const counts = countByPeriod(rows, {date: (r) => r.when, lane: (r) => r.country, kind: (r) => r.stance, interval: period.interval});
  const chart = countChart(counts, {width, lanes: countries, kinds, colors, period, what: "statements", laneLabel: "Country speaking", kindLabel: "Stance"});
  chart.setAttribute("data-label", `Statements per ${period.name}, by country and stance`);
  return chart;
}
