// The timeline page's chart: events on a time axis, one lane per acting country (an event
// with several actors stands in each actor's lane), coloured by PLOVER type, shaped by
// status; a stated range ("from August to January") is drawn as a bar from start to end.
// Every function takes typed rows (typed-rows.js).
import * as Plot from "npm:@observablehq/plot";
import {declareMarks} from "./chart-marks.js";
import {countryName, ENUMS} from "./table-vocabulary.js";
import {shapeLegend, withLegend} from "./shape-legend.js";
import {countByPeriod, countChart, MAX_MARKS, periodFor, totalRows} from "./binned-chart.js";
import {TYPE_COLOURS} from "./type-colours.js";

/** The statuses and PLOVER types in the schema's order (loaders/schema.ts). */
export const STATUSES = ENUMS.events.status;
export const TYPES = ENUMS.events.event_type;
/** A shape per status, in STATUSES' order: the first filled, the others hollow (shape-legend.js). */
const SHAPES = ["circle", "diamond", "triangle", "times"];
export const statusSymbol = (status) => SHAPES[STATUSES.indexOf(status) % SHAPES.length];

/** A type's colour, the same on every corpus whichever types it has (type-colours.js). */
const typeColour = (type) => TYPE_COLOURS[TYPES.indexOf(type) % TYPE_COLOURS.length];

export {countryName};
export const codes = (value) => String(value ?? "").split(";").map((c) => c.trim()).filter(Boolean);
export const iso = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d ? String(d) : "");
const utc = (d) => new Date(`${iso(d)}T00:00:00Z`);

/** The page each mark links to: the event's sentence in its source article. */
export const eventHref = (e) => `./sources/${e.article_id}#${e.event_id}`;

/** One row per event and acting country: the marks the chart draws. */
export function lanesOf(events) {
  return events.filter((e) => e.date).flatMap((e) => actorCodes(e).map((code) => ({...e, lane: actorName(code)})));
}

/** The lane and filter entry of events whose actor has no code ("President Yoweri Museveni" when the gazetteer lacks him). */
export const UNCODED = "Actor without a code";

/** An event's actor codes; "" for an actor the gazetteer does not know, so that its events share one lane. */
export const actorCodes = (e) => (codes(e.actor).length ? codes(e.actor) : [""]);

/** A lane's name: the country's, or UNCODED. */
export const actorName = (code) => (code ? countryName(code) : UNCODED);

/** Precisions that name a span, not a day: such an event is drawn as a bar over its month or year. */
const SPANS = {month: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)), year: (d) => new Date(Date.UTC(d.getUTCFullYear(), 11, 31))};
export const isImprecise = (e) => e.date_precision in SPANS && !e.date_end;
const spanEnd = (e) => SPANS[e.date_precision](utc(e.date));

/**
 * The first day the time axes show: a year before the earliest article, so that a date of
 * background (a photo caption of years before) does not squeeze the period the articles
 * cover. The events before it stay in the tables, and the pages say how many.
 */
export function axisStart(articles, events) {
  const dates = events.map((e) => iso(e.date)).filter(Boolean).sort();
  const published = articles.map((a) => iso(a.published)).filter(Boolean).sort();
  if (!published.length) return dates[0] ?? "";
  const start = `${Number(published[0].slice(0, 4)) - 1}${published[0].slice(4)}`;
  return dates.find((d) => d >= start) ?? start;
}

/**
 * `typeLabel` reads a PLOVER code as a reader should (src/data/event-types.json: "Visit or
 * talks" for CONSULT); the code itself when none is given.
 */
