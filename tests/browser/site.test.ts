/**
 * The built site in headless Chromium (npm run test:browser). For every page of dist/
 * (source pages included): no console errors, failed or off-site requests; charts draw
 * as many marks as the rows they show and have axis labels; CSV downloads carry the
 * contract columns of ../shared/annotation-guide.md; the first filter changes the table
 * or chart; no serious or critical axe-core violation. Full-page screenshots at desktop
 * and phone widths go to screenshots/<run>/ (or $SCREENSHOT_DIR).
 *
 * The site tested is $BROWSER_TEST_DIST, else dist/; scripts/browser-test.ts builds it first
 * when it is missing or older than its inputs.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKS, checkPage, checkSiteDownloads, type CheckName, type PageResult } from "./checks.ts";
import { readRealNewsScores } from "../../loaders/benchmarks/realnews-record.ts";
import { collectPage, launchChromium, newContext, settle } from "./collect.ts";
import { GUIDE_PATH, loadContract } from "./contract.ts";
import { serveDist, sitePages, type Site } from "./server.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(process.env.BROWSER_TEST_DIST ?? resolve(root, "dist"));
const pages = existsSync(dist) ? sitePages(dist) : [];
const run = new Date().toISOString().replace(/[:.]/g, "-").replace(/Z$/, "");
const screenshotDir = resolve(process.env.SCREENSHOT_DIR ?? resolve(root, "screenshots", run));
const contract = loadContract();

let site: Site;
let browser: Browser;
let context: BrowserContext;
const results: PageResult[] = [];
const problems = new Map<string, Record<CheckName, string[]>>();

beforeAll(async () => {
  site = await serveDist(dist);
  browser = await launchChromium();
  context = await newContext(browser);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  const width = Math.max(...[...problems.keys()].map((p) => p.length), 4);
  const lines = [`${"page".padEnd(width)}  ${CHECKS.map((c) => c.padEnd(9)).join(" ")}`];
  // "-": nothing of the kind on the page (no chart, download or filter).
  const absent = (r: PageResult | undefined, c: CheckName) =>
    (c === "charts" && !r?.charts.length) || (c === "downloads" && !r?.downloads.length) || (c === "filters" && !r?.filter);
  for (const [path, byCheck] of problems) {
    const r = results.find((x) => x.path === path);
    lines.push(`${path.padEnd(width)}  ${CHECKS.map((c) => (byCheck[c].length ? `FAIL(${byCheck[c].length})` : absent(r, c) ? "-" : "ok").padEnd(9)).join(" ")}`);
  }
  const details = [...problems].flatMap(([path, byCheck]) => CHECKS.flatMap((c) => byCheck[c].map((p) => `  ${path} [${c}] ${p}`)));
  console.log(`${lines.join("\n")}\n${details.length ? `\nproblems:\n${details.join("\n")}\n` : ""}\nscreenshots: ${screenshotDir}`);
});

it("the built site has pages, the explainer and the sources among them", () => {
  expect(pages.length, `no pages in ${dist}: run npm run build`).toBeGreaterThan(0);
  expect(pages).toContain("/");
  expect(pages.filter((p) => p.startsWith("/sources/")).length).toBeGreaterThan(1);
});

it.skipIf(!existsSync(GUIDE_PATH))("the annotation guide's contract is read", () => {
  expect(Object.keys(contract)).toEqual(expect.arrayContaining(["articles", "quantities", "statements", "events"]));
  expect(contract.quantities).toEqual(expect.arrayContaining(["period_start", "period_end", "evidence", "char_start", "char_end"]));
  expect(contract.events).toEqual(expect.arrayContaining(["evidence", "char_start", "char_end"]));
});

describe.each(pages)("page %s", (path) => {
  beforeAll(async () => {
    const result = await collectPage(context, site.url, path, { dist, screenshotDir });
    results.push(result);
    problems.set(path, checkPage(result, contract));
  }, 120_000);

  it.each(CHECKS)("%s", (check) => {
    expect(problems.get(path)?.[check]).toEqual([]);
  });
});

it("every table of the contract can be downloaded as CSV", () => {
  expect(checkSiteDownloads(results, contract)).toEqual([]);
});

it.skipIf(!pages.includes("/methodology"))("the methodology page shows each recorded selection of real pages under its label", async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}/methodology`);
  await settle(page);
  const headings = await page.locator("h3").allTextContents();
  await page.close();
  for (const record of readRealNewsScores()) {
    expect(headings).toContain(record.label ? `${record.label[0].toUpperCase()}${record.label.slice(1)}` : "All pages");
  }
}, 60_000);

it.skipIf(!pages.includes("/timeline"))("the timeline's undated events cite each article by words no other article shares", async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}/timeline`);
  await settle(page);
  const lines = await page.locator("ul.undated li").evaluateAll((items) =>
    items.map((li) => ({ article: /\/sources\/([^#]+)/.exec(li.querySelector("a")?.getAttribute("href") ?? "")?.[1], cited: li.querySelector(".muted")?.textContent ?? "" })),
  );
  await page.close();
  const articlesByCitation = new Map<string, Set<string | undefined>>();
  for (const { article, cited } of lines) articlesByCitation.set(cited, (articlesByCitation.get(cited) ?? new Set()).add(article));
  const shared = [...articlesByCitation].filter(([, articles]) => articles.size > 1).map(([cited, articles]) => `${cited}: ${[...articles].join(", ")}`);
  expect(shared).toEqual([]);
}, 60_000);
