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
  lemmas: [scold, rebuke]
  actor: [subject]
  target: [object]
  examples:
    - text: "Japan scolded North Korea on Monday."
      expect: { type: ACCUSE, actor: JPN, target: PRK }
`;

describe("verbs as lemmas in data/event-verbs.yaml", () => {
  it("an entry an editor adds by its lemmas codes every form of the verb", () => {
    const sentences = ["Japan scolded North Korea on Monday.", "Japan rebuked Russia over the arms deal.", "Japan is scolding Russia again."];
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
    const resources = eventResources(dataWithEntry(scolded.replace("lemmas: [scold, rebuke]", "lemmas: [scold, rebuke]\n  pos: [VERB]")));
    expect(extractEvents(makeDoc("Japan issued a rebuke to Russia."), resources).filter((e) => e.rule === "scold-verb")).toEqual([]);
  });

  it("an entry with both a pattern and lemmas is refused with the file", () => {
    const dir = dataWithEntry(scolded.replace("lemmas: [scold, rebuke]", 'lemmas: [scold]\n  pattern: "\\\\bscold"'));
    expect(() => loadEventDictionary(dir)).toThrow(/event-verbs\.yaml.*either a pattern or lemmas/s);
  });
});
