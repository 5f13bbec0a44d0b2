/**
 * Pure checks over what the browser saw on one page (a PageResult, gathered by
 * collect.ts). Each returns problems as plain strings, so a deliberately broken result
 * can be tested without a browser or a build (tests/browser/checks.test.ts).
 */
import type { Contract } from "./contract.ts";
import type { Layout } from "./layout.ts";

export interface ChartResult {
  /** Where the chart is: its aria-label, figure caption or position on the page. */
  label: string;
  /** data-rows of the chart container: the number of marks it must draw; null when the chart does not declare it. */
  rows: number | null;
  /** data-mark: the CSS selector of one mark inside the chart; null when not declared. */
  mark: string | null;
  /** Elements matching `mark` (or, for an undeclared chart, the graphical elements of its non-axis marks). */
  marks: number;
  /** For a chart declaring data-labels (a map): the labels naming its marks, one each. */
  labels?: number;
  /** Axes named by data-axes ("x,y"); empty when not declared. */
  axes: string[];
  /** Non-empty texts of the chart's axis tick labels, by axis ("x", "y", "fx", …). */
  axisLabels: Record<string, string[]>;
}

export interface DownloadResult {
  href: string;
  /** The file name offered (download attribute, else the URL's file name without Framework's hash). */
  name: string;
  status: number;
  /** The first line of a CSV, split into columns; empty when not a CSV or unreadable. */
  header: string[];
  /** Data rows of a CSV (lines after the header, not counting a trailing newline). */
  rows: number;
  error?: string;
}

export interface FilterResult {
  /** What was changed, e.g. `select "Category" → option 2`. */
  control: string;
  before: string;
  after: string;
}

export interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS targets of the offending nodes (first few). */
  nodes: string[];
}

export interface PageResult {
  path: string;
  consoleErrors: string[];
  /** Requests that failed or answered with a status of 400 or more. */
  failedRequests: string[];
  /** Requests to any host but 127.0.0.1 (aborted). */
  offsiteRequests: string[];
  /** Cells that displayed an error instead of their output. */
  cellErrors: string[];
  /** Prose that shows HTML markup or a ${…} template as text (a link or element that failed to render). */
  rawMarkup?: string[];
  charts: ChartResult[];
  /** Whether the page's code (its HTML and the modules it imports) draws a chart (Plot or data-rows). */
  expectsCharts?: boolean;
  downloads: DownloadResult[];
  /** Null when the page has no filter input. */
  filter: FilterResult | null;
  violations: A11yViolation[];
  /** Tables, chart texts and legends as laid out at desktop and phone widths (layout.ts). */
  layout?: Layout;
}

export type CheckName = "console" | "render" | "requests" | "offsite" | "charts" | "layout" | "downloads" | "filters" | "a11y";
export const CHECKS: CheckName[] = ["console", "render", "requests", "offsite", "charts", "layout", "downloads", "filters", "a11y"];

export function checkConsole(r: PageResult): string[] {
  return r.consoleErrors.map((e) => `console error: ${e}`);
}

export function checkRender(r: PageResult): string[] {
  return [...r.cellErrors.map((e) => `cell error: ${e}`), ...(r.rawMarkup ?? []).map((t) => `markup shown as text: ${t}`)];
}

export function checkRequests(r: PageResult): string[] {
  return r.failedRequests.map((e) => `failed request: ${e}`);
}

export function checkOffsite(r: PageResult): string[] {
  return r.offsiteRequests.map((e) => `request left 127.0.0.1: ${e}`);
}

export function checkCharts(r: PageResult): string[] {
  const problems: string[] = [];
  if (r.expectsCharts && r.charts.length === 0) problems.push("the page's code draws a chart, but no chart was rendered");
  for (const c of r.charts) {
    if (c.rows === null || c.mark === null) {
      problems.push(`chart ${c.label} does not declare data-rows and data-mark, so its marks cannot be checked against its rows (see src/components/chart-marks.js)`);
    } else if (c.marks !== c.rows) {
      problems.push(`chart ${c.label} draws ${c.marks} marks (${c.mark}) for ${c.rows} rows`);
    }
    if (c.marks === 0) problems.push(`chart ${c.label} draws no marks`);
    if (c.labels !== undefined && c.rows !== null && c.labels < c.rows) problems.push(`chart ${c.label} names ${c.labels} of its ${c.rows} marks: a reader cannot tell which the others are`);
    const labelled = Object.entries(c.axisLabels).filter(([, texts]) => texts.length > 0).map(([axis]) => axis);
    // A map declares axes "none": it has none to label.
    if (labelled.length === 0 && !c.axes.includes("none")) problems.push(`chart ${c.label} has no axis tick labels`);
    // A faceted chart's fx/fy axis stands for its x/y axis.
    for (const axis of c.axes.filter((a) => a !== "none")) if (!labelled.includes(axis) && !labelled.includes(`f${axis}`)) problems.push(`chart ${c.label} has no ${axis}-axis tick labels`);
  }
  return problems;
}

