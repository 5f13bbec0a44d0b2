/**
 * Drives Debian's Chromium (playwright-core, no downloaded browser) over one page of the
 * built site and gathers what the checks in checks.ts judge: console errors, failed and
 * off-site requests, charts and their marks, CSV downloads, the effect of the first
 * filter, axe-core violations; and writes full-page screenshots at desktop and phone widths.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { csvHeader, csvRows, type A11yViolation, type ChartResult, type DownloadResult, type FilterResult, type PageResult } from "./checks.ts";
import { pageSlug } from "./server.ts";
import { readLayout, type Layout } from "./layout.ts";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: DESKTOP, colorScheme: "light", reducedMotion: "reduce", serviceWorkers: "block" });
  // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to page.evaluate need it defined.
  await context.addInitScript({ content: "window.__name = (f) => f;" });
  return context;
}

/** Whether a request URL stays on the test server's host. */
export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (!/^(https?|wss?):$/.test(u.protocol)) return true; // data:, blob:, about:
  return u.hostname === "127.0.0.1";
}

export interface Watch {
  consoleErrors: string[];
  failedRequests: string[];
  offsiteRequests: string[];
}

/** Records console errors, failed requests and blocks (and records) requests that leave 127.0.0.1. */
export async function watchPage(page: Page): Promise<Watch> {
  const w: Watch = { consoleErrors: [], failedRequests: [], offsiteRequests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") w.consoleErrors.push(`${m.text()}${m.location().url ? ` (${m.location().url})` : ""}`);
  });
  page.on("pageerror", (e) => w.consoleErrors.push(`uncaught ${e.name}: ${e.message}`));
  page.on("requestfailed", (r) => {
    const error = r.failure()?.errorText ?? "failed";
    // A request the page itself cancelled (DuckDB dropping a streamed .wasm fetch for a
    // buffered one, a navigation) is ERR_ABORTED; a file the server lacks is a 404, counted below.
    if (isLocal(r.url()) && error !== "net::ERR_ABORTED") w.failedRequests.push(`${r.url()} (${error})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) w.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    w.offsiteRequests.push(url);
    return route.abort("blockedbyclient");
  });
  return w;
}

/** Waits until Framework has run the page's cells and the page has drawn. */
export async function settle(page: Page, { timeout = 20_000, network = true } = {}): Promise<void> {
  await page.waitForLoadState("load", { timeout });
  if (network) await page.waitForLoadState("networkidle", { timeout }).catch(() => {});
  await page.waitForFunction(() => !document.querySelector("observablehq-loading"), null, { timeout }).catch(() => {});
  // A part of the page still working (the query page while DuckDB loads) says so with aria-busy.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: Math.max(timeout, 60_000) }).catch(() => {});
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Prose showing HTML tags or ${…} as text: an element or link that did not render (as when
 * Markdown escapes <a href=${…}>). Tables, code and the source articles (shown as received)
 * are left out: their text may hold markup on purpose.
 */
export function readRawMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector("#observablehq-main") ?? document.body;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    // Interpolated values split a paragraph into several text nodes: test each element's whole text.
    const parents = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement && node.parentElement !== main && (node.textContent ?? "").trim()) parents.add(node.parentElement);
    }
    for (const parent of parents) {
      const text = parent.textContent ?? "";
      if (!/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>|\$\{/i.test(text)) continue;
      if (parent.closest("table, code, pre, textarea, script, style, svg, .source-text, [data-raw-text]")) continue;
      found.push(text.trim().slice(0, 160));
    }
    return found;
  });
}

/** Charts: containers declaring data-rows/data-mark, and any Plot SVG outside one. */
export function readCharts(page: Page): Promise<ChartResult[]> {
  return page.evaluate(() => {
    const axisLabels = (root: Element) => {
      const out: Record<string, string[]> = {};
      for (const g of root.querySelectorAll('g[aria-label$="-axis tick label"]')) {
        const axis = (g.getAttribute("aria-label") ?? "").split("-axis")[0];
        const texts = [...g.querySelectorAll("text")].map((t) => (t.textContent ?? "").trim()).filter(Boolean);
        (out[axis] ??= []).push(...texts);
      }
      return out;
    };
    const labelOf = (el: Element, i: number) =>
      el.getAttribute("data-label") ??
      el.getAttribute("aria-label") ??
      el.querySelector("figcaption, h2, h3")?.textContent?.trim() ??
      el.closest("figure")?.querySelector("figcaption")?.textContent?.trim() ??
      `#${i + 1}`;
    const charts: ChartResult[] = [];
    const declared = [...document.querySelectorAll("[data-rows]")];
    declared.forEach((el, i) => {
      const mark = el.getAttribute("data-mark");
      const rows = Number(el.getAttribute("data-rows"));
      let marks = 0;
      try {
        marks = mark ? el.querySelectorAll(mark).length : 0;
      } catch {
        marks = 0;
      }
      const named = el.getAttribute("data-labels");
      charts.push({
        label: `"${labelOf(el, i)}"`,
        rows: Number.isFinite(rows) ? rows : null,
        mark,
        marks,
        ...(named ? { labels: [...el.querySelectorAll(named)].filter((t) => (t.textContent ?? "").trim()).length } : {}),
        axes: (el.getAttribute("data-axes") ?? "").split(",").map((a) => a.trim()).filter(Boolean),
        axisLabels: axisLabels(el),
      });
    });
    const plots = [...document.querySelectorAll('svg[class^="plot-"]')].filter(
      (svg) => !declared.some((d) => d.contains(svg)) && !/ramp|swatch/.test(svg.getAttribute("class") ?? "") && !svg.parentElement?.closest('svg[class^="plot-"]'),
    );
    plots.forEach((svg, i) => {
      const groups = [...svg.querySelectorAll("g[aria-label]")].filter((g) => !/axis|grid|frame|rule|tip/.test(g.getAttribute("aria-label") ?? ""));
      charts.push({
        label: `"${labelOf(svg.closest("figure") ?? svg, i)}" (undeclared Plot chart ${i + 1})`,
        rows: null,
        mark: null,
        marks: groups.reduce((n, g) => n + g.children.length, 0),
        axes: [],
        axisLabels: axisLabels(svg),
      });
    });
    return charts;
  });
}

