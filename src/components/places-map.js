// The explainer's map: the places of the events and amounts (src/data/places.json, geocoded
// offline by loaders/places.ts) on the world's land (world-atlas), each dot sized by the rows
// that name it and linked to the first of them. Every dot is named on the map: beside it
// where the name fits, else by a number that the key under the map names.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {feature} from "npm:topojson-client";
import {declareMarks, dotsTaken, labelsThatFit} from "./chart-marks.js";

const KINDS = ["city", "port", "crossing", "base", "region", "site", "state"];
/** Where a name may stand, tried in turn: beside the dot away from the map's edge, then the other side, above, below. */
const SPOTS = [
  {anchor: "start", dx: 12, dy: 0},
  {anchor: "end", dx: -12, dy: 0},
  {anchor: "middle", dx: 0, dy: -18},
  {anchor: "middle", dx: 0, dy: 18}
];
/** A number, short, may also stand at the dot's corners and farther out. */
const NUMBER_SPOTS = [
  ...SPOTS,
  ...[[1, -1], [-1, -1], [1, 1], [-1, 1]].map(([x, y]) => ({anchor: x > 0 ? "start" : "end", dx: 10 * x, dy: 14 * y})),
  ...[[2, 0], [-2, 0], [0, -2], [0, 2], [2, -2], [-2, -2], [2, 2], [-2, 2]].map(([x, y]) => ({anchor: x > 0 ? "start" : x < 0 ? "end" : "middle", dx: 12 * x, dy: 15 * y}))
];

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
  const height = Math.max(narrow ? 200 : 280, Math.round(width / 3));
  // Labels are placed most-named first, each at the first spot where it covers no dot and no
  // label already placed. The dots left without a name get a number the same way, and the
  // key under the map names them; so every dot can be told, even close places on a phone.
  // Which names fit is known once Plot has projected the dots: a first drawing finds them.
  const first = drawMap(rows, land, {width, height, narrow, middle, numbers: new Map()});
  const numbers = new Map(rows.filter((r) => !first.named.has(r)).map((r, i) => [r, String(i + 1)]));
  const {chart, named, numbered} = numbers.size ? drawMap(rows, land, {width, height, narrow, middle, numbers}) : first;
  const key = rows.filter((r) => numbered.has(r));
  const lost = rows.filter((r) => !named.has(r) && !numbered.has(r));
  if (key.length || lost.length) {
    chart.append(html`<p class="map-key">${key.length ? html`On the map by number: ${key.map((r, i) => html`${i ? " · " : ""}<strong>${numbers.get(r)}</strong> <a href=${r.href}>${r.name}</a>`)}.` : ""}${lost.length ? html` Too close to another place to be marked at this width: ${lost.map((r, i) => html`${i ? ", " : ""}<a href=${r.href}>${r.name}</a>`)}.` : ""}</p>`);
  }
  // Each dot is named or numbered on the map (tests/browser: data-labels).
  chart.setAttribute("data-labels", ".place-label text");
  return declareMarks(chart, {rows: rows.length, mark: '[aria-label="dot"] circle', axes: ["none"]});
}

/**
 * The places as the projection's domain, stretched north and south to the frame's shape and
 * kept off the poles: the domain is centred in the frame, so places spread round the world
 * but within a band of latitudes (Camp David to Vladivostok) would otherwise leave the frame's
 * top beyond the pole, an empty band on a phone. Equal Earth's degrees are about as wide as
 * tall, so the span of latitudes the frame holds is that of longitudes times its aspect.
 */
function framedDomain(rows, width, height, inset) {
  const lons = rows.map((r) => r.lon);
  const lats = rows.map((r) => r.lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const span = Math.min(160, Math.max(north - south, (east - west) * (height - 2 * inset) / (width - 2 * inset)));
  const top = Math.min(80, Math.max(north, (north + south) / 2 + span / 2));
  const bottom = Math.max(-80, Math.min(south, top - span));
  const middle = (west + east) / 2;
  return {type: "MultiPoint", coordinates: [...rows.map((r) => [r.lon, r.lat]), [middle, top], [middle, bottom]]};
}

function drawMap(rows, land, {width, height, narrow, middle, numbers}) {
  const placed = new Map();
  const named = new Set();
  const numbered = new Set();
  // Each dot's spots, the side away from the map's nearer edge first.
  const sided = (list) => (r) => (r.lon <= middle ? list : [list[1], list[0], ...list.slice(2)]);
  const label = {x: "lon", y: "lat", fontSize: 11, stroke: "var(--theme-background)", strokeWidth: 3, fill: "currentColor", className: "place-label"};
  // One text mark per spot and anchor: Plot's dx, dy and anchor are one per mark.
  const labelMarks = (data, text, done, list, extra = {}) => {
    const spots = sided(list);
    return list.flatMap((_, k) =>
      ["start", "end", "middle"].map((anchor) => {
        const subset = data.filter((r) => spots(r)[k].anchor === anchor);
        const {dx, dy} = subset.length ? spots(subset[0])[k] : {dx: 0, dy: 0};
        return Plot.text(subset, {...label, ...extra, text, textAnchor: anchor, dx, dy,
          render: labelsThatFit(subset, {text, anchor, placed, width, height, dx, dy, priority: (r) => r.count, labelled: done})});
      })
    );
  };
  const chart = Plot.plot({
    width,
    // A map as tall as a third of its width at least: a domain much wider than tall (Camp
    // David to Vladivostok) would otherwise leave no room inside the insets on a phone.
    height,
    projection: {type: "equal-earth", domain: framedDomain(rows, width, height, narrow ? 24 : 60), inset: narrow ? 24 : 60},
    r: {range: [4, 10]},
    color: {domain: KINDS.filter((k) => rows.some((r) => r.kind === k)), scheme: "tableau10", legend: true, label: "Kind of place"},
    marks: [
      Plot.geo(feature(land, land.objects.land), {fill: "currentColor", fillOpacity: 0.08, stroke: "currentColor", strokeOpacity: 0.2}),
      Plot.sphere({stroke: "currentColor", strokeOpacity: 0.15}),
      Plot.dot(rows, {x: "lon", y: "lat", r: "count", fill: "kind", stroke: "white", href: "href", title: "tooltip", ariaLabel: (r) => `${r.name}: ${r.count} row${r.count === 1 ? "" : "s"}`, render: dotsTaken(rows, {placed})}),
      ...labelMarks(rows.filter((r) => !numbers.has(r)), (r) => r.name, named, SPOTS),
      ...labelMarks(rows.filter((r) => numbers.has(r)), (r) => numbers.get(r), numbered, NUMBER_SPOTS, {fontWeight: "bold"})
    ]
  });
  return {chart, named, numbered};
}

/** The places named but not placed: listed, not guessed. */
export function unmatchedPlaces({unmatched}) {
  if (!unmatched.length) return html`<span>Every place named was found.</span>`;
  return html`<span>Not drawn, because no gazetteer has them or several countries have a place of that name and the article names none: ${unmatched.map((u, i) => html`${i ? "; " : ""}<a href=${u.mentions[0].href}>${u.name}</a>`)}. An editor can add them to <code>data/places.yaml</code>.</span>`;
}
