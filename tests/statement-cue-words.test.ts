import { describe, expect, it } from "vitest";
import { sharedStatementLexicon } from "../loaders/statement-lexicon.ts";
import { cueWords, holdsCue } from "../loaders/statements/cue-words.ts";
import { makeDoc } from "./helpers.ts";

const cues = cueWords(sharedStatementLexicon());
/** Whether the one sentence's words, as the analysis layer reads them, hold a cue. */
const holds = (sentence: string) => {
  const doc = makeDoc(sentence);
  return doc.sentences.some((s) => holdsCue(doc.reading.of(s).words, cues));
};

describe("a sentence may hold a statement only with a speech verb or noun among its words", () => {
  it("finds a listed form, a lemma's own forms and a source or stance noun, in any case", () => {
    expect(holds("The harbour master SAID the ferry would sail late.")).toBe(true);
    expect(holds("Inspectors noted that the seals were broken.")).toBe(true);
    expect(holds("A ministry statement followed within the hour.")).toBe(true);
    expect(holds("The village council denied any wrongdoing.")).toBe(true);
  });

  it("finds none in a sentence of acts and numbers alone", () => {
    expect(holds("Three trucks crossed the bridge at dawn.")).toBe(false);
  });

  it("reads words, not letters inside them", () => {
    expect(holds("Unsaid things remained.")).toBe(false);
    expect(holds("The code saidx stood in the log.")).toBe(false);
    expect(holds("“We are leaving,” the captain said.")).toBe(true);
  });
});
