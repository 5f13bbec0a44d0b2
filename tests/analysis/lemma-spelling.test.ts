import { describe, expect, it } from "vitest";
import { readWords } from "../../loaders/analysis/words.ts";

/** The lemma the analysis layer gives each listed word of `text`. */
const lemmas = (text: string, ...words: string[]) => {
  const read = readWords({ text, start: 0 });
  return words.map((w) => read.find((x) => x.lower === w)?.lemma);
};

describe("lemmas of verbs whose silent e was dropped (loaders/analysis/lemma-spelling.ts)", () => {
  it("a single consonant after one short vowel before -ed or -ing puts the e back", () => {
    expect(lemmas("The regulator fined the bank and the rebels were waging a long war.", "fined", "waging")).toEqual(["fine", "wage"]);
    expect(lemmas("The guard taped the door while the cook was griping about pay.", "taped", "griping")).toEqual(["tape", "gripe"]);
    expect(lemmas("The small firm is being fined again by the city.", "fined")).toEqual(["fine"]);
  });

  it("a doubled consonant, a stem of two syllables or a final w, x or y keeps its stem", () => {
    expect(lemmas("She tapped the glass and pinned the note.", "tapped", "pinned")).toEqual(["tap", "pin"]);
    expect(lemmas("They visited the town, taxed the farms and played cards.", "visited", "taxed", "played")).toEqual(["visit", "tax", "play"]);
  });
});
