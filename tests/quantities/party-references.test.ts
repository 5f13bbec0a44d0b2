import { describe, expect, it } from "vitest";
import { quantitiesOf, quantityBrief } from "../helpers.ts";

/** Sentences invented for the construction: a small count of parties after a determiner. */
describe("the sides of an election re-named after a determiner (data/quantity-nouns.yaml parties)", () => {
  it("are no amount, in any tense and after any determiner", () => {
    for (const s of [
      "The two candidates met on Monday.",
      "Both nominees will speak at the dinner in Denver.",
      "The two campaigns traded barbs over the weekend.",
      "Their two tickets have spent little in the state.",
      "The two women clashed again at the second debate.",
    ]) expect(quantitiesOf(s), s).toEqual([]);
  });

  it("are counted when the phrase itself defines the set: a participle or a relative clause follows", () => {
    expect(quantityBrief(quantitiesOf("Voters were asked about all four candidates seeking the presidency."))).toEqual([["four candidates", 4, "exact", "candidates", "personnel"]]);
    expect(quantityBrief(quantitiesOf("The three contenders who qualified for the debate will meet in Ohio."))).toEqual([["three contenders", 3, "exact", "contenders", "count"]]);
    expect(quantityBrief(quantitiesOf("The three states that sued the agency lost in court."))).toEqual([["three states", 3, "exact", "states", "count"]]);
  });

  it("are counted without a determiner, or above four", () => {
    expect(quantityBrief(quantitiesOf("Four candidates are seeking the nomination."))).toEqual([["Four candidates", 4, "exact", "candidates", "personnel"]]);
    expect(quantityBrief(quantitiesOf("The 17 candidates crowded the stage in Cleveland."))).toEqual([["17 candidates", 17, "exact", "candidates", "personnel"]]);
  });
});
