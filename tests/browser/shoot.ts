/**
 * Screenshots of chosen pages at desktop and phone widths, without the checks:
 * npx tsx tests/browser/shoot.ts DIST OUTDIR [PATH…] (default: every page but the sources'
 * articles after the first). A quick look while working on a page; npm run test:browser
 * takes the same screenshots with every check. SHOOT_SELECTOR=CSS shoots each element it matches instead;
 * SHOOT_SPLIT=PX cuts each full page into parts of that height (-part1.png …), which an image
 * viewer shows without shrinking a 6,000 px phone page to illegibility. DIST may be the URL of a
 * running site (`npm run dev`) instead of a folder; then name the PATHs.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchChromium, newContext, settle, DESKTOP, PHONE } from "./collect.ts";
import { pageSlug, serveDist, sitePages } from "./server.ts";

const [distArg, outArg, ...only] = process.argv.slice(2);
if (!distArg || !outArg) {
  console.error("usage: npx tsx tests/browser/shoot.ts DIST OUTDIR [PATH…]");
  process.exit(2);
}
const live = /^https?:\/\//.test(distArg);
const dist = resolve(distArg);
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
const all = live ? ["/"] : sitePages(dist);
const pages = only.length ? only : all.filter((p) => !p.startsWith("/sources/") || p === all.find((q) => q.startsWith("/sources/") && q !== "/sources/"));
const site = live ? { url: distArg, close: async () => {} } : await serveDist(dist);
const browser = await launchChromium();
const context = await newContext(browser);
const page = await context.newPage();
for (const path of pages) {
  for (const [name, size] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    await page.setViewportSize(size);
    await page.goto(new URL(path, site.url).href);
    await settle(page);
    const file = `${out}/${pageSlug(path)}-${name}.png`;
    const selector = process.env.SHOOT_SELECTOR;
    if (selector) {
      const found = await page.locator(selector).all();
      for (const [i, element] of found.entries()) await element.screenshot({ path: file.replace(/\.png$/, `-${i + 1}.png`) });
    } else if (Number(process.env.SHOOT_SPLIT) > 0) {
      const part = Number(process.env.SHOOT_SPLIT);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 1; y < height; y += part, i++) {
        await page.screenshot({ path: file.replace(/\.png$/, `-part${i}.png`), fullPage: true, clip: { x: 0, y, width: size.width, height: Math.min(part, height - y) } });
      }
    } else await page.screenshot({ path: file, fullPage: true });
  }
  console.log(path);
}
await browser.close();
await site.close();
