/**
 * The explorers' ask path (src/components/table-download.js, issue #17): past `loadAtOnce`
 * rows (ARMS_LOAD_AT_ONCE, loaders/table-sizes.ts) an explorer page downloads no table
 * until the reader clicks, and its charts meanwhile draw the build-time counts.
 *
 * The build under test is copied with table-sizes.json saying loadAtOnce = 1, which is what
 * `ARMS_LOAD_AT_ONCE=1 npm run build` writes (the file holds nothing else that depends on
 * it), so every explorer over any corpus takes the ask path without a second build.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newContext, settle, watchPage, type Watch } from "./collect.ts";
import { serveDist, type Site } from "./server.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(process.env.BROWSER_TEST_DIST ?? resolve(root, "dist"));
const built = existsSync(join(dist, "timeline.html"));

let copy: string;
let sizes: { loadAtOnce: number; rows: Record<string, number> };
let site: Site;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!built) return;
  copy = mkdtempSync(join(tmpdir(), "ask-dist-"));
  cpSync(dist, copy, { recursive: true });
  const data = join(copy, "_file", "data");
  const file = readdirSync(data).find((name) => /^table-sizes\.[0-9a-f]{8}\.json$/.test(name));
  if (!file) throw new Error(`no table-sizes.json in ${data}`);
  sizes = { ...JSON.parse(readFileSync(join(data, file), "utf8")), loadAtOnce: 1 };
  writeFileSync(join(data, file), JSON.stringify(sizes));
  site = await serveDist(copy);
  browser = await launchChromium();
  context = await newContext(browser);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** The page opened, with the URLs it requested (table CSVs among them). */
async function open(path: string): Promise<{ page: Page; watch: Watch; requested: string[] }> {
  const page = await context.newPage();
  const watch = await watchPage(page);
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(new URL(path, site.url).href);
  await settle(page);
  return { page, watch, requested };
}

/** The overview chart: its declared rows and the marks it draws. */
const overviewChart = (page: Page) =>
  page.evaluate(() => {
    const chart = document.querySelector(".overview [data-rows]");
    if (!chart) return null;
    return { rows: Number(chart.getAttribute("data-rows")), marks: chart.querySelectorAll(chart.getAttribute("data-mark") ?? "none").length };
  });

const tableCsv = (requested: string[], name: string) => requested.filter((p) => new RegExp(`/${name}\\.[0-9a-f]{8}\\.csv$`).test(p));

describe.skipIf(!built)("an explorer over a table larger than it loads at once", () => {
  it.each([
    // The timeline's first card counts the events the filters show: those from its "From" date on.
    ["/timeline", ["events", "claims"], "events", false],
    ["/statements", ["statements"], "statements", true],
  ] as const)("%s asks first, draws the build-time counts, then loads and shows the rows", async (path, tables, shownTable, all) => {
    const { page, watch, requested } = await open(path);
    try {
      // Asked, not downloaded.
      const button = page.getByRole("button", { name: /^Load the / });
      await expect(button.textContent()).resolves.toContain(`${sizes.rows[tables[0]].toLocaleString("en-US")} ${tables[0]}`);
      for (const table of tables) expect(tableCsv(requested, table), `${table}.csv before the click`).toEqual([]);
      // The chart meanwhile: the build-time counts, every declared mark drawn.
      const overview = await overviewChart(page);
      expect(overview, "an overview chart before the click").not.toBeNull();
      expect(overview!.rows).toBeGreaterThan(0);
      expect(overview!.marks).toBe(overview!.rows);
      // Asked for: downloaded once, the rows shown, the overview gone.
      await button.click();
      await page.waitForFunction(() => document.querySelectorAll("form table tbody tr").length > 0, null, { timeout: 60_000 });
      await settle(page);
      for (const table of tables) expect(tableCsv(requested, table), `${table}.csv after the click`).toHaveLength(1);
      expect(await overviewChart(page)).toBeNull();
      const shown = await page.evaluate(() => document.querySelector(".grid .card .big")?.textContent?.replace(/,/g, ""));
      if (all) expect(Number(shown)).toBe(sizes.rows[shownTable]);
      else expect(Number(shown)).toBeGreaterThan(0), expect(Number(shown)).toBeLessThanOrEqual(sizes.rows[shownTable]);
      expect(await page.evaluate(() => document.querySelectorAll("[data-rows]").length)).toBeGreaterThan(0);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.failedRequests).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("/quantities asks first and draws its chart from the build-time dots", async () => {
    const { page, watch, requested } = await open("/quantities");
    try {
      const button = page.getByRole("button", { name: /^Load the / });
      await expect(button.textContent()).resolves.toContain(`${sizes.rows.quantities.toLocaleString("en-US")} quantities`);
      expect(tableCsv(requested, "quantities")).toEqual([]);
      const chart = await page.evaluate(() => {
        const c = document.querySelector("[data-rows]");
        return c ? { rows: Number(c.getAttribute("data-rows")), marks: c.querySelectorAll(c.getAttribute("data-mark") ?? "none").length } : null;
      });
      expect(chart?.rows).toBeGreaterThan(0);
      expect(chart?.marks).toBe(chart?.rows);
      await button.click();
      await page.waitForFunction(() => document.querySelectorAll("form table tbody tr").length > 0, null, { timeout: 60_000 });
      expect(tableCsv(requested, "quantities")).toHaveLength(1);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});
