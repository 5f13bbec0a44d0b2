import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../loaders/corpus.ts";
import { isKindModule, loadSourceKinds, SOURCE_KINDS, SOURCES_DIR } from "../loaders/source-kinds.ts";
import { buildTables } from "../loaders/tables.ts";
import { dropEmlKind, MAIL } from "./sources/fixtures.ts";

describe("the kinds of source", () => {
  it("are the modules of loaders/sources/, chosen by extension in one table", () => {
    expect(Object.fromEntries([...SOURCE_KINDS].map(([ext, kind]) => [ext, kind.module]))).toMatchObject({
      ".txt": "text.ts",
      ".md": "markdown.ts",
      ".html": "html.ts",
      ".htm": "html.ts",
      ".jsonl": "jsonl.ts",
      ".csv": "csv.ts",
    });
    expect(isKindModule("_feed-rows.ts")).toBe(false);
    expect(isKindModule("rss.ts")).toBe(true);
  });

  it("include a module dropped into loaders/sources/, with nothing else changed", async () => {
    const articles = mkdtempSync(join(tmpdir(), "kinds-"));
    writeFileSync(join(articles, "tip.eml"), MAIL);
    writeFileSync(join(articles, "other.txt"), "Russia denied the report on Wednesday, the Kremlin said.\n");
    // Without the module, the .eml file is not an article.
    expect(readCorpus(articles).map((a) => a.id)).toEqual(["other"]);
    const module = dropEmlKind();
    try {
      const kinds = await loadSourceKinds();
      expect(kinds.get(".eml")).toMatchObject({ name: "saved e-mail", module: basename(module) });
      const tables = buildTables(readCorpus(articles, kinds));
      expect(tables.articles.map((r) => [r.article_id, r.title, r.file])).toEqual([
        ["other", "", "other.txt"],
        ["tip", "Shells cross the border", "tip.eml"],
      ]);
      const shells = tables.quantities.find((r) => r.article_id === "tip")!;
      expect(shells.text).toBe("3,000 artillery shells");
      expect(MAIL.slice(shells.char_start, shells.char_end)).toBe(shells.text);
    } finally {
      rmSync(module, { force: true });
    }
  });

  it("refuse a module that is not a kind, and two kinds of one extension", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kinds-bad-"));
    writeFileSync(join(dir, "a.ts"), "export const sourceKind = { name: 'a', extensions: ['.x'], read: () => [] };\n");
    writeFileSync(join(dir, "b.ts"), "export const sourceKind = { name: 'b', extensions: ['.x'], read: () => [] };\n");
    await expect(loadSourceKinds(dir)).rejects.toThrow(/b\.ts: \.x is already read by a\.ts/);
    rmSync(join(dir, "b.ts"));
    writeFileSync(join(dir, "c.ts"), "export const helper = 1;\n");
    await expect(loadSourceKinds(dir)).rejects.toThrow(/c\.ts: a kind of source exports `sourceKind`/);
    // A new file name: a module is imported once per process.
    rmSync(join(dir, "c.ts"));
    writeFileSync(join(dir, "d.ts"), "export const sourceKind = { name: 'd', extensions: ['.Y'], read: () => [] };\n");
    await expect(loadSourceKinds(dir)).rejects.toThrow(/extension "\.Y" must be lower case/);
  });
});
