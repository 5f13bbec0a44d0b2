/**
 * What a reader sees of the tables and charts, as laid out at the current width (collect.ts
 * reads it at desktop and phone widths; checks.ts `checkLayout` judges it):
 *  - tables: how many rows the scroll box shows whole, against how many it could hold at
 *    one line a row (a long cell that wraps makes rows tall and hides the others);
 *  - chart texts (labels, titles of panels) that run past the edge of their chart, or are cut
 *    short with "…" (a claimant's name cut to "Washing…");
 *  - labels of a chart's text marks that cover one another;
 *  - Plot's warnings (the ⚠️ it draws in a chart's corner when data does not fit a scale);
 *  - words of a plain table (not an explorer's, which scrolls) broken across two lines, as in
 *    a column squeezed to a fourth of a phone ("metadat / a");
 *  - plain tables wider than the page with no box to scroll them sideways: their last
 *    columns are cut off at the page's edge (a phone);
 *  - legend entries of a chart, with how many of the chart's marks have their colour and,
 *    for an entry drawn as a shape, how many marks have that shape, filled or hollow alike.
 */
import type { Page } from "playwright-core";

export interface TableLayout {
  label: string;
  /** Rows in the DOM (Inputs.table renders more as one scrolls). */
  rendered: number;
  /** Rows wholly inside the table's scroll box. */
  visible: number;
  /** Rows the scroll box would show at one line a row (capped by the rows rendered). */
  expected: number;
  /** Height of the tallest row, px. */
  tallest: number;
}

export interface TextOverflow {
  chart: string;
  text: string;
  /** Pixels past the chart's edge (left or right). */
  by: number;
}

export interface TextCut {
  chart: string;
  text: string;
}

export interface TextCollision {
  chart: string;
  texts: [string, string];
}

export interface BrokenWord {
  table: string;
  word: string;
}

export interface WideTable {
  table: string;
  /** Pixels past the page's right edge. */
  by: number;
}

export interface PlotWarning {
  chart: string;
  warning: string;
}

export interface LegendEntry {
  chart: string;
  entry: string;
  /** Marks of the chart (not axes, grid or frame) filled or stroked with the entry's colour. */
  marks: number;
  /** For an entry drawn as a shape (a symbol, not a colour box): its shape, and the marks of that shape and fill. */
  shape?: string;
  shapeMarks?: number;
}

export interface Layout {
  tables: TableLayout[];
  overflows: TextOverflow[];
  /** Labels of a chart's text marks that end in "…": cut where the reader needs the whole. */
  cuts?: TextCut[];
  collisions: TextCollision[];
  warnings: PlotWarning[];
  legends: LegendEntry[];
  /** Words of plain tables laid out on two lines. */
  broken?: BrokenWord[];
  /** Plain tables that run past the page's edge and do not scroll. */
  wide?: WideTable[];
}

/** One line of table text, px: Inputs.table rows are about 22 px at the site's font size. */
export const LINE_ROW = 26;

/** Reads every part of the layout; each part is one `page.evaluate`, so each function stands alone in the browser. */
export async function readLayout(page: Page, width: number): Promise<Layout> {
  const at = ` at ${width} px`;
  const [tables, overflows, cuts, collisions, warnings, legends, broken, wide] = await Promise.all([
    page.evaluate(readTables, { at, lineRow: LINE_ROW }),
    page.evaluate(readOverflows, at),
    page.evaluate(readCuts, at),
    page.evaluate(readCollisions, at),
    page.evaluate(readWarnings, at),
    page.evaluate(readLegends, at),
    page.evaluate(readBrokenWords, at),
    page.evaluate(readWideTables, at),
  ]);
  return { tables, overflows, cuts, collisions, warnings, legends, broken, wide };
}

// The functions below run in the page (Playwright sends their source), so they use nothing from this module.