/** Every a[download] on the page, fetched from the server; CSV headers and rows parsed. */
export async function readDownloads(page: Page): Promise<DownloadResult[]> {
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>("a[download]")].map((a) => ({ href: a.href, download: a.getAttribute("download") ?? "" })),
  );
  const seen = new Set<string>();
  const results: DownloadResult[] = [];
  for (const { href, download } of links) {
    if (seen.has(href)) continue;
    seen.add(href);
    const file = decodeURIComponent(new URL(href).pathname.split("/").pop() ?? "");
    const name = download || file.replace(/\.[0-9a-f]{8}(\.\w+)$/, "$1");
    if (!isLocal(href)) {
      results.push({ href, name, status: 0, header: [], rows: 0, error: "links off the site" });
      continue;
    }
    try {
      // A blob: address (a text the page made, as a source page's "Download this text") exists only in the page.
      const { status, text } = href.startsWith("blob:")
        ? await page.evaluate(async (url) => {
            const response = await fetch(url);
            return { status: response.status, text: await response.text() };
          }, href)
        : await fetch(href).then(async (response) => ({ status: response.status, text: await response.text() }));
      const csv = /\.csv$/i.test(name);
      results.push({ href, name, status, header: csv ? csvHeader(text) : [], rows: csv ? csvRows(text) : 0, ...(text.length === 0 ? { error: "empty download" } : {}) });
    } catch (e) {
      results.push({ href, name, status: 0, header: [], rows: 0, error: String(e) });
    }
  }
  return results;
}

/** Serious and other axe-core violations of the page as it is now. */
export async function readViolations(page: Page): Promise<A11yViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(" ")),
    }));
  });
}

