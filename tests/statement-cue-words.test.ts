import { describe, expect, it } from "vitest";
import { sharedStatementLexicon } from "../loaders/statement-lexicon.ts";
import { cueWords, holdsCue } from "../loaders/statements/cue-words.ts";

const cues = cueWords(sharedStatementLexicon());
const holds = (text: string) => holdsCue(text, cues);

describe("a sentence may hold a statement only with a speech verb or noun among its words", () => {
  it("finds a listed form, a lemma's own forms and a source or stance noun, in any case", () => {
    expect(holds("The harbour master SAID the ferry would sail late.")).toBe(true);
    expect(holds("Inspectors noted that the seals were broken.")).toBe(true);
    expect(holds("A ministry statement followed within the hour.")).toBe(true);
    expect(holds("The village council denied any wrongdoing.")).toBe(true);
  });

  it("finds none in a sentence of acts and numbers alone", () => {
    expect(holds("Three trucks crossed the bridge at dawn.")).toBe(false);
    expect(holds("")).toBe(false);
  });

  it("reads a word between non-letters: a hyphen or a combining mark ends it, a letter or digit does not", () => {
    expect(holds("The figure was re-stated twice.")).toBe(true);
    expect(holds("The word said\u0301 carries an accent.")).toBe(true);
    expect(holds("Unsaid things remained.")).toBe(false);
    expect(holds("The code saidé or said2 or 2said is no word.")).toBe(false);
  });

  it("reads the long s and the Kelvin sign as s and k, as a case-insensitive pattern does", () => {
    expect(holds("The clerk ſaid nothing more.")).toBe(true);
    expect(holds("The envoy ac\u212Anowledged the delay.")).toBe(true);
  });
});