export function timelineChart(events, {width, from = "", typeLabel = (t) => t} = {}) {
  const rows = lanesOf(events.filter((e) => iso(e.date_end || e.date) >= from));
  // Rows of counts (`n`, made at build time) are always drawn as counts: they are only made past MAX_MARKS.
  if (totalRows(rows) > MAX_MARKS) return timelineCounts(rows, {width, typeLabel});
  const ranged = rows.filter((e) => e.date_end && iso(e.date_end) > iso(e.date));
  const spans = rows.filter(isImprecise);
  const days = rows.filter((e) => !isImprecise(e));
  const statuses = STATUSES.filter((t) => days.some((e) => e.status === t));
  const types = TYPES.filter((t) => rows.some((e) => e.event_type === t));
  const lanes = [...new Set(rows.map((e) => e.lane))].sort();
  const chart = Plot.plot({
    width,
    height: Math.max(180, 46 * lanes.length + 90),
    marginLeft: 130,
    marginRight: 20,
    x: {type: "utc", label: "Date of the event →", grid: true},
    y: {domain: lanes, label: null},
    // Sixteen types need more than ten colours: tableau10 would give two types one colour.
    color: {domain: types, range: types.map(typeColour), legend: true, label: "Event type", tickFormat: typeLabel},
    // Legends list only what is drawn; the status legend is drawn below as the marks are (hollow or filled).
    symbol: {domain: statuses, range: statuses.map(statusSymbol)},
    marks: [
      Plot.ruleY(lanes, {stroke: "currentColor", strokeOpacity: 0.08}),
      Plot.ruleY(ranged, {y: "lane", x1: (e) => utc(e.date), x2: (e) => utc(e.date_end), stroke: "event_type", strokeWidth: 3, strokeOpacity: 0.5}),
      // "In July", "earlier this year": a bar over the month or the year, not a dot on its first day.
      Plot.ruleY(spans, {y: "lane", x1: (e) => utc(e.date), x2: spanEnd, stroke: "event_type", strokeWidth: 7, strokeOpacity: 0.55, strokeLinecap: "round", href: eventHref, ariaLabel: (e) => `${typeLabel(e.event_type)}: ${e.summary} (${e.date_precision} only: “${e.date_text}”)`, ariaDescription: "imprecise date", title: (e) => `${e.summary}\n${iso(e.date)} – ${iso(spanEnd(e))} (“${e.date_text}”)`}),
      Plot.dot(days, {
        x: (e) => utc(e.date),
        y: "lane",
        // Hollow marks for what did not (yet) happen: same colour, no fill.
        fill: "event_type",
        fillOpacity: (e) => (e.status === STATUSES[0] ? 1 : 0),
        stroke: "event_type",
        strokeWidth: 2,
        symbol: "status",
        r: 6,
        href: eventHref,
        ariaLabel: (e) => `${typeLabel(e.event_type)}: ${e.summary}`,
        tip: {format: {x: false, y: false, fill: false, stroke: false, symbol: false}},
        channels: {
          Event: (e) => `${typeLabel(e.event_type)} · ${e.event_mode}`,
          Status: "status",
          Date: (e) => `${iso(e.date)}${e.date_end ? ` – ${iso(e.date_end)}` : ""} (${e.date_precision}, “${e.date_text}”)`,
          Summary: "summary",
          Sentence: (e) => (e.evidence.length > 220 ? `${e.evidence.slice(0, 217)}…` : e.evidence)
        }
      })
    ]
  });
  const legend = shapeLegend({label: "Status", r: 6, entries: statuses.map((t) => ({name: t, symbol: statusSymbol(t), filled: t === STATUSES[0]}))});
  return declareMarks(statuses.length ? withLegend(chart, legend) : chart, {rows: rows.length, mark: ':is([aria-label="dot"], [aria-description="imprecise date"]) > *', axes: ["x"]});
}

/** Past MAX_MARKS marks: events per acting country and period, stacked by type. */
function timelineCounts(rows, {width, typeLabel}) {
  const period = periodFor(rows.map((e) => utc(e.date)), rows[0]?.period);
  const counts = countByPeriod(rows, {date: (e) => utc(e.date), lane: (e) => e.lane, kind: (e) => e.event_type, interval: period.interval});
  const kinds = TYPES.filter((t) => counts.some((c) => c.kind === t));
  const chart = countChart(counts, {
    width,
    lanes: [...new Set(rows.map((e) => e.lane))].sort(),
    kinds,
    colors: kinds.map(typeColour),
    period,
    what: "events",
    laneLabel: "Acting country",
    kindLabel: "Event type",
    kindFormat: typeLabel
  });
  chart.setAttribute("data-label", `Events per ${period.name}, by acting country and type`);
  return chart;
}