/** What the tables and charts show: row counts and the first rows' text, chart marks. */
function fingerprint(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector("#observablehq-main") ?? document.body;
    const tables = [...main.querySelectorAll("table")].map((t) => {
      const rows = [...t.querySelectorAll("tbody tr")];
      return `${rows.length}:${rows.slice(0, 30).map((r) => (r as HTMLElement).innerText).join("|")}`;
    });
    const charts = [...main.querySelectorAll("[data-rows]")].map((c) => {
      const mark = c.getAttribute("data-mark");
      return `${c.getAttribute("data-rows")}/${mark ? c.querySelectorAll(mark).length : ""}`;
    });
    const plots = [...main.querySelectorAll('svg[class^="plot-"]')].map((s) => s.querySelectorAll("*").length);
    return JSON.stringify({ tables, charts, plots });
  });
}

/**
 * Changes the page's first filter (an Observable Input other than a table) and returns what
 * the tables and charts showed before and after; null when the page has none.
 */
export async function tryFilter(page: Page): Promise<FilterResult | null> {
  const found = await page.evaluate(() => {
    const main = document.querySelector("#observablehq-main") ?? document.body;
    const forms = [...main.querySelectorAll('form[class*="inputs-"]')].filter((f) => !f.querySelector("table") && !/-table\b/.test(f.className));
    for (const form of forms) {
      const control = form.querySelector<HTMLInputElement | HTMLSelectElement>("select, input:not([type=hidden]):not([type=button]):not([type=submit])");
      if (!control) continue;
      control.setAttribute("data-browser-test-filter", "");
      const label = form.querySelector("label")?.textContent?.trim() || control.getAttribute("placeholder") || control.getAttribute("aria-label") || "";
      const kind = control instanceof HTMLSelectElement ? (control.multiple ? "select-multiple" : "select") : (control.type || "text");
      return { kind, label };
    }
    return null;
  });
  if (!found) return null;
  const control = page.locator("[data-browser-test-filter]").first();
  const before = await fingerprint(page);
  let action: string;
  switch (found.kind) {
    case "select":
    case "select-multiple": {
      const { count, selected } = await control.evaluate((el: HTMLSelectElement) => ({ count: el.options.length, selected: [...el.options].filter((o) => o.selected).map((o) => o.index) }));
      const index = found.kind === "select" ? [...Array(count).keys()].find((i) => !selected.includes(i)) ?? 0 : selected.length === 1 && selected[0] === 0 ? Math.min(1, count - 1) : 0;
      await control.selectOption({ index });
      action = `option ${index + 1} of ${count}`;
      break;
    }
    case "range":
    case "number": {
      action = await control.evaluate((el: HTMLInputElement) => {
        const value = el.value === el.min ? el.max : el.min;
        el.value = value;
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
        return `set to ${value}`;
      });
      break;
    }
    case "checkbox":
    case "radio": {
      const radios = page.locator("[data-browser-test-filter]").locator("xpath=ancestor::form[1]").locator(`input[type=${found.kind}]`);
      const n = await radios.count();
      let target = 0;
      if (found.kind === "radio") for (let i = 0; i < n; i++) if (!(await radios.nth(i).isChecked())) (target = i), (i = n);
      const box = radios.nth(target);
      await box.setChecked(found.kind === "radio" ? true : !(await box.isChecked()));
      action = `${found.kind} ${target + 1} of ${n} toggled`;
      break;
    }
    case "date":
      await control.fill("1990-01-01");
      action = "set to 1990-01-01";
      break;
    default:
      await control.fill("zzqxj no such text");
      action = `typed "zzqxj no such text"`;
  }
  await page.waitForTimeout(150);
  await settle(page);
  const after = await fingerprint(page);
  return { control: `${found.kind}${found.label ? ` "${found.label}"` : ""}: ${action}`, before, after };
}

/**
 * At phone width: the charts as redrawn there (read when `readPhoneCharts`), and a full-page
 * screenshot at each width when `dir` is given. Leaves the page at desktop width.
 */
