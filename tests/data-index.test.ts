/** data/README.md lists every dictionary, and every dictionary tells editors how to change it. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";

const index = readFileSync(join(DATA_DIR, "README.md"), "utf8");
const listed = [...index.matchAll(/^\| `([^`]+\.yaml)` \|/gm)].map((m) => m[1]).sort();
const files = readdirSync(DATA_DIR).filter((f) => f.endsWith(".yaml")).sort();

describe("data/README.md", () => {
  it("lists every dictionary in data/, and none that is not there", () => {
    expect(listed).toEqual(files);
  });

  it.each(files)("%s says how editors change it", (file) => {
    const header = readFileSync(join(DATA_DIR, file), "utf8").split("\n").filter((line) => line.startsWith("#")).join("\n");
    expect(header).toMatch(/Editors/);
  });
});
