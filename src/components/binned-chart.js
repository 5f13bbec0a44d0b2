// Charts that count instead of drawing one mark per row, for corpora of hundreds or
// thousands of articles: past MAX_MARKS rows a dot per event or statement smears into a
// band nobody can read (and costs the browser tens of thousands of SVG nodes), so the
// timeline and the stance chart switch to bars that count the rows per lane, period and
// kind. The bars keep the declared-marks convention of chart-marks.js: one rect per
// non-empty (lane, period, kind) group, and data-rows says how many.
import * as Plot from "npm:@observablehq/plot";
import {utcMonday, utcMonth, utcYear} from "npm:d3";
import {declareMarks} from "./chart-marks.js";

/** Rows above which the dot charts count per period instead (a few hundred dots stay legible). */
export const MAX_MARKS = 400;

const PERIODS = {
  week: {interval: utcMonday, name: "week", label: "Week"},
  month: {interval: utcMonth, name: "month", label: "Month"},
  year: {interval: utcYear, name: "year", label: "Year"}
};

/**
 * The period to count by: weeks over a few months, months over a few years, else years;
 * or the period rows of counts were made by (`stated`, at build time by the same rule:
 * periodOf in loaders/explainer.ts).
 */
export function periodFor(dates, stated) {
  if (stated in PERIODS) return PERIODS[stated];
  const times = dates.map((d) => d.getTime());
  const days = times.length ? (Math.max(...times) - Math.min(...times)) / 864e5 : 0;
  if (days <= 200) return PERIODS.week;
  if (days <= 6 * 366) return PERIODS.month;
  return PERIODS.year;
}

/**
 * How many table rows a row stands for: 1, or `n` for a row of counts made at build time
 * (src/data/explainer.json: the rows per period, lane and kind, the row's `period`).
 */
export const rowCount = (row) => row.n ?? 1;

/** The table rows a list of rows stands for. */
export const totalRows = (rows) => rows.reduce((sum, row) => sum + rowCount(row), 0);

/**
 * Counts rows per lane, period and kind: [{lane, kind, start, end, count}], in lane, kind
 * and time order. `date`, `lane` and `kind` read a row; rows without a date are left out.
 */
export function countByPeriod(rows, {date, lane, kind, interval}) {
  const groups = new Map();
  for (const row of rows) {
    const when = date(row);
    if (!when) continue;
    const start = interval.floor(when);
    const key = `${lane(row)}\u0000${kind(row)}\u0000${start.getTime()}`;
    const group = groups.get(key) ?? {lane: lane(row), kind: kind(row), start, end: interval.offset(start, 1), count: 0};
    group.count += rowCount(row);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.lane.localeCompare(b.lane) || String(a.kind).localeCompare(String(b.kind)) || a.start - b.start);
}

/**
 * Stacked bars of counts, one band per lane (fy), coloured by kind: what the timeline and
 * the stance chart draw past MAX_MARKS rows.
 */
export function countChart(counts, {width = 640, lanes, kinds, colors, period, what, laneLabel, kindLabel, kindFormat = (k) => k}) {
  const narrow = width < 520;
  const chart = Plot.plot({
    width,
    height: 70 * lanes.length + 90,
    marginLeft: narrow ? 90 : 130,
    marginRight: 40,
    marginBottom: 42,
    x: {type: "utc", label: `${period.label} →`, ticks: narrow ? 3 : 8, grid: true},
    // Lane names on the left, as in the dot charts; the counts' axis on the right.
    y: {axis: "right", label: `${what} per ${period.name}`, ticks: 2, grid: true, tickFormat: "~s"},
    fy: {axis: "left", domain: lanes, label: laneLabel, padding: 0.15},
    color: {domain: kinds, range: colors, legend: true, label: kindLabel, tickFormat: kindFormat},
    marks: [
      Plot.frame({stroke: "currentColor", strokeOpacity: 0.15}),
      Plot.rectY(counts, Plot.stackY({
        x1: "start",
        x2: "end",
        y: "count",
        fy: "lane",
        fill: "kind",
        order: kinds,
        inset: 0.5,
        title: (d) => `${d.lane} · ${kindFormat(d.kind)}\n${d.count.toLocaleString("en-US")} ${what} in the ${period.name} of ${d.start.toISOString().slice(0, 10)}`,
        tip: true
      }))
    ]
  });
  // In a faceted chart Plot nests a <g> per facet inside the mark's group: count the rects.
  return declareMarks(chart, {rows: counts.length, mark: '[aria-label="rect"] rect', axes: ["x", "y"]});
}
