import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  HASH_FILE,
  findLoaderOutputs,
  findLoaders,
  hashInputs,
  invalidateLoaderCache,
  isLoaderFile,
  touchLoaders,
  watchInputs
} from "../scripts/watch-inputs.ts";

let root: string;
let cache: string;

function write(path: string, content: string): string {
  const full = join(root, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, content);
  return full;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "watch-inputs-"));
  cache = join(root, "src", ".observablehq", "cache");
  write("data/articles/001.txt", "first article");
  write("data/outlets.yaml", "a: 1\n");
  write("loaders/articles.ts", "export const x = 1;\n");
  write("src/data/articles.csv.ts", "console.log('a')\n");
  write("src/index.md", "# hi\n");
  // Framework's cache: loader outputs mirror src paths; _npm etc. are Framework's own.
  write("src/.observablehq/cache/data/articles.csv", "a\n1\n");
  write("src/.observablehq/cache/data/articles.csv.123.err", "");
  write("src/.observablehq/cache/_npm/d3@7.9.2/_esm.js", "export {}");
  write("src/.observablehq/cache/_observablehq/client.js", "export {}");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("hashInputs", () => {
  it("changes when an article is edited, added or removed, and ignores dotfiles", () => {
    const h0 = hashInputs(root);
    expect(hashInputs(root)).toBe(h0);
    write("data/articles/.001.txt.swp", "editor junk");
    expect(hashInputs(root)).toBe(h0);
    write("data/articles/001.txt", "first article, edited");
    const h1 = hashInputs(root);
    expect(h1).not.toBe(h0);
    write("data/articles/002.txt", "second article");
    const h2 = hashInputs(root);
    expect(h2).not.toBe(h1);
    rmSync(join(root, "data/articles/002.txt"));
    expect(hashInputs(root)).toBe(h1);
    write("data/outlets.yaml", "a: 2\n");
    expect(hashInputs(root)).not.toBe(h1);
  });

  it("changes when a loader module changes, and not for files outside the inputs", () => {
    const h0 = hashInputs(root);
    write("src/index.md", "# changed page\n");
    expect(hashInputs(root)).toBe(h0);
    write("loaders/articles.ts", "export const x = 2;\n");
    expect(hashInputs(root)).not.toBe(h0);
  });
});

describe("loader files and outputs", () => {
  it("recognizes loaders", () => {
    expect(isLoaderFile("articles.csv.ts")).toBe(true);
    expect(isLoaderFile("index.md.js")).toBe(true);
    expect(isLoaderFile("data.json.py")).toBe(true);
    expect(isLoaderFile("helpers.ts")).toBe(false);
    expect(isLoaderFile("articles.csv")).toBe(false);
    expect(findLoaders(join(root, "src"))).toEqual([join(root, "src/data/articles.csv.ts")]);
  });

  it("lists only loader outputs, not Framework's own caches", () => {
    expect(findLoaderOutputs(cache)).toEqual([join(cache, "data/articles.csv"), join(cache, "data/articles.csv.123.err")]);
  });
});

describe("invalidateLoaderCache", () => {
  it("deletes loader outputs when the inputs change, and only then", async () => {
    const first = await invalidateLoaderCache({ projectRoot: root });
    expect(first.changed).toBe(true); // no stored hash yet
    expect(first.deleted.sort()).toEqual([join(cache, "data/articles.csv"), join(cache, "data/articles.csv.123.err")]);
    expect(existsSync(join(cache, HASH_FILE))).toBe(true);
    expect(existsSync(join(cache, "_npm/d3@7.9.2/_esm.js"))).toBe(true);
    expect(existsSync(join(cache, "_observablehq/client.js"))).toBe(true);

    // the loader runs again and writes its output (newer than the loader)
    write("src/.observablehq/cache/data/articles.csv", "a\n2\n");
    const second = await invalidateLoaderCache({ projectRoot: root });
    expect(second).toMatchObject({ changed: false, deleted: [] });
    expect(existsSync(join(cache, "data/articles.csv"))).toBe(true);

    write("data/articles/003.txt", "a new article");
    const third = await invalidateLoaderCache({ projectRoot: root });
    expect(third.changed).toBe(true);
    expect(third.deleted).toEqual([join(cache, "data/articles.csv")]);
    expect(existsSync(join(cache, "data/articles.csv"))).toBe(false);
    expect(existsSync(join(cache, "_npm/d3@7.9.2/_esm.js"))).toBe(true);
  });

  it("deletes an output older than its loader even when the hash is unchanged", async () => {
    await invalidateLoaderCache({ projectRoot: root });
    const output = write("src/.observablehq/cache/data/articles.csv", "a\n2\n");
    const past = new Date(Date.now() - 60_000);
    utimesSync(output, past, past);
    // e.g. the loader file was edited (or touched by the dev watcher) but never re-run
    const result = await invalidateLoaderCache({ projectRoot: root });
    expect(result).toMatchObject({ changed: false, deleted: [output] });
    expect(existsSync(output)).toBe(false);
  });
});

describe("touchLoaders and watchInputs", () => {
  it("touches every loader so Framework re-runs it", async () => {
    const loader = join(root, "src/data/articles.csv.ts");
    const past = new Date(Date.now() - 60_000);
    utimesSync(loader, past, past);
    const touched = await touchLoaders(join(root, "src"));
    expect(touched).toEqual([loader]);
    expect(statSync(loader).mtimeMs).toBeGreaterThan(past.getTime() + 30_000);
  });

  // Every kind of source (loaders/sources/) is a file of data/articles/, watched alike.
  it.each([
    ["004.txt", "breaking news"],
    ["005.html", "<html><body><article><p>Breaking news.</p></article></body></html>"],
    ["006.jsonl", '{"id": "a", "text": "Breaking news."}\n'],
    ["007.csv", "id,text\nb,Breaking news.\n"],
  ])("touches the loaders when an article is added as %s", async (name, content) => {
    const loader = join(root, "src/data/articles.csv.ts");
    const past = new Date(Date.now() - 60_000);
    utimesSync(loader, past, past);
    const touches: string[][] = [];
    const stop = watchInputs({ projectRoot: root, debounceMs: 20, onTouch: (t) => touches.push(t) });
    try {
      write(`data/articles/${name}`, content);
      const deadline = Date.now() + 5000;
      while (!touches.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(touches).toEqual([[loader]]);
      expect(statSync(loader).mtimeMs).toBeGreaterThan(past.getTime() + 30_000);
    } finally {
      stop();
    }
  });
});

describe("hashInputs and links (issue 19)", () => {
  it("an added link changes the hash; its target is not read, so a pipe outside cannot stall it", async () => {
    const { spawnSync } = await import("node:child_process");
    const { symlinkSync } = await import("node:fs");
    const before = hashInputs(root);
    const outside = mkdtempSync(join(tmpdir(), "watch-inputs-outside-"));
    expect(spawnSync("mkfifo", [join(outside, "pipe")]).status).toBe(0);
    symlinkSync(join(outside, "pipe"), join(root, "data", "articles", "pipe.txt"));
    const withLink = hashInputs(root);
    expect(withLink).not.toBe(before);
    rmSync(join(root, "data", "articles", "pipe.txt"));
    symlinkSync("001.txt", join(root, "data", "articles", "alias.txt"));
    expect(hashInputs(root)).not.toBe(withLink);
  });
});
