// A legend of shapes drawn as the chart draws its marks: filled where the marks are filled,
// hollow where they are hollow. Plot's symbol legend draws every entry alike (all filled, or
// all hollow), so a chart whose "alleged" marks are hollow triangles showed a filled one.
// The swatches carry the class names of Plot's (…-swatch), so the browser tests compare each
// entry's shape and fill with the chart's marks (tests/browser/layout.ts).
import {html, svg} from "npm:htl";
import {symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTimes, symbolTriangle, symbolWye, symbol as d3symbol} from "npm:d3";

// Plot's hexagon (it is not one of d3's symbols), drawn as Plot draws it.
const symbolHexagon = {
  draw(context, size) {
    const rx = Math.sqrt(size / Math.PI);
    const ry = rx * (2 / Math.sqrt(3));
    context.moveTo(0, ry);
    context.lineTo(rx, ry / 2);
    context.lineTo(rx, -ry / 2);
    context.lineTo(0, -ry);
    context.lineTo(-rx, -ry / 2);
    context.lineTo(-rx, ry / 2);
    context.closePath();
  }
};

/** Plot's symbol names (the ones the site's charts use) as d3 symbol types. */
const SYMBOLS = {circle: symbolCircle, cross: symbolCross, diamond: symbolDiamond, square: symbolSquare, star: symbolStar, times: symbolTimes, triangle: symbolTriangle, wye: symbolWye, hexagon: symbolHexagon};
/** Symbols made of strokes only: drawn with a stroke whatever the fill. */
const STROKED = new Set(["times"]);

/**
 * The legend: `entries` are {name, symbol, filled, color}; `r` the marks' radius, so a swatch
 * has the marks' size. `color` defaults to the text colour (a legend of shapes alone).
 */
export function shapeLegend({label, entries, r = 5}) {
  const size = Math.ceil(2 * r + 6);
  const swatch = ({symbol, filled, color = "currentColor"}) => {
    const d = d3symbol(SYMBOLS[symbol] ?? symbolCircle, Math.PI * r * r)();
    const stroked = !filled || STROKED.has(symbol);
    return svg`<svg width=${size} height=${size} viewBox=${`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true"><path d=${d} fill=${filled && !STROKED.has(symbol) ? color : "none"} stroke=${stroked ? color : "none"} stroke-width="1.5"></path></svg>`;
  };
  return html`<div class="shape-swatches" style="display: flex; flex-wrap: wrap; align-items: center; gap: 0.2em 1em; font: 10px system-ui, sans-serif; min-height: 33px;">
    ${label ? html`<span style="font-weight: 500;">${label}</span>` : ""}
    ${entries.map((e) => html`<span class="shape-swatch" style="display: inline-flex; align-items: center; gap: 0.3em;">${swatch(e)}${e.name}</span>`)}
  </div>`;
}

/** The chart with `legend` first among its legends (Plot returns a bare svg when it has none). */
export function withLegend(chart, legend) {
  if (chart.tagName.toLowerCase() === "figure") {
    chart.prepend(legend);
    return chart;
  }
  const figure = html`<figure style="max-width: initial;"></figure>`;
  figure.append(legend, chart);
  return figure;
}
