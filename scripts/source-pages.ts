/**
 * The source pages, one per article at /sources/<id>, written after Framework's build by
 * scripts/build-site.ts into the folder it is about to publish.
 *
 * Framework builds src/sources/[id].md once (observablehq.config.ts names only the first
 * article), and that page reads its article from its own address. Every other article gets
 * a copy of it under its own name, with its headline in <title>, and its data as
 * `_file/data/sources/<id>.<hash>.json`, named in the page's <meta name="source-data">:
 * the hash of the content, as Framework names its files, so that a browser never shows a
 * rebuilt page over the text of before. (`npm run dev` serves `<id>.json` out of
 * src/data/sources.tar, and the page asks for that when it has no such meta.)
 * Framework parsed each of 1,000 generated pages in about 150 ms; a copy costs a write.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleRow } from "../loaders/articles.ts";
import { InputError } from "../loaders/errors.ts";
import type { SiteData } from "../loaders/site.ts";
import { sourceViews } from "../loaders/source-pages.ts";

/** Where a built site keeps an article's data, relative to its root (the page fetches it from there). */
export const SOURCE_DATA_DIR = join("_file", "data", "sources");

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What a source page's <title> calls its article: the headline, else outlet, date and id. */
export function pageTitle(article: Pick<ArticleRow, "article_id" | "title" | "outlet" | "published">): string {
  if (article.title) return article.title;
  return `${article.outlet || "Article"}${article.published ? `, ${article.published}` : ""}: ${article.article_id}`;
}

/**
 * The built page with its <title> naming the article (the site's name after " | " is kept),
 * and, when given, the address of its data in <meta name="source-data">.
 */
export function withTitle(html: string, title: string, dataHref?: string): string {
  const at = /<title>([^<]*?)(?= \| [^<]*<\/title>|<\/title>)/.exec(html);
  if (!at) throw new Error("the built source page has no <title>");
  const end = html.indexOf("</title>", at.index) + "</title>".length;
  const meta = dataHref === undefined ? "" : `\n<meta name="source-data" content="${escapeHtml(dataHref)}">`;
  return `${html.slice(0, at.index)}<title>${escapeHtml(title)}${html.slice(at.index + at[0].length, end)}${meta}${html.slice(end)}`;
}

/** The data file's name: the id and the first 8 hex digits of the content's SHA-256. */
export function dataFileName(id: string, content: string): string {
  return `${id}.${createHash("sha256").update(content).digest("hex").slice(0, 8)}.json`;
}

/** The one source page Framework built (sources/<first id>.html), or undefined when there are no articles. */
export function builtSourcePage(siteDir: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(join(siteDir, "sources")).filter((name) => name.endsWith(".html") && name !== "index.html");
  } catch {
    return undefined;
  }
  if (names.length > 1) throw new Error(`expected Framework to build one source page, found ${names.length} in ${join(siteDir, "sources")}`);
  return names.length ? join(siteDir, "sources", names[0]) : undefined;
}

/**
 * Writes every article's page and data into a built site; returns how many. The pages are
 * byte for byte the page Framework built, but for the title, so they look, link and load
 * alike.
 */
export function writeSourcePages(siteDir: string, data: SiteData): number {
  const template = builtSourcePage(siteDir);
  if (!data.tables.articles.length) return 0;
  if (!template) throw new InputError(join(siteDir, "sources"), 0, "Framework built no source page to copy; is src/sources/[id].md there?");
  const html = readFileSync(template, "utf8");
  const dataDir = join(siteDir, SOURCE_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  let count = 0;
  for (const view of sourceViews(data)) {
    const id = view.article.article_id;
    const content = JSON.stringify(view);
    const file = dataFileName(id, content);
    writeFileSync(join(dataDir, file), content);
    writeFileSync(join(siteDir, "sources", `${id}.html`), withTitle(html, pageTitle(view.article), `../${SOURCE_DATA_DIR.split(/[\\/]/).join("/")}/${encodeURIComponent(file)}`));
    count++;
  }
  return count;
}
