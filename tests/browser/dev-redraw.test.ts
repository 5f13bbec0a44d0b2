/**
 * `npm run dev` re-draws the explainer when an editor adds articles (issue #16): the
 * estimates chart and the map of an open page gain the new article's figure and places
 * without a reload. The dev server runs over a temporary copy of the seeds lacking two
 * articles; the test adds them and waits for the charts' declared rows to grow.
 *
 * It runs Framework's preview in this worktree (its loader cache, src/.observablehq/cache),
 * so it must not run while a build of the same worktree does; the next build re-runs the
 * loaders (scripts/watch-inputs.ts invalidates the cache of another articles folder).
 * Skipped when the seeds (../shared/articles) are not there.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium, newContext } from "./collect.ts";

const root = resolve(import.meta.dirname, "../..");
const seeds = resolve(root, "..", "shared", "articles");
const seedFiles = existsSync(seeds) ? readdirSync(seeds).filter((name) => /\.(txt|md|html?)$/.test(name)).sort() : [];
// The seeds' third and fifth articles carry the US officials' estimate and two of the map's places.
const added = seedFiles.filter((_, i) => i === 2 || i === 4);

let folder: string;
let server: ChildProcess | undefined;
let browser: Browser;
let page: Page;
let url = "";

/** Starts `npm run dev` over `articles` and resolves with its address once it serves. */
function startDev(articles: string): Promise<string> {
  return new Promise((done, fail) => {
    server = spawn(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/watch-inputs.ts", "--serve", "--no-open"], {
      cwd: root,
      env: { ...process.env, ARMS_ARTICLES_DIR: articles, OBSERVABLE_TELEMETRY_DISABLE: "true" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let log = "";
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const address = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(log.replace(/\u001b\[[0-9;]*m/g, ""));
      if (address) done(address[1]);
    };
    server.stdout!.on("data", read);
    server.stderr!.on("data", read);
    server.on("exit", (code) => fail(new Error(`npm run dev exited (${code}):\n${log}`)));
  });
}

/** The rows the explainer's estimates chart and map declare (0 before they are drawn). */
const declared = (page: Page) =>
  page.evaluate(() => ({
    estimates: Number(document.querySelector("#estimates [data-rows]")?.getAttribute("data-rows") ?? 0),
    places: Number(document.querySelector("#map [data-rows]")?.getAttribute("data-rows") ?? 0),
  }));

beforeAll(async () => {
  if (added.length < 2) return;
  folder = mkdtempSync(join(tmpdir(), "dev-articles-"));
  mkdirSync(folder, { recursive: true });
  for (const name of seedFiles) if (!added.includes(name)) copyFileSync(join(seeds, name), join(folder, name));
  url = await startDev(folder);
  browser = await launchChromium();
  page = await (await newContext(browser)).newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  // The server and its children (Framework's preview, the loaders) are one process group.
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

it.skipIf(added.length < 2)("the estimates chart and the map re-draw when articles are added", async () => {
  await page.goto(`${url}/`);
  // The first visit runs the loaders over the smaller corpus.
  await page.waitForFunction(() => document.querySelector("#estimates [data-rows]") && document.querySelector("#map [data-rows]"), null, { timeout: 300_000 });
  const before = await declared(page);
  expect(before.estimates).toBeGreaterThan(0);
  for (const name of added) copyFileSync(join(seeds, name), join(folder, name));
  // The open page is pushed the new data: no reload.
  await page.waitForFunction(
    (b) => {
      const rows = (selector: string) => Number(document.querySelector(selector)?.getAttribute("data-rows") ?? 0);
      return rows("#estimates [data-rows]") > b.estimates && rows("#map [data-rows]") > b.places;
    },
    before,
    { timeout: 300_000, polling: 1000 },
  );
  const after = await declared(page);
  expect(after.estimates).toBeGreaterThan(before.estimates);
  expect(after.places).toBeGreaterThan(before.places);
  // Every mark the charts declare is drawn.
  const drawn = await page.evaluate(() =>
    ["#estimates", "#map"].map((id) => {
      const chart = document.querySelector(`${id} [data-rows]`)!;
      return [Number(chart.getAttribute("data-rows")), chart.querySelectorAll(chart.getAttribute("data-mark")!).length];
    }),
  );
  for (const [rows, marks] of drawn) expect(marks).toBe(rows);
}, 660_000);
