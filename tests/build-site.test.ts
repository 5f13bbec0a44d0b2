/**
 * npm run build swaps a finished site into place: a failed build leaves the last good site
 * byte-identical and reports its one error line (issue 19).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, errorLine, stagingFolder, type BuildAttempt } from "../scripts/build-site.ts";

/** Every file below a folder with its content, for byte-for-byte comparisons. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else files[relative(dir, child)] = readFileSync(child, "base64");
    }
  };
  walk(dir);
  return files;
}

/** A builder that writes the given files into the staging folder, then succeeds or fails. */
const builder = (files: Record<string, string>, attempt: Omit<BuildAttempt, "ok"> & { ok: boolean }) => async (staging: string) => {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(staging, name, ".."), { recursive: true });
    writeFileSync(join(staging, name), content);
  }
  return attempt;
};

/** A folder with a published site in `dist`. */
function published(): { parent: string; dist: string } {
  const parent = mkdtempSync(join(tmpdir(), "build-site-"));
  const dist = join(parent, "dist");
  mkdirSync(join(dist, "_file"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<p>good site</p>");
  writeFileSync(join(dist, "_file", "articles.csv"), "article_id\na\n");
  return { parent, dist };
}

const FRAMEWORK_LOG = [
  "load /sources/empty in 85ms",
  "copy src/data/articles.csv → load /data/articles.csv → \u001b[31m[missing]\u001b[39m error: /a/empty.txt:1: the file is empty",
  "error in 4318ms: loader exited with code 1",
  "Unexpected error: loader exited with code 1",
  "Tip: To see the full stack trace, run with the --debug flag.",
].join("\n");

describe("buildSite", () => {
  it("a failed build leaves the last good site byte-identical and no staging folder", async () => {
    const { parent, dist } = published();
    const before = snapshot(dist);
    const outcome = await buildSite(dist, builder({ "index.html": "partial", "x/y.json": "{}" }, { ok: false, log: FRAMEWORK_LOG }));
    expect(outcome).toEqual({ ok: false, error: "error: /a/empty.txt:1: the file is empty" });
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("a build that throws also leaves the site and removes its staging folder", async () => {
    const { parent, dist } = published();
    const before = snapshot(dist);
    await expect(buildSite(dist, async (staging) => (mkdirSync(staging), Promise.reject(new Error("disk full"))))).rejects.toThrow("disk full");
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("a successful build replaces the whole site, however often it runs", async () => {
    const { parent, dist } = published();
    for (const round of [1, 2]) {
      const outcome = await buildSite(dist, builder({ "index.html": `new site ${round}`, "sources/a.html": "a" }, { ok: true, log: "" }));
      expect(outcome).toEqual({ ok: true });
      expect(snapshot(dist)).toEqual({ "index.html": Buffer.from(`new site ${round}`).toString("base64"), "sources/a.html": Buffer.from("a").toString("base64") });
      expect(readdirSync(parent)).toEqual(["dist"]);
    }
  });

  it("builds a first site where there was none", async () => {
    const parent = mkdtempSync(join(tmpdir(), "build-site-"));
    expect(await buildSite(join(parent, "site"), builder({ "index.html": "first" }, { ok: true, log: "" }))).toEqual({ ok: true });
    expect(readFileSync(join(parent, "site", "index.html"), "utf8")).toBe("first");
  });

  it("removes the staging folders of builds that were killed, not those of running ones", async () => {
    const { parent, dist } = published();
    const dead = stagingFolder(dist, 2 ** 22 + 12345);
    const running = stagingFolder(dist, process.ppid);
    for (const dir of [dead, running]) mkdirSync(dir);
    await buildSite(dist, builder({ "index.html": "x" }, { ok: true, log: "" }));
    expect(readdirSync(parent).sort()).toEqual([".dist.building-" + process.ppid, "dist"]);
  });

  it("an output folder that is a file is refused before building", async () => {
    const parent = mkdtempSync(join(tmpdir(), "build-site-"));
    writeFileSync(join(parent, "site"), "mine");
    let built = false;
    const outcome = await buildSite(join(parent, "site"), async () => ((built = true), { ok: true, log: "" }));
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/^error: .*site:0: the site's output folder is a file/) });
    expect(built).toBe(false);
    expect(readFileSync(join(parent, "site"), "utf8")).toBe("mine");
  });
});

describe("errorLine", () => {
  it("finds the loader's error line inside Framework's log, colours removed", () => {
    expect(errorLine(FRAMEWORK_LOG)).toBe("error: /a/empty.txt:1: the file is empty");
  });

  it("falls back to Framework's own last error", () => {
    expect(errorLine("build index\nError: file conflict: /_observablehq/theme.css\n")).toBe("error: the site build failed: Error: file conflict: /_observablehq/theme.css");
  });
});
