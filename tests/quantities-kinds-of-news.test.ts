import { describe, expect, it } from "vitest";
import { quantitiesOf, quantityBrief } from "./helpers.ts";

/**
 * Kinds of amounts any news text carries, read from the table's rule of what is material. The
 * sentences are invented.
 */

describe("a bare sum with a scale word right after a verb that moves money", () => {
  it("is money, the currency unsaid, with its hedge and in any tense", () => {
    expect(quantityBrief(quantitiesOf("The candidates spent tens of millions on ads."))).toEqual([["tens of millions", 1e7, "at_least", "", "money"]]);
    expect(quantityBrief(quantitiesOf("The campaign has raised more than 45 million since July."))).toEqual([["more than 45 million", 45e6, "at_least", "", "money"]]);
    expect(quantityBrief(quantitiesOf("Steyer has given about 38 million to Democratic groups this year."))).toEqual([["about 38 million", 38e6, "approx", "", "money"]]);
    expect(quantityBrief(quantitiesOf("The foundation will pay 2.5 million to settle the case."))).toEqual([["2.5 million", 2.5e6, "exact", "", "money"]]);
  });

  it("leaves a count after the verb, and a level the verb sets, to what they name", () => {
    expect(quantityBrief(quantitiesOf("The program gave 2 million families food aid."))).toEqual([["2 million families", 2e6, "exact", "families", "count"]]);
    expect(quantityBrief(quantitiesOf("The party raised the number of volunteers to 2 million."))).toEqual([["2 million", 2e6, "exact", "volunteers", "personnel"]]);
  });
});
