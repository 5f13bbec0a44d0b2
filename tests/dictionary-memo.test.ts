/**
 * The memo of loaded dictionaries (loaders/dictionary-memo.ts): a copy of data/ reuses the
 * groups whose files it did not change, an edited file is read on the next call, and a
 * missing or broken file raises its error on every call.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { DATA_DIR, loadDictionary, memoiseDictionary } from "../loaders/dictionaries.ts";
import { sharedQuantityLexicon } from "../loaders/quantities/lexicon.ts";
import { loadDictionaries } from "../loaders/tables.ts";

const scratch = mkdtempSync(join(tmpdir(), "dictionary-memo-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder of `scratch` with the given files. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** A group that parses one file it does not name, counting its loads. */
function counted() {
  let loads = 0;
  const schema = z.object({ words: z.array(z.string()) });
  const load = (dir: string) => memoiseDictionary("memo-test", dir, [], () => (loads++, loadDictionary("words.yaml", schema, dir)));
  return { load, loads: () => loads };
}

describe("the dictionary memo", () => {
  it("reuses a group from a folder with the same files, and reads an edited file again", () => {
    const group = counted();
    const first = group.load(folder("a", { "words.yaml": "words: [salvo]\n" }));
    expect(group.load(folder("b", { "words.yaml": "words: [salvo]\n" }))).toBe(first);
    expect(group.loads()).toBe(1);
    const edited = folder("a", { "words.yaml": "words: [salvo, volley]\n" });
    expect(group.load(edited).words).toEqual(["salvo", "volley"]);
    expect(group.loads()).toBe(2);
  });

  it("raises a missing or broken file's error on every call", () => {
    const group = counted();
    const dir = folder("c", { "words.yaml": "words: [salvo]\n" });
    expect(group.load(dir).words).toEqual(["salvo"]);
    writeFileSync(join(dir, "words.yaml"), "words: [salvo\n");
    for (let i = 0; i < 2; i++) expect(() => group.load(dir)).toThrow(/words\.yaml:\d+: not valid YAML/);
    unlinkSync(join(dir, "words.yaml"));
    for (let i = 0; i < 2; i++) expect(() => group.load(dir)).toThrow(/cannot read the dictionary/);
  });

  it("shares data/'s groups with a copy where one file is edited, except the groups that read it", () => {
    const copy = join(scratch, "data");
    cpSync(DATA_DIR, copy, { recursive: true, filter: (path) => !path.includes(`${sep}articles`) });
    writeFileSync(join(copy, "units.yaml"), "units: [\n");
    expect(() => loadDictionaries(copy)).toThrow(/units\.yaml/);
    expect(() => sharedQuantityLexicon(copy)).toThrow(/units\.yaml/);
    cpSync(join(DATA_DIR, "units.yaml"), join(copy, "units.yaml"));
    const [original, copied] = [loadDictionaries(), loadDictionaries(copy)];
    expect(copied.articles).toBe(original.articles);
    expect(copied.events).toBe(original.events);
    expect(copied.quantities).toBe(original.quantities);
    // The corrections name their file (for the build's warnings): the copy's own.
    expect(copied.corrections).toEqual(original.corrections.map((c) => ({ ...c, file: join(copy, "corrections.yaml") })));
  });
});
