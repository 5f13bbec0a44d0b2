/**
 * npm run check:links [-- DIST]
 *
 * Checks every page of the built site for links and references that lead nowhere:
 * <a href>, <link href>, <script src>, <img src> and module imports pointing to files
 * that are not in dist/. Pages are addressed without ".html", as Framework links them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseCommandLineWithFolder } from "../loaders/cli.ts";

export interface BrokenLink {
  page: string;
  link: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith(".html") ? [path] : [];
  });
}

/** Whether a site path (without query or hash) names a file or page in dist. */
function exists(dist: string, sitePath: string): boolean {
  const path = join(dist, decodeURIComponent(sitePath));
  if (sitePath.endsWith("/")) return existsSync(join(path, "index.html"));
  return (existsSync(path) && statSync(path).isFile()) || existsSync(`${path}.html`);
}

export function brokenLinks(dist: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(dist)) {
    const page = `/${relative(dist, file).replace(/\\/g, "/")}`;
    const html = readFileSync(file, "utf8");
    const links = [...html.matchAll(/\b(?:href|src)="([^"]+)"/g), ...html.matchAll(/\bimport\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]);
    for (const link of links) {
      if (/^(?:[a-z]+:|#|\/\/)/i.test(link) || link.includes("${")) continue; // external, in-page, or a template in page code
      const [path] = link.split(/[?#]/);
      if (!path) continue;
      const target = path.startsWith("/") ? path : posix.join(posix.dirname(page), path);
      if (!exists(dist, target)) broken.push({ page, link });
    }
  }
  return broken;
}

const USAGE = "usage: npm run check:links -- [DIST]   (the built site, dist/ by default)";

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { folder } = parseCommandLineWithFolder(USAGE, {});
  const dist = folder ?? join(dirname(new URL(import.meta.url).pathname), "..", "dist");
  if (!existsSync(dist)) {
    console.error(`error: ${dist} does not exist; run npm run build first`);
    process.exit(1);
  }
  const broken = brokenLinks(dist);
  for (const b of broken) console.error(`broken link on ${b.page}: ${b.link}`);
  console.log(`${htmlFiles(dist).length} pages checked, ${broken.length} broken links`);
  process.exit(broken.length ? 1 : 0);
}
