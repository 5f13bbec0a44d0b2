import { runCommand } from "./run-command.ts";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../loaders/cli.ts";
import { parseCsv } from "../loaders/csv.ts";

const tsx = join(PROJECT_DIR, "node_modules", ".bin", "tsx");
const shared = join(PROJECT_DIR, "..", "shared");

function extract(articles: string, out: string) {
  return runCommand(tsx, [join(PROJECT_DIR, "scripts", "extract.ts"), "--articles", articles, "--out", out]);
}

describe("npm run extract", () => {
  it("writes every table; articles.csv's published dates equal the gold's", async () => {
    const out = mkdtempSync(join(tmpdir(), "extract-"));
    const run = await extract(join(shared, "articles"), out);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(expect.arrayContaining(["articles.csv", "events.csv", "quantities.csv", "statements.csv"]));
    const rows = parseCsv(readFileSync(join(out, "articles.csv"), "utf8"));
    const gold = parseCsv(readFileSync(join(shared, "gold", "articles.csv"), "utf8"));
    expect(rows.map((r) => [r.article_id, r.published])).toEqual(gold.map((g) => [g.article_id, g.published]));
  });

  it("picks up a sixth article dropped into the folder", async () => {
    const articles = mkdtempSync(join(tmpdir(), "articles-"));
    cpSync(join(shared, "articles"), articles, { recursive: true });
    writeFileSync(join(articles, "005_new.md"), "---\ntitle: Pyongyang Ships More Shells\noutlet: Yonhap\npublished: 2024-10-01\n---\nNorth Korea shipped 1,000 containers to Russia, Seoul said on Monday.\n");
    const out = mkdtempSync(join(tmpdir(), "extract-"));
    expect((await extract(articles, out)).status).toBe(0);
    const rows = parseCsv(readFileSync(join(out, "articles.csv"), "utf8"));
    expect(rows).toHaveLength(6);
    expect(rows[5]).toMatchObject({ article_id: "005_new", title: "Pyongyang Ships More Shells", outlet: "Yonhap", published: "2024-10-01", published_basis: "metadata" });
  });

  it("stops on a bad file with one clear line and writes nothing", async () => {
    const articles = mkdtempSync(join(tmpdir(), "articles-"));
    writeFileSync(join(articles, "good.txt"), "A fine article about 300 shells.");
    writeFileSync(join(articles, "bad.md"), "---\ntitle: fine\npublished: 12 June\n---\nBody.");
    const out = join(mkdtempSync(join(tmpdir(), "extract-")), "tables");
    const run = await extract(articles, out);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`error: ${join(articles, "bad.md")}:3: front matter field \`published\` must be a date written YYYY-MM-DD`);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a file name the site cannot publish with one line, exit 1 and no table written (article-files.ts)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "article-files-"));
    writeFileSync(join(dir, "good.txt"), "North Korea shipped 1,000 containers to Russia, Seoul said on Monday.\n");
    writeFileSync(join(dir, "q#frag.txt"), "North Korea shipped 1,000 containers to Russia, Seoul said on Monday.\n");
    const out = mkdtempSync(join(tmpdir(), "article-files-out-"));
    const run = await extract(dir, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`error: ${dir}/q#frag.txt:0: the file name contains "#", which the address of its source page cannot hold; rename the file\n`);
  });

  it("with --out naming a file: one line, exit 1, the file untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "out-file-"));
    mkdirSync(join(dir, "articles"));
    writeFileSync(join(dir, "articles", "a.txt"), "North Korea shipped 1,000 containers to Russia, Seoul said on Monday.\n");
    writeFileSync(join(dir, "tables"), "my notes\n");
    const run = await extract(join(dir, "articles"), join(dir, "tables"));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`error: ${join(dir, "tables")}:0: cannot write the tables into this folder: a file of that name is in the way of the folder (EEXIST); nothing was written\n`);
    expect(readFileSync(join(dir, "tables"), "utf8")).toBe("my notes\n");
    expect(existsSync(join(dir, "tables.tmp"))).toBe(false);
  });

  it("prints its usage", async () => {
    expect((await runCommand(tsx, [join(PROJECT_DIR, "scripts", "extract.ts"), "--help"])).stdout).toMatch(/--articles DIR/);
  });

  it("answers a bad flag with the problem and its usage, exit 2, no stack trace", async () => {
    for (const [args, problem] of [[["--bogus"], "error: Unknown option '--bogus'"], [["--out"], "error: Option '--out <value>' argument missing"]]) {
      const run = await runCommand(tsx, [join(PROJECT_DIR, "scripts", "extract.ts"), ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr.split("\n").slice(0, 2)).toEqual([problem, expect.stringMatching(/^usage: npm run extract -- \[--articles DIR\] \[--out DIR\]/)]);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