/** Tables show the rows they have room for; chart texts stay inside the chart and clear of each other; Plot has no warning; every legend entry has marks. */
export function checkLayout(r: PageResult): string[] {
  const layout = r.layout ?? { tables: [], overflows: [], collisions: [], warnings: [], legends: [] };
  return [
    ...layout.tables
      .filter((t) => t.visible < t.expected)
      .map((t) => `${t.label} shows ${t.visible} whole rows where ${t.expected} fit at one line a row (the tallest row is ${t.tallest} px)`),
    ...layout.overflows.map((o) => `${o.chart}: text "${o.text}" runs ${o.by} px past the chart's edge`),
    ...(layout.cuts ?? []).map((c) => `${c.chart}: label "${c.text}" is cut short`),
    ...layout.collisions.map((c) => `${c.chart}: labels "${c.texts[0]}" and "${c.texts[1]}" cover each other`),
    ...layout.warnings.map((w) => `${w.chart}: Plot warns: ${w.warning}`),
    ...(layout.broken ?? []).map((b) => `${b.table}: the word "${b.word}" is broken across two lines`),
    ...(layout.wide ?? []).map((w) => `${w.table} runs ${w.by} px past the page's edge and does not scroll: its last columns are cut off`),
    ...layout.legends.filter((l) => l.marks === 0).map((l) => `${l.chart}: legend entry "${l.entry}" has no mark of its colour`),
    ...layout.legends.filter((l) => l.shapeMarks === 0).map((l) => `${l.chart}: legend entry "${l.entry}" shows a shape (${l.shape}) that no mark has`),
  ];
}

export function checkDownloads(r: PageResult, contract: Contract): string[] {
  const problems: string[] = [];
  for (const d of r.downloads) {
    if (d.error) problems.push(`download ${d.name} (${d.href}): ${d.error}`);
    else if (d.status !== 200) problems.push(`download ${d.name} (${d.href}) answers ${d.status}`);
    if (!/\.csv$/i.test(d.name) || d.error || d.status !== 200) continue;
    if (d.header.length === 0) {
      problems.push(`download ${d.name} has no header row`);
      continue;
    }
    const table = d.name.replace(/\.csv$/i, "");
    const missing = (contract[table] ?? []).filter((column) => !d.header.includes(column));
    if (missing.length) problems.push(`download ${d.name} lacks contract columns: ${missing.join(", ")}`);
  }
  return problems;
}

export function checkFilters(r: PageResult): string[] {
  if (!r.filter) return [];
  return r.filter.before === r.filter.after ? [`changing the filter (${r.filter.control}) changed neither table nor chart`] : [];
}

export const SERIOUS = new Set(["serious", "critical"]);

export function checkA11y(r: PageResult): string[] {
  return r.violations
    .filter((v) => SERIOUS.has(v.impact ?? ""))
    .map((v) => `${v.impact} accessibility violation ${v.id} (${v.help}) at ${v.nodes.join(" | ")}`);
}

/** Every table of the contract must be downloadable as CSV from some page. */
export function checkSiteDownloads(results: PageResult[], contract: Contract): string[] {
  const offered = new Set(results.flatMap((r) => r.downloads.filter((d) => d.status === 200 && !d.error).map((d) => d.name.toLowerCase())));
  return Object.keys(contract)
    .filter((table) => !offered.has(`${table}.csv`))
    .map((table) => `no page offers a working download of ${table}.csv`);
}

/** Every problem on a page, by check. */
export function checkPage(r: PageResult, contract: Contract): Record<CheckName, string[]> {
  return {
    console: checkConsole(r),
    render: checkRender(r),
    requests: checkRequests(r),
    offsite: checkOffsite(r),
    charts: checkCharts(r),
    layout: checkLayout(r),
    downloads: checkDownloads(r, contract),
    filters: checkFilters(r),
    a11y: checkA11y(r),
  };
}

/** Splits the first line of a CSV text into column names (RFC 4180 quotes, BOM dropped). */
export function csvHeader(text: string): string[] {
  const src = text.replace(/^\uFEFF/, "");
  const columns: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") columns.push(cell), (cell = "");
    else if (ch === "\n" || ch === "\r") break;
    else cell += ch;
  }
  if (cell !== "" || columns.length) columns.push(cell);
  return columns;
}

/** Counts CSV records after the header (quoted newlines are inside a record). */
export function csvRows(text: string): number {
  let records = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "\n" || ch === "\r")) {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      if (content) records++;
      content = false;
    } else content = true;
  }
  if (content) records++;
  return Math.max(0, records - 1);
}
