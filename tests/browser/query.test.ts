/**
 * The query page in Chromium: the Parquet tables load into DuckDB-WASM, served from the
 * site itself, and the first ready-made query shows rows when the page opens; SQL typed by
 * the reader runs too, and a wrong query says what is wrong instead of breaking the page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium, newContext, watchPage, type Watch } from "./collect.ts";
import { serveDist, type Site } from "./server.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(process.env.BROWSER_TEST_DIST ?? resolve(root, "dist"));
const built = existsSync(join(dist, "query.html"));

let site: Site;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: Watch;

/** Waits for the results to be in (the page drops aria-busy) and reads them. */
async function results(page: Page): Promise<{ status: string; error: string; rows: string[][] }> {
  await page.waitForFunction(() => document.querySelector(".query-results") && !document.querySelector('.query-results[aria-busy="true"]'), null, { timeout: 90_000 });
  return page.evaluate(() => {
    const box = document.querySelector(".query-results")!;
    return {
      status: box.querySelector("p.muted")?.textContent ?? "",
      error: box.querySelector(".query-error")?.textContent ?? "",
      rows: [...box.querySelectorAll("table tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())),
    };
  });
}

async function run(page: Page, sql: string) {
  await page.locator("textarea").fill(sql);
  await page.getByRole("button", { name: "Run the query" }).click();
  // The cell starts again and sets aria-busy; wait for that before waiting for the answer.
  await page.waitForTimeout(200);
  return results(page);
}

beforeAll(async () => {
  if (!built) return;
  site = await serveDist(dist);
  browser = await launchChromium();
  context = await newContext(browser);
  page = await context.newPage();
  watch = await watchPage(page);
  await page.goto(`${site.url}/query`, { waitUntil: "load" });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

it.skipIf(!built)("runs the first ready-made query when the page opens and shows its rows", async () => {
  const first = await results(page);
  expect(first.error).toBe("");
  expect(first.status).toMatch(/^\d[\d,]* rows? in [\d,]+ ms\.$/);
  expect(first.rows.length).toBeGreaterThan(0);
  // Loaded from the site: DuckDB's wasm and worker, the Parquet files; nothing from a CDN.
  expect(watch.offsiteRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
}, 120_000);

it.skipIf(!built)("runs SQL the reader types, over every row of a table", async () => {
  const answer = await run(page, "SELECT count(*) AS n FROM statements");
  expect(answer.error).toBe("");
  const csv = readdirSync(join(dist, "_file", "data")).find((f) => /^statements\.[0-9a-f]{8}\.csv$/.test(f))!;
  const rows = readFileSync(join(dist, "_file", "data", csv), "utf8").trim().split("\n").length - 1;
  // Inputs.table's first cell is its (empty) selection column.
  const n = Number(answer.rows[0]?.filter(Boolean)[0]?.replace(/,/g, ""));
  expect(n).toBeGreaterThan(0);
  // Quoted line breaks would make the CSV count high, never low.
  expect(n).toBeLessThanOrEqual(rows);
}, 120_000);

it.skipIf(!built)("says what is wrong with a query that fails", async () => {
  const answer = await run(page, "SELECT no_such_column FROM statements");
  expect(answer.error).toMatch(/The query failed: .*no_such_column/);
  expect(answer.rows).toEqual([]);
}, 120_000);

it.skipIf(!built)("holds every column of every table the data page offers, in its order, empty ones too", async () => {
  const data = join(dist, "_file", "data");
  for (const table of ["articles", "quantities", "statements", "events", "claims"]) {
    const csv = readdirSync(data).find((f) => new RegExp(`^${table}\\.[0-9a-f]{8}\\.csv$`).test(f))!;
    const header = readFileSync(join(data, csv), "utf8").split("\n")[0]!.split(",");
    const answer = await run(page, `SELECT string_agg(column_name, ',' ORDER BY column_index) AS c FROM duckdb_columns() WHERE table_name = '${table}'`);
    expect(answer.error).toBe("");
    expect(answer.rows[0]?.filter(Boolean)[0], table).toBe(header.join(","));
  }
}, 120_000);