function readTables({ at, lineRow }: { at: string; lineRow: number }): TableLayout[] {
  return [...document.querySelectorAll("form table")].map((table, i) => {
    const box = (table.closest("form") ?? table.parentElement ?? table) as HTMLElement;
    const frame = box.getBoundingClientRect();
    const head = table.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    const rows = [...table.querySelectorAll("tbody tr")];
    const visible = rows.filter((row) => {
      const r = row.getBoundingClientRect();
      return r.height > 0 && r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1;
    }).length;
    return {
      label: `table ${i + 1} (${[...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim()).filter(Boolean).slice(0, 3).join(", ")})${at}`,
      rendered: rows.length,
      visible,
      expected: Math.min(rows.length, Math.max(1, Math.floor((frame.height - head) / lineRow))),
      tallest: Math.round(Math.max(0, ...rows.map((row) => row.getBoundingClientRect().height))),
    };
  });
}

function readOverflows(at: string): TextOverflow[] {
  return [...document.querySelectorAll("[data-rows]")].flatMap((chart, i) => {
    const svg = chart.matches("svg") ? chart : chart.querySelector(':scope > svg[class^="plot"], svg[class^="plot"]:not([class*="swatch"])');
    if (!svg) return [];
    const edge = svg.getBoundingClientRect();
    return [...svg.querySelectorAll("text")].flatMap((t) => {
      const r = t.getBoundingClientRect();
      const by = Math.max(edge.left - r.left, r.right - edge.right);
      return r.width > 0 && by > 1 ? [{ chart: `chart ${i + 1}${at}`, text: (t.textContent ?? "").trim().slice(0, 60), by: Math.round(by) }] : [];
    });
  });
}

function readCuts(at: string): TextCut[] {
  return [...document.querySelectorAll("[data-rows]")].flatMap((chart, i) =>
    [...chart.querySelectorAll('svg g[aria-label="text"] text')]
      .map((t) => (t.textContent ?? "").trim())
      .filter((text) => text.endsWith("\u2026"))
      .map((text) => ({ chart: `chart ${i + 1}${at}`, text: text.slice(0, 60) })),
  );
}

