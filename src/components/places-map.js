// The explainer's map: the places of the events and amounts (src/data/places.json, geocoded
// offline by loaders/places.ts) on the world's land (world-atlas), each dot sized by the rows
// that name it and linked to the first of them.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {feature} from "npm:topojson-client";
import {declareMarks, labelsThatFit} from "./chart-marks.js";

const KINDS = ["city", "port", "crossing", "base", "region", "site", "state"];

export function placesMap({places}, land, {width = 900} = {}) {
  if (!places.length) return html`<p class="muted">No place of an event or an amount could be found in these articles.</p>`;
  const rows = places.map((p) => ({
    ...p,
    href: p.mentions[0].href,
    count: p.mentions.length,
    tooltip: [`${p.name} (${p.kind}, from ${p.source})`, ...p.mentions.slice(0, 5).map((m) => `· ${m.text}`), ...(p.mentions.length > 5 ? [`… and ${p.mentions.length - 5} more`] : [])].join("\n")
  }));
  const lons = rows.map((r) => r.lon);
  const middle = (Math.min(...lons) + Math.max(...lons)) / 2;
  const narrow = width < 560;
  // Labels are placed most-named first; one that would cover a label already placed is left
  // off (its dot keeps its name in the tooltip), so close places stay readable on a phone.
  const placed = new Map();
  const label = {x: "lon", y: "lat", text: "name", fontSize: 11, dy: -11, stroke: "var(--theme-background)", strokeWidth: 3, fill: "currentColor", lineWidth: 9, textOverflow: "ellipsis"};
  const labels = (data, anchor) =>
    Plot.text(data, {...label, textAnchor: anchor, dx: anchor === "start" ? 4 : -4, render: labelsThatFit(data, {text: (r) => r.name, anchor, placed, width, dx: anchor === "start" ? 4 : -4, dy: -16, priority: (r) => r.count})});
  const chart = Plot.plot({
    width,
    // A map as tall as a third of its width at least: a domain much wider than tall (Camp
    // David to Vladivostok) would otherwise leave no room inside the insets on a phone.
    height: Math.max(narrow ? 180 : 280, Math.round(width / 3)),
    projection: {type: "equal-earth", domain: {type: "MultiPoint", coordinates: rows.map((r) => [r.lon, r.lat])}, inset: narrow ? 24 : 60},
    r: {range: [4, 14]},
    color: {domain: KINDS.filter((k) => rows.some((r) => r.kind === k)), scheme: "tableau10", legend: true, label: "Kind of place"},
    marks: [
      Plot.geo(feature(land, land.objects.land), {fill: "currentColor", fillOpacity: 0.08, stroke: "currentColor", strokeOpacity: 0.2}),
      Plot.sphere({stroke: "currentColor", strokeOpacity: 0.15}),
      Plot.dot(rows, {x: "lon", y: "lat", r: "count", fill: "kind", stroke: "white", href: "href", title: "tooltip", ariaLabel: (r) => `${r.name}: ${r.count} row${r.count === 1 ? "" : "s"}`}),
      // Names open away from the map's edges.
      labels(rows.filter((r) => r.lon <= middle), "start"),
      labels(rows.filter((r) => r.lon > middle), "end")
    ]
  });
  return declareMarks(chart, {rows: rows.length, mark: '[aria-label="dot"] circle', axes: ["none"]});
}


/** The places named but found in no gazetteer: listed, not guessed. */
export function unmatchedPlaces({unmatched}) {
  if (!unmatched.length) return html`<span>Every place named was found.</span>`;
  return html`<span>Not found in any gazetteer, so not drawn: ${unmatched.map((u, i) => html`${i ? "; " : ""}<a href=${u.mentions[0].href}>${u.name}</a>`)}. An editor can add them to <code>data/places.yaml</code>.</span>`;
}
