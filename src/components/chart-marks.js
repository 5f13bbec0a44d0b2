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

// Labels that stay clear of each other. A render option for Plot's text marks: it draws only
// the labels whose boxes (estimated from their length at the font size, at most `maxChars`
// characters) stay inside the chart and cover no label already drawn, most important first
// (`priority` of a datum). A mark can also reserve the boxes of other marks (dots) with
// dotsTaken (a render option of the dot mark, drawn first). Give the text marks of one chart the same `placed` Map; it keeps
// the boxes of each facet apart. A label left off keeps its mark's tooltip. The browser tests
// fail a chart whose labels cover each other (tests/browser/layout.ts).
export function labelsThatFit(data, {text, anchor = "start", lineAnchor = "middle", placed, width, height = Infinity, fontSize = 11, dx = 0, dy = 0, maxChars = Infinity, priority = () => 0, labelled = null}) {
  return (index, scales, values, dimensions, context, next) => {
    const facet = index.fi ?? 0;
    const boxes = placed.get(facet) ?? [];
    placed.set(facet, boxes);
    const kept = [];
    for (const i of [...index].sort((a, b) => priority(data[b]) - priority(data[a]))) {
      // `labelled`, a Set shared by marks that try other places for the same labels: a datum
      // labelled by an earlier mark is not labelled again.
      if (labelled?.has(data[i])) continue;
      // A label of several lines ("\n", as wrapLines makes them) is as wide as its longest line.
      const lines = String(text(data[i])).split("\n");
      const w = Math.min(Math.max(...lines.map((l) => l.length)), maxChars) * fontSize * 0.6 + 4;
      const h = lines.length * fontSize * 1.2;
      const x = values.x[i] + dx - (anchor === "end" ? w : anchor === "middle" ? w / 2 : 0);
      const y = values.y[i] + dy;
      const top = lineAnchor === "bottom" ? y - h + fontSize * 0.3 : lineAnchor === "top" ? y - fontSize * 0.3 : y - h / 2;
      const box = {left: x, right: x + w, top, bottom: top + h};
      if (box.left < 0 || box.right > width || box.top < 0 || box.bottom > height || boxes.some((b) => overlap(b, box))) continue;
      boxes.push(box);
      kept.push(i);
      labelled?.add(data[i]);
    }
    return next(kept, scales, values, dimensions, context);
  };
}

/**
 * A label broken into lines of at most `maxChars` characters at spaces (joined by "\n", which
 * Plot's text mark draws as lines), so a name is shown whole rather than cut with "…"; only
 * past `maxLines` is the last line shortened (the mark's tooltip keeps the whole text).
 * `breaks` are separators that always start a new line ("1.6 million · Washington Post").
 */
export function wrapLines(label, maxChars, {maxLines = 4, breaks = []} = {}) {
  const limit = Math.max(8, Math.floor(maxChars));
  let parts = [String(label)];
  for (const sep of breaks) parts = parts.flatMap((p) => p.split(sep));
  const lines = [];
  for (const part of parts) {
    let line = "";
    for (const word of part.trim().split(/\s+/)) {
      if (line && (line + " " + word).length > limit) lines.push(line), (line = "");
      line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  const cut = lines.slice(0, maxLines);
  if (lines.length > maxLines) cut[maxLines - 1] = `${cut[maxLines - 1].slice(0, limit - 1)}…`;
  // A single word longer than the limit (a URL) is shortened too: it cannot break.
  return cut.map((l) => (l.length > limit ? `${l.slice(0, limit - 1)}…` : l)).join("\n");
}

/** Marks a chart's dots as taken, so that no label covers one: boxes of `r` around each point. */
export function dotsTaken(data, {placed, r = 3}) {
  return (index, scales, values, dimensions, context, next) => {
    const facet = index.fi ?? 0;
    const boxes = placed.get(facet) ?? [];
    placed.set(facet, boxes);
    for (const i of index) {
      const radius = values.r?.[i] ?? r;
      boxes.push({left: values.x[i] - radius, right: values.x[i] + radius, top: values.y[i] - radius, bottom: values.y[i] + radius});
    }
    return next(index, scales, values, dimensions, context);
  };
}

/**
 * The tallest stack a dodge makes: the most dots of one group (a facet) lying within a dot's
 * width (2r + padding) of one dot along x, given the span in pixels the times are drawn over.
 * Dots of different days stack when a narrow chart puts them within a dot of each other, so
 * counting same-day dots alone leaves a band too short on a phone.
 */
export function tallestStack(rows, {x, group, span, r, padding = 1}) {
  const times = rows.map((d) => +x(d));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const px = (t) => (t1 > t0 ? ((t - t0) / (t1 - t0)) * span : 0);
  const byGroup = new Map();
  rows.forEach((d, i) => {
    const key = group(d);
    byGroup.set(key, [...(byGroup.get(key) ?? []), px(times[i])]);
  });
  let tallest = rows.length ? 1 : 0;
  for (const xs of byGroup.values()) {
    for (const at of xs) tallest = Math.max(tallest, xs.filter((other) => Math.abs(other - at) < 2 * r + padding).length);
  }
  return tallest;
}

const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** An axis tick as a newsroom writes it: 20k, 3M, 5bn (not the SI "5G"). */
export function amountTick(value) {
  const short = (n, unit) => `${+n.toPrecision(3)}${unit}`;
  if (value >= 1e9) return short(value / 1e9, "bn");
  if (value >= 1e6) return short(value / 1e6, "M");
  if (value >= 1e3) return short(value / 1e3, "k");
  return short(value, "");
}

/**
 * The ticks of a log axis from `low` to `high`: the powers of ten only, every one while at
 * most `most` fit, else every second or third (a grid line at each 2, 3 … 9 is a thicket).
 */
export function powersOfTen(low, high, most = Infinity) {
  const [first, last] = [Math.ceil(Math.log10(low)), Math.floor(Math.log10(high))];
  const powers = Array.from({length: Math.max(0, last - first + 1)}, (_, i) => 10 ** (first + i));
  const step = Math.max(1, Math.ceil(powers.length / most));
  return powers.filter((_, i) => i % step === 0);
}
