import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../../loaders/cli.ts";
import { readArticleFile, readCorpus } from "../../loaders/corpus.ts";
import { boilerplateSelector } from "../../loaders/sources/_page-text.ts";
import { buildTables, type Tables } from "../../loaders/tables.ts";

const FIXTURES = join(PROJECT_DIR, "tests", "fixtures", "sources");
const fixture = (name: string) => join(FIXTURES, name);
const page = (name: string) => readArticleFile(fixture(name))[0];

type Row = Record<string, string | number>;

/** An article's rows as its text places them: ids and article dropped, offsets from where its prose begins. */
function rowsOf(tables: Tables, articleId: string, bodyStart: number): Record<string, Row[]> {
  const shift = (row: Row): Row => {
    const { quantity_id, statement_id, event_id, article_id, ...rest } = row;
    return { ...rest, char_start: Number(row.char_start) - bodyStart, char_end: Number(row.char_end) - bodyStart };
  };
  const of = (name: "quantities" | "statements" | "events") => (tables[name] as unknown as Row[]).filter((r) => r.article_id === articleId).map(shift);
  return { quantities: of("quantities"), statements: of("statements"), events: of("events") };
}

describe("a saved web page", () => {
  it("extracts to the same rows as its text pasted into a .txt, with the page's title, outlet and date", () => {
    const dir = mkdtempSync(join(tmpdir(), "html-"));
    copyFileSync(fixture("saved-page.html"), join(dir, "saved-page.html"));
    copyFileSync(fixture("pasted.txt"), join(dir, "pasted.txt"));
    const articles = readCorpus(dir);
    const [pasted, saved] = articles;
    expect(saved.raw).toBe(readFileSync(fixture("body.txt"), "utf8"));
    const tables = buildTables(articles);
    const [pastedRow, savedRow] = tables.articles;
    expect(savedRow).toMatchObject({
      article_id: "saved-page",
      title: "North Korea Sent 20,000 Containers of Munitions to Russia, Seoul Says",
      outlet: "The Harbour Ledger",
      published: "2024-10-14",
      published_basis: "metadata",
      url: "https://ledger.example/world/2024/10/14/nk-containers",
      file: "saved-page.html",
    });
    expect(savedRow.published_note).toMatch(/^The page's JSON-LD NewsArticle `datePublished` "2024-10-14T07:30:00\+09:00"/);
    for (const column of ["title", "outlet", "published", "sentences"] as const) expect(savedRow[column]).toBe(pastedRow[column]);
    const fromPage = rowsOf(tables, "saved-page", saved.bodyStart);
    expect(fromPage).toEqual(rowsOf(tables, "pasted", pasted.bodyStart));
    expect(fromPage.quantities.map((r) => r.text)).toEqual(expect.arrayContaining(["about 20,000 containers of munitions", "as many as 9.4 million artillery shells"]));
    expect(fromPage.statements.length).toBeGreaterThanOrEqual(3);
    expect(fromPage.events.length).toBeGreaterThanOrEqual(2);
    // Every offset points into the extracted text.
    for (const row of tables.quantities.filter((r) => r.article_id === "saved-page")) expect(saved.raw.slice(row.char_start, row.char_end)).toBe(row.text);
    for (const word of ["cookies", "Subscribe", "Advertisement", "Read more", "Share on", "Photo:", "Asia briefing", "More from World", "All rights reserved", "Min-ji Park"]) {
      expect(saved.raw).not.toContain(word);
    }
  });

  it("takes OpenGraph and <meta> tags where there is no JSON-LD, and reads the charset the page declares", () => {
    const article = page("opengraph-page.html");
    expect(article.meta).toMatchObject({ title: "Pyongyang Sends More Rockets to Moscow", outlet: "Eastern Wire", published: "2024-11-02" });
    expect(article.meta.publishedNote).toBe(`The page's <meta name="pubdate"> "2024-11-02"`);
    expect(article.meta.url).toBeUndefined(); // og:url was a javascript: address
    expect(article.raw).toContain("The café owner");
    expect(article.raw).not.toMatch(/Comments|Great article|Home/);
  });

  it("leaves to the text's own signatures what the page does not say", () => {
    const dir = mkdtempSync(join(tmpdir(), "html-"));
    copyFileSync(fixture("signatures-page.html"), join(dir, "signatures-page.html"));
    const [row] = buildTables(readCorpus(dir)).articles;
    expect(row).toMatchObject({ title: "Russia and North Korea hold talks", outlet: "Yonhap", published: "2024-11-07", published_basis: "inferred" });
    expect(row.published_note).toMatch(/Thursday 2024-11-07/);
  });

  it("keeps hostile markup as inert text: no script's output, no javascript: address", () => {
    const article = page("hostile-page.html");
    expect(article.meta.title).toBe(`<script>window.__pwned=3</script><b onmouseover="window.__pwned=4">Hostile</b> headline`);
    expect(article.meta.outlet).toBe("<img src=x onerror=window.__pwned=5>Evil Outlet");
    expect(article.meta.url).toBeUndefined();
    expect(article.raw).not.toMatch(/9,999|written by a script|__pwned=(?!12)/);
    expect(article.raw).toContain("<script>window.__pwned=12</script> is text an editor typed");
    expect(article.raw).toContain("Click here for more.");
  });

  it("refuses a page with no article text, naming the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "html-"));
    const file = join(dir, "empty.html");
    // A page whose article a script draws, saved before it ran.
    writeFileSync(file, "<html><head><title>Story</title></head><body><div id='root'></div><script src='app.js'></script></body></html>");
    expect(() => readArticleFile(file)).toThrow(`${file}:1: no article text found in the page`);
    writeFileSync(file, "<html><body><article><p>2024 · 10 · 14</p><p>* * *</p><p>1,200</p></article></body></html>");
    expect(() => readArticleFile(file)).toThrow(/empty\.html:1: article "empty": the article has no sentences/);
  });

  it("names a selector of data/page-boilerplate.yaml that is not CSS", () => {
    const dir = mkdtempSync(join(tmpdir(), "boilerplate-"));
    writeFileSync(join(dir, "page-boilerplate.yaml"), "- selector: '.ad'\n  reason: ads\n- selector: 'div[[['\n  reason: broken\n");
    expect(() => boilerplateSelector(dir)).toThrow(`page-boilerplate.yaml:0: entry 2: "div[[[" is not a CSS selector`);
  });
});
