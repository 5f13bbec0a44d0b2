/**
 * The source pages written after Framework's build (scripts/source-pages.ts): one page per
 * article at sources/<id>.html, the page Framework built with the article's headline as
 * its title, and the article's data where the page fetches it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ARTICLES_DIR } from "../loaders/cli.ts";
import { sourceView } from "../loaders/source-pages.ts";
import { builtSourcePage, dataFileName, pageTitle, SOURCE_DATA_DIR, withTitle, writeSourcePages } from "../scripts/source-pages.ts";
import { corpusTables } from "./helpers.ts";

const { articles, tables } = corpusTables(ARTICLES_DIR);
const data = { tables, texts: Object.fromEntries(articles.map((a) => [a.id, a.raw])), bodyStarts: Object.fromEntries(articles.map((a) => [a.id, a.bodyStart])) };
const PAGE = `<!DOCTYPE html><html><head><title>Source article | North Korea&#x27;s arms for Russia</title><script type="module">import "../_observablehq/client.js";</script></head><body><main></main></body></html>`;

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A built site holding the one source page Framework builds: the first article's. */
function builtSite(): string {
  dir = mkdtempSync(join(tmpdir(), "source-pages-"));
  mkdirSync(join(dir, "sources"));
  writeFileSync(join(dir, "sources", "index.html"), "<title>Sources</title>");
  writeFileSync(join(dir, "sources", `${data.tables.articles[0].article_id}.html`), PAGE);
  return dir;
}

describe("source pages written after the build", () => {
  it("one page and one data file per article, the page Framework built with the article's title", () => {
    const site = builtSite();
    expect(writeSourcePages(site, data)).toBe(articles.length);
    const pages = readdirSync(join(site, "sources")).filter((n) => n !== "index.html").sort();
    expect(pages).toEqual(data.tables.articles.map((a) => `${a.article_id}.html`).sort());
    for (const article of data.tables.articles) {
      const html = readFileSync(join(site, "sources", `${article.article_id}.html`), "utf8");
      const content = JSON.stringify(sourceView(data, article.article_id));
      const file = dataFileName(article.article_id, content);
      const title = pageTitle(article).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      expect(html).toBe(PAGE.replace("<title>Source article | North Korea&#x27;s arms for Russia</title>", `<title>${title} | North Korea&#x27;s arms for Russia</title>\n<meta name="source-data" content="../_file/data/sources/${file}">`));
      expect(readFileSync(join(site, SOURCE_DATA_DIR, file), "utf8")).toBe(content);
    }
    // The name changes with the content, so that no browser keeps an article's old data.
    expect(dataFileName("a", "{}")).not.toBe(dataFileName("a", "{ }"));
    expect(readFileSync(join(site, "sources", "index.html"), "utf8")).toBe("<title>Sources</title>");
  });

  it("markup in a headline is text in the title", () => {
    expect(withTitle(PAGE, `<script>alert(1)</script> & "Shells"`, `x.json"><script>`)).toContain(`<meta name="source-data" content="x.json&#34;&#62;&#60;script&#62;">`);
    expect(withTitle(PAGE, `<script>alert(1)</script> & "Shells"`)).toContain("<title>&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Shells&#34; | North Korea&#x27;s arms for Russia</title>");
    expect(pageTitle({ article_id: "x1", title: "", outlet: "Wire", published: "2024-06-24" })).toBe("Wire, 2024-06-24: x1");
  });

  it("no articles, no pages; a built site without its source page is an error, not a site without sources", () => {
    const site = builtSite();
    expect(writeSourcePages(site, { tables: { ...data.tables, articles: [] }, texts: {} })).toBe(0);
    rmSync(join(site, "sources", `${data.tables.articles[0].article_id}.html`));
    expect(builtSourcePage(site)).toBeUndefined();
    expect(() => writeSourcePages(site, data)).toThrow(/built no source page/);
  });
});
