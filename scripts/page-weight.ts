/**
 * npm run weight [-- DIST] [-- --json]
 *
 * Loads every page of the built site (dist/ by default) in Debian's headless Chromium and
 * prints, per page, the bytes of JavaScript, CSS and data (files under _file/: csv, json,
 * parquet, …) it loads, raw and gzip-compressed (zlib, level 9 as a server would send
 * them), with the data files by name. Fails (exit 1) when the explainer (/) loads more
 * than 350 KB of gzip JavaScript and data.
 *
 * The source pages are one page with each article's data (scripts/source-pages.ts): of them
 * it weighs the first and the one with the largest data, so that a site of 10,000 articles
 * is weighed in seconds, not hours.
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { launchChromium, newContext, settle } from "../tests/browser/collect.ts";
import { serveDist, sitePages } from "../tests/browser/server.ts";
import { parseCommandLineWithFolder } from "../loaders/cli.ts";

export const EXPLAINER_BUDGET = 350 * 1024;

export type Kind = "js" | "css" | "data" | "html" | "other";

export interface Resource {
  url: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  resources: Resource[];
  totals: Record<Kind, { raw: number; gzip: number }>;
}

export function kindOf(url: string, resourceType: string): Kind {
  const path = new URL(url).pathname;
  if (/\.m?js$/i.test(path) || resourceType === "script") return "js";
  if (/\.css$/i.test(path) || resourceType === "stylesheet") return "css";
  if (path.includes("/_file/") || /\.(csv|tsv|json|parquet|arrow|zip|txt)$/i.test(path)) return "data";
  if (resourceType === "document") return "html";
  return "other";
}

export function totals(resources: Resource[]): PageWeight["totals"] {
  const t = Object.fromEntries((["js", "css", "data", "html", "other"] as Kind[]).map((k) => [k, { raw: 0, gzip: 0 }])) as PageWeight["totals"];
  for (const r of resources) (t[r.kind].raw += r.raw), (t[r.kind].gzip += r.gzip);
  return t;
}

/** A source page's address, /sources/<id>; not the index, /sources/. */
const SOURCE_PAGE = /^\/sources\/(.+)$/;

/** The pages to weigh: every page but the source pages, and of those the first and the heaviest. */
export function pagesToWeigh(dist: string, pages = sitePages(dist)): string[] {
  const sources = pages.filter((p) => SOURCE_PAGE.test(p));
  if (sources.length <= 2) return pages;
  const dataSize = (page: string) => {
    const file = join(dist, "_file", "data", "sources", `${decodeURIComponent(SOURCE_PAGE.exec(page)![1])}.json`);
    return existsSync(file) ? statSync(file).size : 0;
  };
  const heaviest = sources.reduce((a, b) => (dataSize(b) > dataSize(a) ? b : a));
  return pages.filter((p) => !SOURCE_PAGE.test(p) || p === sources[0] || p === heaviest);
}

export async function measure(dist: string): Promise<PageWeight[]> {
  const site = await serveDist(dist);
  const browser = await launchChromium();
  try {
    const context = await newContext(browser);
    const weights: PageWeight[] = [];
    for (const path of pagesToWeigh(dist)) {
      const page = await context.newPage();
      const pending: Promise<Resource | null>[] = [];
      page.on("response", (response) => {
        if (response.status() !== 200 || !response.url().startsWith(site.url)) return;
        pending.push(
          response.body().then(
            (body) => ({ url: response.url().slice(site.url.length), kind: kindOf(response.url(), response.request().resourceType()), raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
            () => null,
          ),
        );
      });
      await page.goto(site.url + path, { waitUntil: "load" });
      await settle(page);
      const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== null);
      await page.close();
      weights.push({ path, resources, totals: totals(resources) });
    }
    await context.close();
    return weights;
  } finally {
    await browser.close();
    await site.close();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}`;

export function report(weights: PageWeight[]): string {
  const width = Math.max(4, ...weights.map((w) => w.path.length));
  const head = `${"page".padEnd(width)}  ${["JS", "CSS", "data", "JS+data"].map((h) => `${h} raw/gzip KB`.padStart(21)).join("")}`;
  const lines = [head];
  const row = (name: string, t: PageWeight["totals"]) =>
    `${name.padEnd(width)}  ${[t.js, t.css, t.data, { raw: t.js.raw + t.data.raw, gzip: t.js.gzip + t.data.gzip }].map((v) => `${kb(v.raw)} / ${kb(v.gzip)}`.padStart(21)).join("")}`;
  for (const w of weights) lines.push(row(w.path, w.totals));
  lines.push("", "data files loaded, by page:");
  for (const w of weights) {
    const data = w.resources.filter((r) => r.kind === "data").map((r) => `${r.url.replace(/^.*\/_file\//, "").replace(/\.[0-9a-f]{8}(\.\w+)$/, "$1")} (${kb(r.gzip)} KB gzip)`);
    lines.push(`  ${w.path}: ${data.length ? data.join(", ") : "none"}`);
  }
  return lines.join("\n");
}

const USAGE = "usage: npm run weight -- [DIST] [--json]   (the built site, dist/ by default)";

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, folder } = parseCommandLineWithFolder(USAGE, { json: { type: "boolean", default: false } });
  const dist = resolve(folder ?? join(import.meta.dirname, "..", "dist"));
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`error: no built site in ${dist}; run npm run build first`);
    process.exit(1);
  }
  const weights = await measure(dist);
  if (values.json) console.log(JSON.stringify(weights.map(({ path, totals }) => ({ path, totals })), null, 2));
  else console.log(report(weights));
  const explainer = weights.find((w) => w.path === "/");
  if (explainer) {
    const load = explainer.totals.js.gzip + explainer.totals.data.gzip;
    const verdict = load <= EXPLAINER_BUDGET ? "within" : "OVER";
    console.log(`\nexplainer (/): ${kb(load)} KB gzip JavaScript and data, ${verdict} the ${kb(EXPLAINER_BUDGET)} KB budget`);
    if (load > EXPLAINER_BUDGET) process.exitCode = 1;
  }
}
