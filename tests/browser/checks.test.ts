/**
 * The browser checks fail when they should. Three layers:
 *  - the pure checks over hand-made page results (no browser);
 *  - a tiny static fixture site, one good page and one deliberately broken page, driven
 *    through the same collector in Chromium;
 *  - a deliberately broken copy of the real build: a table's CSV deleted (a missing
 *    download), the explainer's story data deleted (a failed request) and its timeline's
 *    events emptied (a chart that draws nothing).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, checkSiteDownloads, csvHeader, csvRows, type PageResult } from "./checks.ts";
import { collectPage, isLocal, launchChromium, newContext, pageDrawsCharts } from "./collect.ts";
import { parseContract, type Contract } from "./contract.ts";
import { pageSlug, resolvePath, serveDist, sitePages } from "./server.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(process.env.BROWSER_TEST_DIST ?? resolve(root, "dist"));

const GUIDE = `# Guide

## articles

| column | meaning |
|---|---|
| article_id | id |
| title | headline |
| outlet | who |

## quantities

| column | meaning |
|---|---|
| quantity_id | id |
| period_start, period_end | period |
| evidence, char_start, char_end | as above |
`;
const contract: Contract = parseContract(GUIDE);

function page(over: Partial<PageResult> = {}): PageResult {
  return {
    path: "/x",
    consoleErrors: [],
    failedRequests: [],
    offsiteRequests: [],
    cellErrors: [],
    charts: [{ label: "c", rows: 3, mark: "circle", marks: 3, axes: ["x"], axisLabels: { x: ["1", "2"] } }],
    downloads: [{ href: "http://127.0.0.1/a.csv", name: "articles.csv", status: 200, header: ["article_id", "title", "outlet", "extra"], rows: 2 }],
    filter: { control: "select", before: "a", after: "b" },
    violations: [{ id: "region", impact: "moderate", help: "landmarks", nodes: ["div"] }],
    ...over,
  };
}

describe("pure checks", () => {
  it("read the contract's columns, expanding rows that name several", () => {
    expect(contract).toEqual({
      articles: ["article_id", "title", "outlet"],
      quantities: ["quantity_id", "period_start", "period_end", "evidence", "char_start", "char_end"],
    });
  });

  it("parse CSV headers and count records", () => {
    expect(csvHeader('\uFEFFa,"b,c","d""e"\r\n1,2,3\n')).toEqual(["a", "b,c", 'd"e']);
    expect(csvRows('a,b\n1,"x\ny"\n2,3\n')).toBe(2);
    expect(csvRows("a,b\n")).toBe(0);
  });

  it("pass a good page", () => {
    expect(Object.values(checkPage(page(), contract)).flat()).toEqual([]);
  });

  it("fail a chart that draws fewer marks than rows, none, no axis labels, or does not declare its rows", () => {
    const fewer = checkPage(page({ charts: [{ label: "c", rows: 3, mark: "circle", marks: 2, axes: [], axisLabels: { x: ["1"] } }] }), contract);
    expect(fewer.charts).toEqual(["chart c draws 2 marks (circle) for 3 rows"]);
    const none = checkPage(page({ charts: [{ label: "c", rows: 0, mark: "circle", marks: 0, axes: [], axisLabels: { x: ["1"] } }] }), contract);
    expect(none.charts).toEqual(["chart c draws no marks"]);
    const unlabelled = checkPage(page({ charts: [{ label: "c", rows: 1, mark: "circle", marks: 1, axes: ["x", "y"], axisLabels: { x: ["1"], y: [] } }] }), contract);
    expect(unlabelled.charts).toEqual(["chart c has no y-axis tick labels"]);
    const bare = checkPage(page({ charts: [{ label: "c", rows: 1, mark: "circle", marks: 1, axes: [], axisLabels: {} }] }), contract);
    expect(bare.charts).toEqual(["chart c has no axis tick labels"]);
    const undeclared = checkPage(page({ charts: [{ label: "c", rows: null, mark: null, marks: 5, axes: [], axisLabels: { x: ["1"] } }] }), contract);
    expect(undeclared.charts[0]).toMatch(/does not declare data-rows/);
    const unnamed = checkPage(page({ charts: [{ label: "map", rows: 5, mark: "circle", marks: 5, labels: 4, axes: ["none"], axisLabels: {} }] }), contract);
    expect(unnamed.charts).toEqual(["chart map names 4 of its 5 marks: a reader cannot tell which the others are"]);
    const vanished = checkPage(page({ charts: [], expectsCharts: true }), contract);
    expect(vanished.charts).toEqual(["the page's code draws a chart, but no chart was rendered"]);
  });

  it("fail a table hiding rows behind tall ones, a chart label past the edge, labels that cover each other, a Plot warning, a word broken in a plain table, a plain table cut off at the page's edge, a legend entry with no mark", () => {
    const layout = {
      tables: [
        { label: "articles", rendered: 6, visible: 2, expected: 6, tallest: 350 },
        { label: "fine", rendered: 3, visible: 3, expected: 3, tallest: 22 },
      ],
      overflows: [{ chart: "quantities at 390 px", text: "rockets and artillery shells", by: 40 }],
      cuts: [{ chart: "quantities at 390 px", text: "1.6 million · Washing…" }],
      collisions: [{ chart: "map at 390 px", texts: ["Vladivostok", "Pyongyang"] as [string, string] }],
      warnings: [{ chart: "map at 390 px", warning: "the projection could not be fit to the specified domain" }],
      broken: [{ table: "plain table 1 at 390 px", word: "metadata" }],
      wide: [{ table: "plain table 2 at 390 px", by: 96 }],
      legends: [
        { chart: "stance", entry: "deny", marks: 0 },
        { chart: "stance", entry: "accuse", marks: 4 },
        { chart: "timeline", entry: "alleged", marks: 1, shape: "M,L,L,Z:0,-10,9,5,-9,5 filled", shapeMarks: 0 },
        { chart: "timeline", entry: "occurred", marks: 1, shape: "circle filled", shapeMarks: 3 },
      ],
    };
    const problems = checkPage(page({ layout }), contract).layout;
    expect(problems).toHaveLength(9);
    expect(problems[0]).toMatch(/articles shows 2 whole rows where 6 fit .*350 px/);
    expect(problems[1]).toMatch(/"rockets and artillery shells" runs 40 px past/);
    expect(problems[2]).toMatch(/quantities at 390 px: label "1\.6 million · Washing…" is cut short/);
    expect(problems[3]).toMatch(/map at 390 px: labels "Vladivostok" and "Pyongyang" cover each other/);
    expect(problems[4]).toMatch(/Plot warns: the projection could not be fit/);
    expect(problems[5]).toMatch(/plain table 1 at 390 px: the word "metadata" is broken across two lines/);
    expect(problems[6]).toMatch(/plain table 2 at 390 px runs 96 px past the page's edge and does not scroll/);
    expect(problems[7]).toMatch(/legend entry "deny" has no mark/);
    expect(problems[8]).toMatch(/timeline: legend entry "alleged" shows a shape \(M,L,L,Z.* filled\) that no mark has/);
  });

  it("fail a missing download, a CSV without the contract columns, and a table nobody offers", () => {
    const missing = checkPage(page({ downloads: [{ href: "h", name: "articles.csv", status: 404, header: [], rows: 0 }] }), contract);
    expect(missing.downloads).toEqual(["download articles.csv (h) answers 404"]);
    const short = checkPage(page({ downloads: [{ href: "h", name: "quantities.csv", status: 200, header: ["quantity_id", "evidence"], rows: 1 }] }), contract);
    expect(short.downloads).toEqual(["download quantities.csv lacks contract columns: period_start, period_end, char_start, char_end"]);
    expect(checkSiteDownloads([page()], contract)).toEqual(["no page offers a working download of quantities.csv"]);
  });

  it("fail console errors, failed and off-site requests, a filter that changes nothing, serious a11y violations", () => {
    const p = checkPage(
      page({
        consoleErrors: ["boom"],
        cellErrors: ["RuntimeError"],
        rawMarkup: ['<a href=http://x download="a.csv">'],
        failedRequests: ["/x.csv (404)"],
        offsiteRequests: ["https://cdn.example/x.js"],
        filter: { control: "select", before: "same", after: "same" },
        violations: [{ id: "color-contrast", impact: "serious", help: "contrast", nodes: ["p"] }],
      }),
      contract,
    );
    expect(p.console).toHaveLength(1);
    expect(p.render).toHaveLength(2);
    expect(p.requests).toHaveLength(1);
    expect(p.offsite).toHaveLength(1);
    expect(p.filters).toHaveLength(1);
    expect(p.a11y).toEqual(["serious accessibility violation color-contrast (contrast) at p"]);
  });

  it("know which requests are local, and map pages to files and names", () => {
    expect(isLocal("http://127.0.0.1:4000/x")).toBe(true);
    expect(isLocal("data:text/plain,hi")).toBe(true);
    expect(isLocal("https://cdn.jsdelivr.net/npm/d3")).toBe(false);
    expect(isLocal("http://localhost:4000/")).toBe(false);
    expect(pageSlug("/")).toBe("index");
    expect(pageSlug("/sources/")).toBe("sources-index");
    expect(pageSlug("/sources/000_ab")).toBe("sources-000_ab");
  });
});

// A static site with one good page and one broken page, in the shapes Framework and Plot produce.
const GOOD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Good</title></head><body><main id="observablehq-main">
<h1>Good page</h1>
<figure data-rows="3" data-mark='[aria-label="dot"] > circle' data-axes="x" data-label="dots">
<div class="shape-swatches"><span class="shape-swatch"><svg width="16" height="16" viewBox="-8 -8 16 16"><circle r="5" fill="currentColor"></circle></svg>occurred</span></div>
<svg class="plot-d6a7b5" width="200" height="60" role="img" aria-label="three dots"><g aria-label="dot" role="group"><circle cx="10" cy="10" r="3"></circle><circle cx="20" cy="10" r="3"></circle><circle cx="30" cy="10" r="3"></circle></g>
<g aria-label="x-axis tick label" role="group"><text x="10" y="50">1</text><text x="30" y="50">3</text></g></svg></figure>
<form class="inputs-3a86ea"><label for="pick">Which</label><select id="pick"><option>all</option><option>first</option></select></form>
<table><thead><tr><th>name</th></tr></thead><tbody><tr><td>a</td></tr><tr><td>b</td></tr></tbody></table>
<p><a href="./articles.csv" download="articles.csv">articles.csv</a></p>
<script>document.getElementById("pick").addEventListener("input", () => document.querySelector("tbody tr:last-child")?.remove());</script>
</main></body></html>`;

const BROKEN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title></head><body><main id="observablehq-main">
<h1>Broken page</h1>
<figure data-rows="3" data-mark='[aria-label="dot"] > circle' data-label="dots">
<div class="plot-d6a7b5-swatches"><span class="plot-d6a7b5-swatch"><svg width="15" height="15" fill="#e15759"><rect width="100%" height="100%"></rect></svg>deny</span></div>
<div class="shape-swatches"><span class="shape-swatch"><svg width="16" height="16" viewBox="-8 -8 16 16"><path d="M0,-6L5.2,3L-5.2,3Z" fill="currentColor"></path></svg>alleged</span></div>
<svg class="plot-d6a7b5" width="200" height="60" role="img" aria-label="two dots"><g aria-label="dot" role="group"><circle cx="10" cy="10" r="3"></circle><circle cx="20" cy="10" r="3"></circle></g><g aria-label="text" role="group"><text x="150" y="30">a label far too long for this chart</text><text x="10" y="50">Washing…</text></g></svg></figure>
<form style="max-height: 130px; overflow: auto"><table><thead><tr><th>n</th></tr></thead><tbody><tr><td style="height: 200px">tall</td></tr><tr><td>b</td></tr><tr><td>c</td></tr></tbody></table></form>
<svg class="plot-d6a7b5" width="200" height="60" role="img" aria-label="undeclared"><g aria-label="bar" role="group"><rect width="5" height="5"></rect></g><g aria-label="y-axis tick label" role="group"><text>a</text></g></svg>
<form class="inputs-3a86ea"><label for="pick">Which</label><select id="pick"><option>all</option><option>first</option></select></form>
<table><tbody><tr><td>a</td></tr></tbody></table>
<table style="width: 60px"><tbody><tr><td style="width: 30px; overflow-wrap: anywhere">publication</td><td>b</td></tr></tbody></table>
<p><input type="text"></p>
<p><a href="./quantities.csv" download="quantities.csv">quantities.csv</a> <a href="./short.csv" download="articles.csv">articles.csv</a></p>
<img src="http://offsite.invalid/pixel.png" alt="">
<link rel="stylesheet" href="./missing.css">
<p>&lt;a href=\${FileAttachment("x.csv").href} download&gt;Download</p>
<script>console.error("deliberate error");</script>
</main></body></html>`;

describe("in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let fixture: string;
  beforeAll(async () => {
    fixture = mkdtempSync(join(tmpdir(), "browser-fixture-"));
    writeFileSync(join(fixture, "index.html"), GOOD);
    mkdirSync(join(fixture, "sub"));
    writeFileSync(join(fixture, "sub", "index.html"), GOOD);
    writeFileSync(join(fixture, "broken.html"), BROKEN);
    writeFileSync(join(fixture, "articles.csv"), "article_id,title,outlet\na,b,c\n");
    writeFileSync(join(fixture, "short.csv"), "article_id,title\na,b\n");
    browser = await launchChromium();
    context = await newContext(browser);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (fixture) rmSync(fixture, { recursive: true, force: true });
  });

  it("serves clean URLs and nothing outside its folder", async () => {
    expect(sitePages(fixture)).toEqual(["/", "/broken", "/sub/"]);
    expect(resolvePath(fixture, "/broken")).toBe(join(fixture, "broken.html"));
    expect(resolvePath(fixture, "/sub")).toBe("redirect");
    expect(resolvePath(fixture, "/../etc/passwd")).toBeNull();
    const site = await serveDist(fixture);
    try {
      expect((await fetch(`${site.url}/broken`)).status).toBe(200);
      expect((await fetch(`${site.url}/sub`, { redirect: "manual" })).headers.get("location")).toBe("/sub/");
      expect((await fetch(`${site.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    } finally {
      await site.close();
    }
  });

  it("a good page passes every check and a broken one fails every check", async () => {
    const site = await serveDist(fixture);
    try {
      const good = await collectPage(context, site.url, "/", { dist: fixture });
      expect(checkPage(good, contract)).toEqual({ console: [], render: [], requests: [], offsite: [], charts: [], layout: [], downloads: [], filters: [], a11y: [] });
      const broken = checkPage(await collectPage(context, site.url, "/broken", { dist: fixture }), contract);
      expect(broken.console.join("\n")).toMatch(/deliberate error/);
      expect(broken.render).toEqual([expect.stringMatching(/^markup shown as text: <a href=\$\{FileAttachment/)]);
      expect(broken.requests.join("\n")).toMatch(/missing\.css \(404\)/);
      expect(broken.offsite).toEqual(["request left 127.0.0.1: http://offsite.invalid/pixel.png"]);
      expect(broken.charts).toEqual(
        expect.arrayContaining([
          'chart "dots" draws 2 marks ([aria-label="dot"] > circle) for 3 rows',
          'chart "dots" has no axis tick labels',
          expect.stringMatching(/undeclared Plot chart 1\) does not declare data-rows/),
          'chart "dots" at 390 px draws 2 marks ([aria-label="dot"] > circle) for 3 rows',
        ]),
      );
      expect(broken.downloads).toEqual([
        expect.stringMatching(/download quantities\.csv \(.*\) answers 404/),
        "download articles.csv lacks contract columns: outlet",
      ]);
      expect(broken.layout).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^table 1 \(n\) at 1280 px shows 0 whole rows where 3 fit/),
          expect.stringMatching(/^chart 1 at 390 px: text "a label far too long for this chart" runs \d+ px past/),
          'chart 1 at 1280 px: legend entry "deny" has no mark of its colour',
          'chart 1 at 1280 px: label "Washing…" is cut short',
          'plain table 2 at 1280 px: the word "publication" is broken across two lines',
          expect.stringMatching(/^chart 1 at 1280 px: legend entry "alleged" shows a shape \(M.* filled\) that no mark has/),
        ]),
      );
      expect(broken.filters).toHaveLength(1);
      expect(broken.a11y.join("\n")).toMatch(/critical accessibility violation label/);
    } finally {
      await site.close();
    }
  });

  describe.skipIf(!existsSync(join(dist, "index.html")) || !existsSync(join(dist, "data.html")))("a deliberately broken copy of the build", () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), "broken-dist-"));
      cpSync(dist, copy, { recursive: true });
      const data = join(copy, "_file", "data");
      for (const name of readdirSync(data)) {
        // A missing download: the quantities CSV is gone.
        if (/^quantities\.[0-9a-f]{8}\.csv$/.test(name)) rmSync(join(data, name));
        // A failed request on the explainer: its story data is gone.
        if (/^story\.[0-9a-f]{8}\.json$/.test(name)) rmSync(join(data, name));
        // A chart that draws nothing: the explainer's timeline gets no events.
        if (/^explainer\.[0-9a-f]{8}\.json$/.test(name)) {
          const explainer = JSON.parse(readFileSync(join(data, name), "utf8"));
          writeFileSync(join(data, name), JSON.stringify({ ...explainer, events: { ...explainer.events, chart: [], counted: false } }));
        }
      }
    });
    afterAll(() => {
      if (copy) rmSync(copy, { recursive: true, force: true });
    });

    it("fails the downloads, the requests, and the explainer's charts", async () => {
      const real = parseContract(GUIDE.replace(/## quantities[\s\S]*/, "") + "\n## quantities\n\n| column | meaning |\n|---|---|\n| quantity_id | id |\n");
      const site = await serveDist(copy);
      try {
        const results: PageResult[] = [];
        for (const path of ["/", "/data"]) results.push(await collectPage(context, site.url, path, { dist: copy, axe: false, filter: false, phone: false }));
        const [index, data] = results.map((r) => checkPage(r, real));
        expect(data.downloads.join("\n")).toMatch(/download quantities\.csv .* answers 404/);
        expect(checkSiteDownloads(results, real)).toEqual(["no page offers a working download of quantities.csv"]);
        expect(index.requests.join("\n")).toMatch(/story\.[0-9a-f]{8}\.json \(404\)/);
        expect(index.console.length).toBeGreaterThan(0);
        if (pageDrawsCharts(copy, join(copy, "index.html"))) expect(index.charts.length).toBeGreaterThan(0);
      } finally {
        await site.close();
      }
    });
  });
});