function readCollisions(at: string): TextCollision[] {
  const plotSvgs = [...document.querySelectorAll("[data-rows]")].map((chart) => (chart.matches("svg") ? chart : chart.querySelector('svg[class^="plot"]:not([class*="swatch"])')));
  const hits = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  return plotSvgs.flatMap((svg, i) => {
    if (!svg) return [];
    const boxes = [...svg.querySelectorAll('g[aria-label="text"] text')]
      .map((t) => ({ text: (t.textContent ?? "").trim().slice(0, 40), r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0);
    return boxes.flatMap((a, j) => boxes.slice(j + 1).filter((b) => hits(a.r, b.r)).map((b) => ({ chart: `chart ${i + 1}${at}`, texts: [a.text, b.text] as [string, string] })));
  });
}

function readWarnings(at: string): PlotWarning[] {
  const plotSvgs = [...document.querySelectorAll("[data-rows]")].map((chart) => (chart.matches("svg") ? chart : chart.querySelector('svg[class^="plot"]:not([class*="swatch"])')));
  return plotSvgs.flatMap((svg, i) =>
    [...(svg?.querySelectorAll(":scope > text") ?? [])]
      .filter((t) => (t.textContent ?? "").startsWith("\u26a0"))
      .map((t) => ({ chart: `chart ${i + 1}${at}`, warning: (t.querySelector("title")?.textContent ?? "").trim().slice(0, 200) })),
  );
}

function readLegends(at: string): LegendEntry[] {
  const colour = (el: Element | null) => (el ? getComputedStyle(el) : null);
  // A mark's shape, whatever its size: a circle, or a path's commands with its coordinates
  // scaled to its largest; "filled" or "hollow" by its fill and the opacities above it.
  const shapeOf = (el: Element): string | null => {
    const tag = el.tagName.toLowerCase();
    const d = el.getAttribute("d") ?? "";
    let form: string;
    if (tag === "circle" || (tag === "path" && /a/i.test(d))) form = "circle";
    else if (tag === "path") {
      const numbers = (d.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
      const largest = Math.max(...numbers.map(Math.abs)) || 1;
      form = `${d.replace(/[^a-z]/gi, "")}:${numbers.map((n) => Math.round((n / largest) * 10)).join(",")}`;
    } else return null;
    let opacity = 1;
    for (let node: Element | null = el; node && node.tagName.toLowerCase() !== "figure"; node = node.parentElement) opacity *= Number(colour(node)?.fillOpacity ?? 1);
    const filled = colour(el)?.fill !== "none" && opacity > 0;
    return `${form} ${filled ? "filled" : "hollow"}`;
  };
  return [...document.querySelectorAll("[data-rows]")].flatMap((chart, i) => {
    const marks = [...chart.querySelectorAll("svg g[aria-label]")]
      .filter((g) => !/axis|grid|frame|tick|text/.test(g.getAttribute("aria-label") ?? "") && !g.closest('[class*="swatch"]'))
      .flatMap((g) => [...g.querySelectorAll("circle, path, rect, line")]);
    const painted = marks.flatMap((m) => [colour(m)?.fill, colour(m)?.stroke]);
    const shapes = marks.map(shapeOf);
    return [...chart.querySelectorAll('[class*="-swatch"]:not([class*="-swatches"])')].flatMap((swatch) => {
      const drawn = swatch.querySelector("svg > *");
      const entry = { chart: `chart ${i + 1}${at}`, entry: (swatch.textContent ?? "").trim() };
      // A swatch drawn as a shape (a symbol, not Plot's colour box) must be the shape of some mark.
      const shape = drawn && drawn.tagName.toLowerCase() !== "rect" ? shapeOf(drawn) : null;
      const byShape = shape ? { shape, shapeMarks: shapes.filter((s) => s === shape).length } : {};
      // A shape-only swatch (drawn in the text colour) cannot be matched by colour.
      const own = [colour(drawn)?.fill, colour(drawn)?.stroke].filter((c) => c && c !== "none" && c !== colour(swatch)?.color && c !== "rgb(0, 0, 0)");
      if (!own.length) return shape ? [{ ...entry, marks: 1, ...byShape }] : [];
      return [{ ...entry, marks: painted.filter((c) => own.includes(c)).length, ...byShape }];
    });
  });
}

// A word (letters between spaces, punctuation aside) whose boxes stand on two lines was
// broken inside; an id, a key, a date or a hyphenated word may break.
function readBrokenWords(at: string): BrokenWord[] {
  return [...document.querySelectorAll("table")].filter((t) => !t.closest("form, svg")).flatMap((table, i) => {
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    const found: BrokenWord[] = [];
    for (let node = walker.nextNode(); node && found.length < 5; node = walker.nextNode()) {
      for (const m of (node.textContent ?? "").matchAll(/(?<=^|\s)[("“‘']?(\p{L}[\p{L}'’]+)[)"”’'.,;:!?]*(?=\s|$)/gu)) {
        const start = m.index + m[0].indexOf(m[1]);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + m[1].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
        if (new Set(tops).size > 1) found.push({ table: `plain table ${i + 1}${at}`, word: m[1] });
      }
    }
    return found;
  });
}

// A plain table whose right edge is past the page's, unless a box around it (itself inside
// the page) scrolls sideways: a reader never sees its last columns.
function readWideTables(at: string): WideTable[] {
  const edge = document.documentElement.clientWidth;
  return [...document.querySelectorAll("table")].filter((t) => !t.closest("form, svg")).flatMap((table, i) => {
    const right = Math.round(table.getBoundingClientRect().right);
    if (right <= edge + 1) return [];
    for (let box = table.parentElement; box && box !== document.body; box = box.parentElement) {
      const scrolls = ["auto", "scroll"].includes(getComputedStyle(box).overflowX);
      if (scrolls && box.getBoundingClientRect().right <= edge + 1) return [];
    }
    return [{ table: `plain table ${i + 1}${at}`, by: right - edge }];
  });
}
