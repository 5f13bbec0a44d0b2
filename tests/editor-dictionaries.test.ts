/**
 * An editor changes what the tables find by editing data/*.yaml, without touching
 * TypeScript: a copy of the data folder with one word added gives the new row.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { buildTables, loadDictionaries } from "../loaders/tables.ts";
import { makeArticle } from "./helpers.ts";

const scratch = mkdtempSync(join(tmpdir(), "editor-dictionaries-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of data/ (without the articles) with `edit` applied to one file. */
function dataWith(name: string, file: string, edit: (text: string) => string): string {
  const dir = join(scratch, name);
  cpSync(DATA_DIR, dir, { recursive: true, filter: (path) => !path.includes(`${sep}articles`) });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

const article = makeArticle(
  "---\npublished: 2024-06-24\n---\nThe Zorbian defence minister grumbled that 40 pood of explosives had gone to Russia. Zorbia sent 300 shells to Russia, officials said.\n",
);
const tablesWith = (dir?: string) => buildTables([article], loadDictionaries(dir));
const before = tablesWith();

describe("an editor's word in data/", () => {
  it("a speech verb gives a statement", () => {
    const dir = dataWith("verb", "speech-verbs.yaml", (t) => t.replace("verbs:\n", "verbs:\n  - { lemma: grumble, forms: [grumbled, grumbles], stance: other, syntax: that }\n"));
    const quote = "40 pood of explosives had gone to Russia";
    expect(before.statements.map((s) => s.quote)).not.toContain(quote);
    expect(tablesWith(dir).statements.find((s) => s.quote === quote)?.speaker).toBe("the Zorbian defence minister");
  });

  it("a unit gives an amount", () => {
    const dir = dataWith("unit", "units.yaml", (t) => t.replace("measures:\n", "measures:\n  - { unit: pood, category: mass, aliases: [pood, poods] }\n"));
    expect(before.quantities.map((q) => q.text)).not.toContain("40 pood of explosives");
    expect(tablesWith(dir).quantities.find((q) => q.text === "40 pood of explosives")).toMatchObject({ value: 40, unit: "pood", category: "mass", item: "explosives" });
  });

  it("a deadline word keeps a day from dating an article", () => {
    const undated = makeArticle("The ceasefire lapses on October 12, 2023, the ministry said on Friday.\n");
    const published = (dir?: string) => buildTables([undated], loadDictionaries(dir)).articles[0].published;
    expect(published()).toBe("2023-10-13");
    expect(published(dataWith("deadline", "date-words.yaml", (t) => t.replace("deadline_words: [", "deadline_words: [lapses, ")))).toBe("");
  });

  it("a future cue puts a weekday ahead of the article", () => {
    const visit = makeArticle("---\npublished: 2024-06-24\n---\nPutin is meeting Kim Jong Un in Pyongyang on Friday.\n");
    const dates = (dir?: string) => buildTables([visit], loadDictionaries(dir)).events.map((e) => [e.event_type, e.date]);
    expect(dates()).toEqual([["CONSULT", "2024-06-21"]]);
    expect(dates(dataWith("future", "date-words.yaml", (t) => t.replace("future_cues: [", "future_cues: [is meeting, ")))).toEqual([["CONSULT", "2024-06-28"]]);
  });

  it("an abbreviation keeps a sentence whole", () => {
    const brigadier = makeArticle("---\npublished: 2024-06-24\n---\nBrig. Novak said Russia had fired 40 missiles.\n");
    const sentences = (dir?: string) => buildTables([brigadier], loadDictionaries(dir)).articles[0].sentences;
    expect(sentences()).toBe(2);
    expect(sentences(dataWith("abbreviation", "sentence-words.yaml", (t) => t.replace("abbreviations: [", "abbreviations: [brig, ")))).toBe(1);
  });

  it("an actor gives an event with its code", () => {
    const dir = dataWith("actor", "actors.yaml", (t) => `${t}\n- { name: Zorbia, code: ZRB, kind: state, aliases: [Zorbia], demonyms: [Zorbian] }\n`);
    expect(before.events.filter((e) => e.actor.includes("ZRB"))).toEqual([]);
    expect(tablesWith(dir).events.map((e) => [e.event_type, e.actor, e.target])).toContainEqual(["AID", "ZRB", "RUS"]);
  });
});
