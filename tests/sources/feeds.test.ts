import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleFile, readCorpus } from "../../loaders/corpus.ts";
import { safeIdFor } from "../../loaders/sources/_feed-rows.ts";
import { buildTables } from "../../loaders/tables.ts";
import { writeSyntheticFeed } from "../../scripts/synthetic-corpus.ts";
import { CSV, ROW_TEXT } from "./fixtures.ts";

function feed(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "feed-"));
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

describe("a CSV feed", () => {
  it("gives one article per row, its text as given and its metadata from the columns", () => {
    const file = feed("wire.csv", CSV);
    const [first, second] = readArticleFile(file);
    expect(first).toMatchObject({ id: "yon-1", file, line: 2, raw: ROW_TEXT, bodyStart: 0 });
    expect(first.meta).toMatchObject({ title: "Shells, and more shells", outlet: "Yonhap", url: "https://news.example/a", published: "2024-10-01", publishedSource: "feed" });
    // The first row's text holds a line break, and a blank line follows it.
    expect(second).toMatchObject({ id: "yon-2", line: 5, raw: "Russia denied it on Tuesday. Officials in Kyiv disagreed.", meta: {} });
    const tables = buildTables([first, second]);
    expect(tables.articles[0]).toMatchObject({ article_id: "yon-1", published: "2024-10-01", published_basis: "metadata", file: "wire.csv" });
    expect(tables.articles[0].published_note).toMatch(/^Field `published` "2024-10-01T08:00:00\+09:00" of wire\.csv, line 2/);
    const shells = tables.quantities.find((q) => q.article_id === "yon-1")!;
    expect(ROW_TEXT.slice(shells.char_start, shells.char_end)).toBe(shells.text);
    expect(shells.text).toBe("about 1,000 artillery shells");
  });

  it.each([
    ["a bad address", CSV.replace("https://news.example/a", "javascript:alert(1)"), 2, "field `url` must be an http:// or https:// address"],
    ["an impossible date", CSV.replace("2024-10-01T08:00:00+09:00", "2024-02-30"), 2, "field `published` must be a date written YYYY-MM-DD"],
    ["an unsafe id", CSV.replace("yon-2,", "NYT:12/3,"), 5, 'field `id` "NYT:12/3" is not a safe id: use letters, digits, ".", "_" and "-", starting with a letter or digit, at most 100 characters (it names the article\'s page), e.g. "NYT-12-3"'],
    ["a missing id", CSV.replace("yon-2,", ","), 5, "field `id` is missing: every row needs an id"],
    ["an empty text", CSV.replace(/yon-2,,,,,.*,/, "yon-2,,,,,  ,"), 5, "field `text` is empty"],
    ["a missing column", "id,title\na,b\n", 1, "the header has no column `text`"],
    ["an unclosed quotation mark", 'id,text\na,"One sentence here.\nb,Another sentence here.\n', 2, "Quoted field unterminated"],
    ["a field too many", "id,text\na,One sentence here.\nb,Two, three.\n", 3, "Too many fields: expected 2 fields but parsed 3"],
    ["a text with no sentence", "id,text\na,One sentence here.\nb,\"1,200 · 3\"\n", 3, 'article "b": the article has no sentences'],
  ])("refuses a row with %s, naming the file, the line and the field", (_, content, line, message) => {
    const file = feed("bad.csv", content);
    expect(() => readArticleFile(file)).toThrow(`${file}:${line}: ${message}`);
  });

  it("suggests a safe id for an unsafe one", () => {
    expect(safeIdFor("Le Monde: café/2024")).toBe("Le-Monde-cafe-2024");
    expect(safeIdFor("«»")).toBe("article-1");
  });

  it("refuses an id used twice, within a feed or with another file", () => {
    const dir = mkdtempSync(join(tmpdir(), "feed-"));
    writeFileSync(join(dir, "wire.csv"), CSV);
    writeFileSync(join(dir, "yon-2.txt"), "Seoul said on Friday that the shipments continue.\n");
    expect(() => readCorpus(dir)).toThrow(/yon-2\.txt:1: duplicate article id "yon-2" \(also .*wire\.csv:5\)/);
  });

  // 2,000 rows keep the test quick; the README gives the time of a 10,000-row feed.
  it("reads thousands of rows, each with its line", () => {
    const file = join(mkdtempSync(join(tmpdir(), "feed-")), "big.csv");
    writeSyntheticFeed(file, 2_000, 7);
    const articles = readArticleFile(file);
    expect(articles).toHaveLength(2_000);
    expect(new Set(articles.map((a) => a.id)).size).toBe(2_000);
    // Each row's text ends with a signature line and a line break: its lines add up.
    const lines = articles.map((a) => a.line!);
    for (let i = 1; i < articles.length; i++) expect(lines[i]).toBe(lines[i - 1] + articles[i - 1].raw.split("\n").length);
  });
});

describe("a JSON Lines feed", () => {
  it("gives one article per object, and refuses a bad line with its number", () => {
    const text = `${JSON.stringify({ id: 7, title: "Rockets", text: "Pyongyang sent 50 rockets to Moscow. Officials said so." })}\n\n${JSON.stringify({ id: "ap-2", published: "2024-06-01", text: "Russia denied the report on Saturday." })}\n`;
    const articles = readArticleFile(feed("wire.jsonl", text));
    expect(articles.map((a) => [a.id, a.line, a.meta.title ?? "", a.meta.published ?? ""])).toEqual([
      ["7", 1, "Rockets", ""],
      ["ap-2", 3, "", "2024-06-01"],
    ]);
    const bad = feed("bad.jsonl", `${text}{"id": "x", "text": "Cut short`);
    expect(() => readArticleFile(bad)).toThrow(new RegExp(`${bad}:4: not a JSON object: `));
    const array = feed("array.jsonl", `["id", "text"]\n`);
    expect(() => readArticleFile(array)).toThrow(`${array}:1: a row must be an object`);
    const number = feed("number.jsonl", `{"id": "a", "title": 5, "text": "A sentence is here."}\n`);
    expect(() => readArticleFile(number)).toThrow(`${number}:1: field \`title\` must be text`);
  });
});
