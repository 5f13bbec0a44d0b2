// The chart convention the browser tests check (tests/browser, npm run test:browser).
//
// Every chart on the site says how many marks it must draw and how to find them, so a
// test can tell a chart that draws its data from one that silently draws nothing or
// half of it. Wrap what Plot.plot returns:
//
//   return declareMarks(Plot.plot({…, marks: [Plot.dot(rows, …)]}), {
//     rows: rows.length,                 // marks expected: the rows (or groups) it shows
//     mark: '[aria-label="dot"] > *',    // CSS selector of one mark inside the chart
//     axes: ["x"]                        // optional: axes that must have labels (fx/fy count for x/y);
//                                        // ["none"] for a chart without axes (a map)
//   });
//
// This sets data-rows, data-mark (and data-axes) on the chart. The browser tests fail a
// page whose chart draws a different number of marks than data-rows, draws none, has no
// axis labels, or is a Plot chart without these attributes. `rows` counts what the chart
// shows after its own filtering and grouping (a bar per group: the number of groups).
// Choose `mark` so it matches one element per mark: in a faceted chart Plot nests a <g>
// per facet inside the mark's group, so use '[aria-label="dot"] circle', not '… > *'.
//
// It also gives Plot's mark groups (<g aria-label="dot">) role="group": aria-label is not
// allowed on an element without a role, which axe-core reports as a serious violation; and
// names the links of marks drawn with an href channel after their ariaLabel or title.
export function declareMarks(chart, {rows, mark, axes = []}) {
  chart.setAttribute("data-rows", String(rows));
  chart.setAttribute("data-mark", mark);
  if (axes.length) chart.setAttribute("data-axes", axes.join(","));
  for (const g of chart.querySelectorAll("g[aria-label]:not([role])")) g.setAttribute("role", "group");
  // A mark drawn as a link (Plot's href channel) needs a name: take it from the mark's
  // ariaLabel or title channel; without either, axe-core reports the link as nameless.
  for (const a of chart.querySelectorAll("a:not([aria-label])")) {
    const name = a.querySelector("[aria-label]")?.getAttribute("aria-label") || a.querySelector("title")?.textContent;
    if (name) a.setAttribute("aria-label", name.trim().split("\n")[0]);
  }
  return chart;
}
