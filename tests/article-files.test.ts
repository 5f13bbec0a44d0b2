/**
 * File names and links in the articles folder (issue 19): what the site cannot publish,
 * and links that lead outside the folder, are refused by name before anything is read;
 * `extract` and the site build list the folder alike.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_NAME_BYTES, unpublishableName } from "../loaders/article-files.ts";
import { listArticleFiles, readCorpus } from "../loaders/corpus.ts";
import { InputError } from "../loaders/errors.ts";

const TEXT = "North Korea shipped 1,000 containers to Russia, Seoul said on Monday.\n";

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "article-files-"));
  writeFileSync(join(dir, "good.txt"), TEXT);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The refusal readCorpus gives for the folder, as `file:line: problem`. */
function refusal(dir: string): string {
  try {
    readCorpus(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message.replace(dir, "DIR");
  }
  throw new Error("the folder was accepted");
}

describe("names the site cannot publish are refused with the file and the reason", () => {
  it("#, ?, % and control characters", () => {
    for (const name of ["q#frag.txt", "what?.md", "100%.txt", "tab\there.txt"]) {
      const shown = name.includes("\t") ? "the control character U+0009" : `"${name.match(/[#?%]/)![0]}"`;
      expect(refusal(folder({ [name]: TEXT }))).toBe(`DIR/${name}:0: the file name contains ${shown}, which the address of its source page cannot hold; rename the file`);
    }
  });

  it("names over 200 bytes, counted in UTF-8", () => {
    const longest = `${"a".repeat(MAX_NAME_BYTES - 4)}.txt`;
    expect(unpublishableName(longest)).toBeUndefined();
    expect(readCorpus(folder({ [longest]: TEXT })).map((a) => a.id)).toContain("a".repeat(MAX_NAME_BYTES - 4));
    const korean = `${"한".repeat(70)}.txt`; // 214 bytes, 74 characters
    expect(refusal(folder({ [korean]: TEXT }))).toBe(`DIR/${korean}:0: the file name is 214 bytes long; the site publishes names of at most 200 bytes, so shorten it`);
  });

  it("a folder named like an article", () => {
    const dir = folder();
    mkdirSync(join(dir, "x.txt"));
    expect(refusal(dir)).toBe("DIR/x.txt:0: a folder is named like an article; rename it or move it out of the articles folder");
  });

  it("a pipe named like an article is refused, not read forever", () => {
    const dir = folder();
    expect(spawnSync("mkfifo", [join(dir, "pipe.txt")]).status).toBe(0);
    expect(refusal(dir)).toBe("DIR/pipe.txt:0: not a regular file (a device, pipe or socket); articles must be files");
  });

  it("ordinary names, spaces and letters of any script are accepted", () => {
    const names = ["a b.txt", "été-2024.md", "북한 (1).txt", "2024-06-24.txt", "true.md"];
    const dir = folder(Object.fromEntries(names.map((name) => [name, TEXT])));
    expect(readCorpus(dir).map((a) => a.id).sort()).toEqual(["2024-06-24", "a b", "good", "true", "été-2024", "북한 (1)"].sort());
  });
});

describe("symbolic links", () => {
  it("a link to a file outside the folder is refused by name and never read", () => {
    const outside = mkdtempSync(join(tmpdir(), "outside-"));
    writeFileSync(join(outside, "secret.txt"), "The secret is 42 rockets, Seoul said.\n");
    for (const target of [join(outside, "secret.txt"), "/etc/passwd", "../" + outside.split("/").pop() + "/secret.txt"]) {
      const dir = folder();
      symlinkSync(target, join(dir, "link.txt"));
      expect(refusal(dir)).toBe("DIR/link.txt:0: the file is a symbolic link to a file outside the articles folder; links must stay inside it, so it is not read");
    }
  });

  it("a link to a file inside the folder is read like a file, under its own name", () => {
    const dir = folder();
    mkdirSync(join(dir, "drafts"));
    writeFileSync(join(dir, "drafts", "kept"), "Russia received 300 drones, Kyiv said on Tuesday.\n");
    symlinkSync(join("drafts", "kept"), join(dir, "alias.txt"));
    const articles = readCorpus(dir);
    expect(articles.map((a) => [a.id, a.raw])).toEqual([["alias", "Russia received 300 drones, Kyiv said on Tuesday.\n"], ["good", TEXT]]);
  });

  it("a broken link and a loop of links name the file", () => {
    const dir = folder();
    symlinkSync(join(dir, "gone.txt"), join(dir, "broken.txt"));
    expect(refusal(dir)).toBe("DIR/broken.txt:0: cannot read the file (ENOENT)");
    const loop = folder();
    symlinkSync(join(loop, "b.txt"), join(loop, "a.txt"));
    symlinkSync(join(loop, "a.txt"), join(loop, "b.txt"));
    expect(refusal(loop)).toBe("DIR/a.txt:0: cannot read the file (ELOOP)");
  });
});

describe("extract and the site build list the folder alike", () => {
  // Framework builds the first article's source page, which scripts/source-pages.ts copies
  // for every article of the tables (tests/source-pages-output.test.ts).
  it("the source page Framework builds is the first article extract reads, and none when extract refuses the folder", async () => {
    const config = (await import("../observablehq.config.ts")).default;
    const good = folder({ "a b.txt": TEXT });
    const bad = folder({ "100%.txt": TEXT });
    const previous = process.env.ARMS_ARTICLES_DIR;
    try {
      process.env.ARMS_ARTICLES_DIR = good;
      expect(config.dynamicPaths()).toEqual(listArticleFiles(good).slice(0, 1).map((file) => `/sources/${file.slice(good.length + 1, -4)}`));
      expect(config.dynamicPaths()).toEqual(["/sources/a b"]);
      process.env.ARMS_ARTICLES_DIR = bad;
      expect(config.dynamicPaths()).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.ARMS_ARTICLES_DIR;
      else process.env.ARMS_ARTICLES_DIR = previous;
    }
  });
});
