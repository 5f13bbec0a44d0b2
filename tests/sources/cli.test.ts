/**
 * The kinds of source through `npm run extract`, in a fresh process as the site's loaders
 * run: a module dropped into loaders/sources/ is used, a bad feed row stops the run with
 * its file, line and field and nothing written, and every article's text lands beside the
 * tables. End to end (tests/suites.ts): each spawns the command.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../../loaders/cli.ts";
import { parseCsv } from "../../loaders/csv.ts";
import { runCommand } from "../run-command.ts";
import { CSV, dropEmlKind, MAIL } from "./fixtures.ts";

const tsx = join(PROJECT_DIR, "node_modules", ".bin", "tsx");
const extract = (articles: string, out: string) => runCommand(tsx, [join(PROJECT_DIR, "scripts", "extract.ts"), "--articles", articles, "--out", out, "--workers", "1"]);

describe("npm run extract with the kinds of source", () => {
  it("uses a module dropped into loaders/sources/, and writes each article's text beside the tables", async () => {
    const articles = mkdtempSync(join(tmpdir(), "kinds-"));
    writeFileSync(join(articles, "tip.eml"), MAIL);
    copyFileSync(join(PROJECT_DIR, "tests", "fixtures", "sources", "saved-page.html"), join(articles, "saved-page.html"));
    const out = mkdtempSync(join(tmpdir(), "kinds-out-"));
    const module = dropEmlKind();
    try {
      const run = await extract(articles, out);
      expect(run.status, run.stderr).toBe(0);
    } finally {
      rmSync(module, { force: true });
    }
    const rows = parseCsv(readFileSync(join(out, "articles.csv"), "utf8"));
    expect(rows.map((r) => [r.article_id, r.title, r.file])).toEqual([
      ["saved-page", "North Korea Sent 20,000 Containers of Munitions to Russia, Seoul Says", "saved-page.html"],
      ["tip", "Shells cross the border", "tip.eml"],
    ]);
    expect(readFileSync(join(out, "texts", "tip.txt"), "utf8")).toBe(MAIL);
    const pageText = readFileSync(join(out, "texts", "saved-page.txt"), "utf8");
    expect(pageText).toBe(readFileSync(join(PROJECT_DIR, "tests", "fixtures", "sources", "body.txt"), "utf8"));
    for (const row of parseCsv(readFileSync(join(out, "quantities.csv"), "utf8")).filter((r) => r.article_id === "saved-page")) {
      expect(pageText.slice(Number(row.char_start), Number(row.char_end))).toBe(row.text);
    }
  });

  it("stops with the file, the line and the field, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "feed-"));
    writeFileSync(join(dir, "good.txt"), "North Korea sent 1,000 shells to Russia, officials said on Monday.\n");
    writeFileSync(join(dir, "wire.csv"), CSV.replace("2024-10-01T08:00:00+09:00", "October 1"));
    const out = join(mkdtempSync(join(tmpdir(), "feed-out-")), "out");
    const run = await extract(dir, out);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`error: ${join(dir, "wire.csv")}:2: field \`published\` must be a date written YYYY-MM-DD (or a timestamp beginning so)`);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
