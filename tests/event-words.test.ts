import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { InputError } from "../loaders/errors.ts";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { loadStatementLexicon } from "../loaders/statement-lexicon.ts";
import { loadEventWords } from "../loaders/events/words.ts";
import { makeDoc } from "./helpers.ts";

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ with `file` changed by `edit`. */
function editedData(file: string, edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "event-words-"));
  copies.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

const coded = (text: string, dir = DATA_DIR) => extractEvents(makeDoc(text), eventResources(dir)).map((r) => [r.event_type, r.actor, r.target, r.status]);

describe("the event coder's function words are data (data/event-words.yaml)", () => {
  it("a word an editor adds to the planned words makes an act planned", () => {
    const text = "North Korea is poised to send troops to Russia.";
    expect(coded(text)).toEqual([["MOBILIZE", "PRK", "RUS", "occurred"]]);
    const dir = editedData("event-words.yaml", (yaml) => yaml.replace(/^planned: \[/m, "planned: [poised to, "));
    expect(coded(text, dir)).toEqual([["MOBILIZE", "PRK", "RUS", "planned"]]);
  });

  it("a word an editor adds to the suppressing words leaves the act out", () => {
    const text = "Russia yearns to send fighter jets to North Korea.";
    expect(coded(text).length).toBe(1);
    const dir = editedData("event-words.yaml", (yaml) => yaml.replace(/^suppress: \[/m, "suppress: [yearns to, "));
    expect(coded(text, dir)).toEqual([]);
  });

  it("'may' of the act's own verb makes it planned, 'may have' alleged, and 'may' of another verb none", () => {
    expect(coded("Russia may send fighter jets to North Korea.").map((r) => r[3])).toEqual(["planned"]);
    expect(coded("The new plant may suggest Russia's resolve to keep sending fighter jets to North Korea.")).toEqual([]);
    expect(coded("Russia may have sent fighter jets to North Korea.").map((r) => r[3])).toEqual(["alleged"]);
  });

  it("the speech verbs that date the act they judge come from data/speech-verbs.yaml", () => {
    const words = loadEventWords(loadStatementLexicon(DATA_DIR));
    expect("Seoul vilified Moscow".match(words.speechTrigger)).toBeNull();
    expect("Seoul accused Moscow; its denials".match(words.speechTrigger)).toEqual(["accused", "denials"]);
    const dir = editedData("speech-verbs.yaml", (yaml) => yaml.replace("forms: [denounced, ", "forms: [vilified, denounced, "));
    expect("Seoul vilified Moscow".match(loadEventWords(loadStatementLexicon(dir), dir).speechTrigger)).toEqual(["vilified"]);
  });

  it("the words that place an act in time are data: a word added to the time shifters keeps a date off the act", () => {
    const text = "On Tuesday, a week ahead of the vote, Russia sent fighter jets to North Korea.";
    const dated = (dir = DATA_DIR) => extractEvents(makeDoc(text), eventResources(dir)).map((r) => r.date);
    expect(dated()[0]).not.toBe("");
    const dir = editedData("event-words.yaml", (yaml) => yaml.replace(/^time_shifters: \[/m, "time_shifters: [ahead of, "));
    expect(dated(dir)).toEqual([""]);
  });

  it("the hostile acts that a report turns into an accusation are data (hostile_types)", () => {
    const text = "Chile shelled a border post in Peru overnight, Peruvian officials said on Tuesday.";
    expect(coded(text).map((r) => r[0])).toContain("ACCUSE");
    const dir = editedData("event-words.yaml", (yaml) => yaml.replace(/^hostile_types: \[[A-Z, ]+\]/m, "hostile_types: [COERCE]"));
    expect(coded(text, dir).map((r) => r[0])).not.toContain("ACCUSE");
    const bad = editedData("event-words.yaml", (yaml) => yaml.replace(/^hostile_types: \[[A-Z, ]+\]/m, "hostile_types: [ATTACK]"));
    expect(() => eventResources(bad)).toThrow(/event-words\.yaml/);
  });

  it("a list that is missing or holds a bad entry stops the build with the file", () => {
    const missing = editedData("event-words.yaml", (yaml) => yaml.replace(/^pronouns: .*$/m, ""));
    expect(() => eventResources(missing)).toThrow(InputError);
    const bad = editedData("event-words.yaml", (yaml) => yaml.replace(/^pronouns: \[/m, "pronouns: [he(, "));
    expect(() => eventResources(bad)).toThrow(/event-words\.yaml/);
  });
});
