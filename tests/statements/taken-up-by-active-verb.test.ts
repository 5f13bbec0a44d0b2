import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => [r.speaker, r.quote, r.stance]);

describe("a sentence that only names who confirmed or told the sentence before", () => {
  it("gives the sentence before to the subject of 'confirmed this'", () => {
    expect(rows("Rifles found in Bolivia were made in Peru. A research institute in Chile confirmed this.")).toEqual([["a research institute in Chile", "Rifles found in Bolivia were made in Peru", "confirm"]]);
  });

  it("reads 'the figure' and a date after the verb", () => {
    expect(rows("Peru moved 500 troops to the border. The ministry confirmed the figure on Monday.").map((r) => [r[0], r[1]])).toEqual([["the ministry", "Peru moved 500 troops to the border"]]);
  });

  it("reads 'said so'", () => {
    expect(rows("Peru moved 500 troops to the border. The ministry in Santiago said so on Monday.").map((r) => [r[0], r[1]])).toEqual([["the ministry in Santiago", "Peru moved 500 troops to the border"]]);
    expect(rows("The harbour was neglected for years. Anna Berg said as much on Thursday.").map((r) => [r[0], r[1]])).toEqual([["Anna Berg", "The harbour was neglected for years"]]);
  });

  it("leaves a denial its own words: what is denied is not said", () => {
    expect(rows("Peru is said to have moved 500 troops to the border. Lima has denied the claims.").map((r) => r[1])).toEqual(["denied the claims"]);
  });

  it("leaves a verb of telling whose phrase goes on past a preposition", () => {
    expect(rows("Peru moved 500 troops to the border. The agency briefed lawmakers on a new law.").map((r) => r[1])).not.toContain("Peru moved 500 troops to the border");
  });

  it("reads a verb of telling with only its addressee, in a paragraph of its own", () => {
    expect(rows("Chile may pay for part of a deal for Peru to buy 20 patrol boats.\n\nChilean Defence Minister Ana Ruiz told Reuters.").map((r) => [r[0], r[1]])).toEqual([["Ana Ruiz", "Chile may pay for part of a deal for Peru to buy 20 patrol boats"]]);
  });

  it("gives nothing to a negated verb", () => {
    expect(rows("The rebels captured the town. The army did not confirm this.")).toEqual([]);
  });

  it("leaves a sentence before that has its own speaker to that speaker", () => {
    expect(rows("Peru moved 500 troops to the border, Chile said. Lima denied it.").map((r) => r[1])).not.toContain("Peru moved 500 troops to the border, Chile said");
  });
});
