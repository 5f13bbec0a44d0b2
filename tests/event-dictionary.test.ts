import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../loaders/dictionaries.ts";
import { loadEventDictionary } from "../loaders/event-dictionary.ts";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { makeDoc } from "./helpers.ts";

/** A copy of data/ with text added to the end of the event dictionary. */
function dataWithEntry(entry: string): string {
  const dir = mkdtempSync(join(tmpdir(), "event-verbs-"));
  cpSync(DATA_DIR, dir, { recursive: true });
  const file = join(dir, "event-verbs.yaml");
  writeFileSync(file, `${readFileSync(file, "utf8")}\n${entry}`);
  return dir;
}

const scolded = `- id: scold-verb
  type: ACCUSE
  mode: criticism
  lemmas: [harangue, hector]
  actor: [subject]
  target: [object]
  examples:
    - text: "Japan harangued North Korea on Monday."
      expect: { type: ACCUSE, actor: JPN, target: PRK }
`;

describe("verbs as lemmas in data/event-verbs.yaml", () => {
  it("an entry an editor adds by its lemmas codes every form of the verb", () => {
    const sentences = ["Japan harangued North Korea on Monday.", "Japan hectored Russia over the arms deal.", "Japan is haranguing Russia again."];
    for (const text of sentences) expect(extractEvents(makeDoc(text), eventResources(DATA_DIR)).filter((e) => e.event_type === "ACCUSE")).toEqual([]);

    const resources = eventResources(dataWithEntry(scolded));
    const coded = sentences.map((text) => extractEvents(makeDoc(text), resources).find((e) => e.rule === "scold-verb"));
    expect(coded.map((e) => [e?.event_type, e?.actor, e?.target])).toEqual([
      ["ACCUSE", "JPN", "PRK"],
      ["ACCUSE", "JPN", "RUS"],
      ["ACCUSE", "JPN", "RUS"],
    ]);
  });

  it("a lemma finds the word in the part of speech asked for, not a noun of the same spelling", () => {
    const resources = eventResources(dataWithEntry(scolded.replace("lemmas: [harangue, hector]", "lemmas: [harangue, rebuke]\n  pos: [VERB]")));
    expect(extractEvents(makeDoc("Japan issued a rebuke to Russia."), resources).filter((e) => e.rule === "scold-verb")).toEqual([]);
  });

  it("an entry's lemmas and its phrase pattern are both its triggers", () => {
    const resources = eventResources(dataWithEntry(scolded.replace("lemmas: [harangue, hector]", 'lemmas: [harangue]\n  pattern: "\\\\bdressed down\\\\b"')));
    const coded = ["Japan harangued North Korea on Monday.", "Japan dressed down Russia over the arms deal."].map((text) => extractEvents(makeDoc(text), resources).find((e) => e.rule === "scold-verb"));
    expect(coded.map((e) => [e?.actor, e?.target])).toEqual([["JPN", "PRK"], ["JPN", "RUS"]]);
  });

  it("an entry with neither lemmas nor a pattern, or pos without lemmas, is refused with the file", () => {
    expect(() => loadEventDictionary(dataWithEntry(scolded.replace("  lemmas: [harangue, hector]\n", "")))).toThrow(/event-verbs\.yaml.*lemmas, a pattern/s);
    const posOnly = scolded.replace("  lemmas: [harangue, hector]\n", '  pattern: "\\\\bharangue"\n  pos: [VERB]\n');
    expect(() => loadEventDictionary(dataWithEntry(posOnly))).toThrow(/event-verbs\.yaml.*pos applies to lemmas/s);
  });

  it("the tail of a hyphened word is not a trigger of its own", () => {
    const rows = (text: string) => extractEvents(makeDoc(text), eventResources(DATA_DIR)).filter((e) => e.event_mode === "missile launches");
    expect(rows("North Korea launched dozens of rockets on Monday.")).toHaveLength(1);
    expect(rows("North Korea showed its multiple-launch rocket systems to Russia on Monday.")).toEqual([]);
  });
});
