import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { InputError } from "../loaders/errors.ts";
import { extractQuantities, loadQuantityLexicon } from "../loaders/quantities.ts";
import { extractArticle, loadDictionaries, prepareArticle } from "../loaders/tables.ts";
import { makeArticle } from "./helpers.ts";

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ with one file changed by `edit`, as an editor would change it. */
function editedData(file: string, edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "quantity-words-"));
  copies.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => !src.startsWith(join(DATA_DIR, "articles")) });
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

/** The quantities table's rows of one article, extracted with the dictionaries of `dir`. */
function quantities(text: string, dir = DATA_DIR) {
  return extractArticle(makeArticle(`---\npublished: 2024-06-24\n---\n${text}`), loadDictionaries(dir)).quantities;
}

/** The quantity reader's own rows, without the statements (which name a claimant of their own). */
function readerQuantities(text: string, dir = DATA_DIR) {
  const dictionaries = loadDictionaries(dir);
  return extractQuantities(prepareArticle(makeArticle(`---\npublished: 2024-06-24\n---\n${text}`), dictionaries), dictionaries.quantities, dictionaries.events.gazetteer);
}

describe("the quantity reader's words are data (data/quantity-words.yaml, data/number-words.yaml)", () => {
  it("a claimant modifier an editor adds names the claimant", () => {
    const text = "North Korea has sent 5,000 shells to Russia, according to retired officials.";
    expect(readerQuantities(text).map((q) => [q.text, q.attributed_to])).toEqual([["5,000 shells", ""]]);
    const dir = editedData("quantity-words.yaml", (yaml) => yaml.replace(/^claimant_modifiers: \[/m, "claimant_modifiers: [retired, "));
    expect(readerQuantities(text, dir).map((q) => [q.text, q.attributed_to])).toEqual([["5,000 shells", "retired officials"]]);
  });

  it("a casualty word an editor adds makes a new row", () => {
    const text = "The strike left 40 slain near the border.";
    expect(quantities(text)).toEqual([]);
    const dir = editedData("quantity-words.yaml", (yaml) => yaml.replace(/^casualty_words: \[/m, "casualty_words: [slain, "));
    expect(quantities(text, dir).map((q) => [q.text, q.value, q.unit, q.category])).toEqual([["40 slain", 40, "people", "personnel"]]);
  });

  it("a value word an editor adds makes a bare scaled sum money", () => {
    const text = "The ministry set the levy at 3 billion for the year.";
    expect(quantities(text)).toEqual([]);
    const dir = editedData("quantity-words.yaml", (yaml) => yaml.replace(/^value_words: \[/m, "value_words: [levy, "));
    expect(quantities(text, dir).map((q) => [q.text, q.value, q.unit, q.category])).toEqual([["3 billion", 3e9, "", "money"]]);
  });

  it("a linking word an editor adds reads people past it", () => {
    const text = "Dozens were thought dead after the quake.";
    expect(quantities(text)).toEqual([]);
    const dir = editedData("quantity-words.yaml", (yaml) => yaml.replace(/^casualty_links: \[/m, "casualty_links: [thought, "));
    expect(quantities(text, dir).map((q) => [q.text, q.value, q.unit, q.category])).toEqual([["Dozens", 24, "people", "personnel"]]);
  });

  it("a verb only people do that an editor adds counts people", () => {
    const text = "At least 60 mutinied at the base.";
    expect(quantities(text)).toEqual([]);
    const dir = editedData("quantity-words.yaml", (yaml) => yaml.replace(/^people_subject_verbs: \[/m, "people_subject_verbs: [mutinied, "));
    expect(quantities(text, dir).map((q) => [q.text, q.value, q.unit, q.category])).toEqual([["At least 60", 60, "people", "personnel"]]);
  });

  it("a scale an editor adds changes the amount", () => {
    const text = "Athens has shipped 5 myriad artillery rounds to Armenia.";
    // Unknown, "myriad" (ten thousand) reads as a word of the counted phrase: five rounds.
    expect(quantities(text).map((q) => [q.text, q.value, q.unit])).toEqual([["5 myriad artillery rounds", 5, "rounds"]]);
    const dir = editedData("number-words.yaml", (yaml) => yaml.replace(/^scales: \{/m, "scales: { myriad: 10000,"));
    expect(quantities(text, dir).map((q) => [q.text, q.value, q.unit, q.category])).toEqual([["5 myriad artillery rounds", 50000, "rounds", "munitions"]]);
  });

  it("an attributing phrase an editor adds to the speech-verb dictionary names the claimant", () => {
    const text = "North Korea has sent 5,000 shells to Russia, in the words of US officials.";
    expect(quantities(text).map((q) => q.attributed_to)).toEqual([""]);
    const dir = editedData("speech-verbs.yaml", (yaml) => yaml.replace(/^attributing_phrases: \[/m, "attributing_phrases: [in the words of, "));
    expect(quantities(text, dir).map((q) => q.attributed_to)).toEqual(["US officials"]);
  });

  it("a list that is missing or holds a phrase where one word is wanted stops the build with the file and line", () => {
    const missing = editedData("quantity-words.yaml", (yaml) => yaml.replace(/^months: \[[^\]]*\]/m, ""));
    expect(() => loadQuantityLexicon(missing)).toThrow(InputError);
    const phrase = editedData("quantity-words.yaml", (yaml) => yaml.replace(/^determiners: \[/m, "determiners: [the two, "));
    expect(() => loadQuantityLexicon(phrase)).toThrow(/quantity-words\.yaml.*line \d+|quantity-words\.yaml:\d+/);
    const scale = editedData("number-words.yaml", (yaml) => yaml.replace(/^scales: \{/m, "scales: { lakh: many,"));
    expect(() => loadQuantityLexicon(scale)).toThrow(/number-words\.yaml/);
  });
});
