import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { brokenLinks } from "../scripts/check-links.ts";

describe("link check over dist/", () => {
  it("finds links to pages and files that do not exist, and accepts the rest", () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    mkdirSync(join(dist, "sources"));
    mkdirSync(join(dist, "_file", "data"), { recursive: true });
    writeFileSync(join(dist, "_file", "data", "a.csv"), "x");
    writeFileSync(join(dist, "sources", "index.html"), '<a href="./x1">x1</a> <a href="./missing">m</a>');
    writeFileSync(join(dist, "sources", "x1.html"), '<a href="../data#top">data</a> <a href="../_file/data/a.csv">csv</a> <a href="https://example.org">out</a>');
    writeFileSync(join(dist, "data.html"), '<a href="./sources/">sources</a> <script type="module">import("./_npm/gone.js")</script> <img src="./_file/nothing.png">');
    expect(brokenLinks(dist)).toEqual([
      { page: "/data.html", link: "./_file/nothing.png" },
      { page: "/data.html", link: "./_npm/gone.js" },
      { page: "/sources/index.html", link: "./missing" },
    ]);
  });
});
