/**
 * Screenshots of chosen pages at desktop and phone widths, without the checks:
 * npx tsx tests/browser/shoot.ts DIST OUTDIR [PATH…] (default: every page but the sources'
 * articles after the first). A quick look while working on a page; npm run test:browser
 * takes the same screenshots with every check. SHOOT_SELECTOR=CSS shoots each element it matches instead.
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
const dist = resolve(distArg);
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
const all = sitePages(dist);
const pages = only.length ? only : all.filter((p) => !p.startsWith("/sources/") || p === all.find((q) => q.startsWith("/sources/") && q !== "/sources/"));
const site = await serveDist(dist);
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
    } else await page.screenshot({ path: file, fullPage: true });
  }
  console.log(path);
}
await browser.close();
await site.close();
