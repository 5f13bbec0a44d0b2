import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../loaders/cli.ts";
import { readCorpus } from "../loaders/corpus.ts";
import { parseCsv } from "../loaders/csv.ts";
import { isKindModule, loadSourceKinds, SOURCE_KINDS, SOURCES_DIR } from "../loaders/source-kinds.ts";
import { runCommand } from "./run-command.ts";

const tsx = join(PROJECT_DIR, "node_modules", ".bin", "tsx");

/** The README's example: a kind of source for mail saved as `.eml`, the Subject as title, the body as text. */
const EML_KIND = `
import { decodeArticle, articleId, type SourceKind } from "../source-file.ts";

export const sourceKind: SourceKind = {
  name: "saved e-mail",
  extensions: [".eml"],
  read(file, bytes) {
    const raw = decodeArticle(file, bytes);
    const headerEnd = raw.search(/\\r?\\n\\r?\\n/);
    const title = /^Subject: (.*)$/m.exec(raw.slice(0, headerEnd))?.[1];
    const bodyStart = headerEnd + (raw[headerEnd] === "\\r" ? 4 : 2);
    return [{ id: articleId(file), file, raw, meta: title ? { title } : {}, bodyStart }];
  },
};
`;

const MAIL = "From: desk@example.org\nSubject: Shells cross the border\n\nNorth Korea sent 3,000 artillery shells to Russia in May, officials in Seoul said on Tuesday.\n";

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
    const module = join(SOURCES_DIR, `zz-dropped-by-test-${process.pid}.ts`);
    const articles = mkdtempSync(join(tmpdir(), "kinds-"));
    const out = mkdtempSync(join(tmpdir(), "kinds-out-"));
    writeFileSync(join(articles, "tip.eml"), MAIL);
    writeFileSync(join(articles, "other.txt"), "Russia denied the report on Wednesday, the Kremlin said.\n");
    // Without the module, the .eml file is not an article.
    expect(readCorpus(articles).map((a) => a.id)).toEqual(["other"]);
    writeFileSync(module, EML_KIND);
    try {
      const kinds = await loadSourceKinds();
      expect(kinds.get(".eml")?.name).toBe("saved e-mail");
      // A fresh process, as `npm run extract` and the site's data loaders are.
      const run = await runCommand(tsx, [join(PROJECT_DIR, "scripts", "extract.ts"), "--articles", articles, "--out", out]);
      expect(run.status, run.stderr).toBe(0);
      const rows = parseCsv(readFileSync(join(out, "articles.csv"), "utf8"));
      expect(rows.map((r) => [r.article_id, r.title, r.file])).toEqual([
        ["other", "", "other.txt"],
        ["tip", "Shells cross the border", "tip.eml"],
      ]);
      const shells = parseCsv(readFileSync(join(out, "quantities.csv"), "utf8")).find((r) => r.article_id === "tip")!;
      expect(shells.text).toContain("3,000 artillery shells");
      expect(MAIL.slice(Number(shells.char_start), Number(shells.char_end))).toBe(shells.text);
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
