/**
 * Markup in an article is shown as text, never run: the site is built over the seed
 * articles plus one full of script tags, event handlers, javascript: links, Markdown and
 * ${…} expressions, a hostile saved web page (scripts, handlers, javascript: addresses,
 * markup in its title and outlet) and a feed row with markup in its title, and every
 * page is opened in Chromium to check that nothing executed.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newContext, settle } from "./collect.ts";
import { serveDist, sitePages, type Site } from "./server.ts";

const root = resolve(import.meta.dirname, "..", "..");
const HOSTILE_ID = "zz_markup";
const PAGE_ID = "zz_hostile-page";
const FEED_ID = "zz-feed-row";
const HOSTILE = [
  "Pyongyang <script>window.__pwned = 'script'</script> Ships Shells",
  "",
  `North Korea sent 1,000 containers <img src=x onerror="window.__pwned = 'img'"> to Russia, officials said on Monday.`,
  `"We deny it <svg onload=\"window.__pwned = 'svg'\">," a spokesman said. See [the report](javascript:window.__pwned='link').`,
  "The ministry said ${window.__pwned = 'interpolation'} was false and ```js window.__pwned = 'fence' ``` too.",
  "<iframe src=\"javascript:parent.__pwned='iframe'\"></iframe> **Bold** _claims_ and <b>tags</b> stay text.",
  "",
  "With reporting by Reuters",
].join("\n");

let dir: string;
let site: Site;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "markup-site-"));
  const articles = join(dir, "articles");
  cpSync(join(root, "data", "articles"), articles, { recursive: true });
  writeFileSync(join(articles, `${HOSTILE_ID}.md`), `---\npublished: 2024-06-24\n---\n${HOSTILE}\n`);
  cpSync(join(root, "tests", "fixtures", "sources", "hostile-page.html"), join(articles, `${PAGE_ID}.html`));
  const row = { id: FEED_ID, title: `<img src=x onerror="window.__pwned = 'feed'">Feed title`, outlet: "<b>Wire</b>", published: "2024-07-01", text: "Russia denied receiving 500 shells from North Korea, officials said on Monday." };
  writeFileSync(join(articles, "zz_feed.jsonl"), `${JSON.stringify(row)}\n`);
  const output = join(dir, "dist");
  // Asynchronously, so that the test worker keeps answering vitest during the build.
  const build = spawn("npm", ["run", "-s", "build"], { cwd: root, env: { ...process.env, ARMS_ARTICLES_DIR: articles, ARMS_SITE_OUTPUT: output } });
  let stderr = "";
  build.stderr.on("data", (chunk) => (stderr += chunk));
  build.stdout.resume();
  const status = await new Promise<number | null>((done) => build.on("close", done));
  if (status !== 0) throw new Error(`build failed:\n${stderr.slice(-3000)}`);
  site = await serveDist(output);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("markup in article text", () => {
  it("runs on no page, and the source page shows it as text", async () => {
    const context = await newContext(browser);
    const pages = sitePages(site.root);
    expect(pages).toEqual(expect.arrayContaining([`/sources/${HOSTILE_ID}`, `/sources/${PAGE_ID}`, `/sources/${FEED_ID}`]));
    for (const path of pages) {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${site.url}${path}`);
      await settle(page);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);
      expect({ path, pwned, dialogs }).toEqual({ path, pwned: null, dialogs: [] });
      if (path === `/sources/${HOSTILE_ID}`) {
        const text = await page.locator(".source-text").innerText();
        expect(text).toContain("<script>window.__pwned = 'script'</script>");
        expect(text).toContain(`<img src=x onerror="window.__pwned = 'img'">`);
        expect(text).toContain("${window.__pwned = 'interpolation'}");
        expect(text).toContain("[the report](javascript:window.__pwned='link')");
        expect(await page.locator(".source-text script, .source-text img, .source-text iframe, .source-text svg").count()).toBe(0);
      }
      if (path === `/sources/${PAGE_ID}`) {
        expect(await page.locator("h1").first().innerText()).toBe(`<script>window.__pwned=3</script><b onmouseover="window.__pwned=4">Hostile</b> headline`);
        expect(await page.locator("main").innerText()).toContain("<img src=x onerror=window.__pwned=5>Evil Outlet");
        expect(await page.locator("a", { hasText: "original address" }).count()).toBe(0);
        expect(await page.locator("a", { hasText: "Download this text" }).getAttribute("href")).toMatch(/^blob:/);
      }
      if (path === `/sources/${FEED_ID}`) {
        expect(await page.locator("h1").first().innerText()).toBe(`<img src=x onerror="window.__pwned = 'feed'">Feed title`);
      }
      // No link of any page leads to a javascript: address.
      expect(await page.locator('a[href^="javascript:" i], [src^="javascript:" i]').count()).toBe(0);
      await page.close();
    }
    await context.close();
  }, 300_000);
});
