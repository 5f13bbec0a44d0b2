import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { InputError } from "../loaders/errors.ts";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { extractStatements } from "../loaders/statements.ts";
import { makeDoc } from "./helpers.ts";

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ with data/statement-words.yaml changed by `edit`. */
function editedData(edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "statement-words-"));
  copies.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  const file = join(dir, "statement-words.yaml");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return dir;
}

describe("the statements' function words are data (data/statement-words.yaml)", () => {
  it("a word an editor adds to a list makes a new row", () => {
    // "thereafter" stands between the speaker and the verb: until it is an auxiliary word, no subject is found.
    const text = "Pyongyang thereafter said the shipments to Russia would continue.";
    expect(extractStatements(makeDoc(text), loadStatementLexicon(DATA_DIR))).toEqual([]);
    const dir = editedData((yaml) => yaml.replace(/^auxiliaries: \[/m, "auxiliaries: [thereafter, "));
    const rows = extractStatements(makeDoc(text), loadStatementLexicon(dir));
    expect(rows.map((r) => [r.speaker, r.quote])).toEqual([["Pyongyang", "the shipments to Russia would continue"]]);
  });

  it("a word an editor adds to the tail adverbs keeps a closing attribution", () => {
    const text = '"We will answer," Kim Yo Jong said afterwards.';
    expect(extractStatements(makeDoc(text), loadStatementLexicon(DATA_DIR))).toEqual([]);
    const dir = editedData((yaml) => yaml.replace(/^tail_adverbs: \[/m, "tail_adverbs: [afterwards, "));
    expect(extractStatements(makeDoc(text), loadStatementLexicon(dir)).map((r) => r.quote)).toEqual(["We will answer"]);
  });

  it("a list that is missing or holds a phrase stops the build with the file and line", () => {
    const missing = editedData((yaml) => yaml.replace(/^days: .*$/m, ""));
    expect(() => loadStatementLexicon(missing)).toThrow(InputError);
    const phrase = editedData((yaml) => yaml.replace(/^pronouns: \[/m, "pronouns: [the ministry, "));
    expect(() => loadStatementLexicon(phrase)).toThrow(/statement-words\.yaml.*line \d+|statement-words\.yaml:\d+/);
  });
});