export async function phoneAndScreenshots(page: Page, path: string, dir?: string): Promise<{ charts: ChartResult[]; layout: Layout }> {
  const slug = pageSlug(path);
  if (dir) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${slug}-desktop.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(250);
  await settle(page, { network: false });
  const charts = (await readCharts(page)).map((c) => ({ ...c, label: `${c.label} at ${PHONE.width} px` }));
  const layout = await readLayout(page, PHONE.width);
  if (dir) await page.screenshot({ path: join(dir, `${slug}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(250);
  await settle(page, { network: false });
  return { charts, layout };
}

/**
 * Whether a built page's code draws a chart: its HTML, or a local module it imports
 * (transitively), uses Plot or sets data-rows. `file` is the page's .html in dist.
 */
export function pageDrawsCharts(dist: string, file: string): boolean {
  const draws = /\bPlot\.(?:plot|dot|dotX|dotY|barX|barY|line|lineX|lineY|rect|rectX|rectY|cell|cellX|cellY|tickX|tickY|areaY|areaX|text|waffleX|waffleY)\(|data-rows/;
  const seen = new Set<string>();
  const visit = (path: string): boolean => {
    if (seen.has(path) || !existsSync(path)) return false;
    seen.add(path);
    const source = readFileSync(path, "utf8");
    if (draws.test(source)) return true;
    for (const m of source.matchAll(/["'](\/_import\/[^"']+\.js|\.{1,2}\/[^"']+\.js)["']/g)) {
      const target = m[1].startsWith("/") ? join(dist, m[1]) : resolve(dirname(path), m[1]);
      if (target.includes("/_import/") && visit(target)) return true;
    }
    return false;
  };
  return visit(file);
}

/** The .html file of a page path in dist. */
export function pageFile(dist: string, path: string): string {
  return path.endsWith("/") ? join(dist, path, "index.html") : join(dist, `${path}.html`);
}

export interface CollectOptions {
  /** The built site's folder, to tell whether a page's code draws charts. */
  dist?: string;
  screenshotDir?: string;
  /** Check the charts at phone width too (and take the phone screenshot); default true. */
  phone?: boolean;
  axe?: boolean;
  filter?: boolean;
}

/** Loads one page (a path on the site, e.g. "/data") and gathers everything the checks need. */
export async function collectPage(context: BrowserContext, origin: string, path: string, options: CollectOptions = {}): Promise<PageResult> {
  const page = await context.newPage();
  try {
    const watch = await watchPage(page);
    const response = await page.goto(origin + path, { waitUntil: "load", timeout: 30_000 });
    if (!response || response.status() >= 400) watch.failedRequests.push(`${origin + path} (${response?.status() ?? "no response"})`);
    await settle(page);
    const cellErrors = await page.evaluate(() => [...document.querySelectorAll(".observablehq--error")].map((e) => (e.textContent ?? "").trim().slice(0, 300)));
    const rawMarkup = await readRawMarkup(page);
    const charts = await readCharts(page);
    const layout = await readLayout(page, DESKTOP.width);
    // Charts and tables are checked again as laid out at phone width, where margins and ticks can fail.
    if (options.phone !== false) {
      const phone = await phoneAndScreenshots(page, path, options.screenshotDir);
      charts.push(...phone.charts);
      for (const key of ["tables", "overflows", "collisions", "warnings", "legends"] as const) (layout[key] as unknown[]).push(...phone.layout[key]);
      // The optional kinds too: a label cut short or a word broken on a phone only.
      layout.cuts = [...(layout.cuts ?? []), ...(phone.layout.cuts ?? [])];
      layout.broken = [...(layout.broken ?? []), ...(phone.layout.broken ?? [])];
      layout.wide = [...(layout.wide ?? []), ...(phone.layout.wide ?? [])];
    }
    const violations = options.axe === false ? [] : await readViolations(page);
    const downloads = await readDownloads(page);
    const filter = options.filter === false ? null : await tryFilter(page);
    const expectsCharts = options.dist ? pageDrawsCharts(options.dist, pageFile(options.dist, path)) : undefined;
    return { path, ...watch, cellErrors, rawMarkup, charts, expectsCharts, downloads, filter, violations, layout };
  } finally {
    await page.close();
  }
}
