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
    // A word after the sum that opens no phrase may be a currency the reader does not know.
    expect(quantitiesOf("The firm paid 2 billion kwacha for the trucks.").map((q) => q.category)).not.toContain("money");
  });
});

describe("people counted by office, role, party or faith", () => {
  it("are personnel (data/quantity-nouns.yaml categories)", () => {
    for (const s of [
      "Three governors met on Tuesday.",
      "About 500 supporters waited outside the hall.",
      "More than 200 donors gave to the fund.",
      "Dozens of officials resigned over the affair.",
      "More than 500 Democrats attended the convention.",
      "About 12 million Hispanics are eligible to vote.",
      "Nearly 1.6 billion Muslims live around the world.",
    ]) expect(quantitiesOf(s).map((q) => q.category), s).toEqual(["personnel"]);
  });
});

describe("a person's children, and the counts joined to them", () => {
  it("are a detail of a life, after any verb of having", () => {
    for (const s of [
      "My husband and I have three children and six grandchildren.",
      "Smith, who has two sons and three daughters, declined to comment.",
      "She had four children, 11 grandchildren and two great-grandchildren.",
    ]) expect(quantitiesOf(s).map((q) => q.text), s).toEqual([]);
  });

  it("leaves counts joined to other things than children", () => {
    expect(quantitiesOf("The shelter has 12 beds and 30 children.").map((q) => q.text)).toEqual(["12 beds", "30 children"]);
  });
});

describe("a definite count of states, countries or allies", () => {
  it("re-names parties up to four (data/quantity-nouns.yaml most_parties)", () => {
    for (const s of ["The two countries signed a defense pact.", "Voters in the three states go to the polls on Tuesday.", "The four allies met in Rome."]) {
      expect(quantitiesOf(s).map((q) => q.text), s).toEqual([]);
    }
  });

  it("counts a larger set the text does not list, with a relative clause, a modifier or none", () => {
    expect(quantityBrief(quantitiesOf("Early voting has begun in the 37 states that allow it."))).toEqual([["37 states", 37, "exact", "states", "count"]]);
    expect(quantityBrief(quantitiesOf("The 11 battleground states will decide the race."))).toEqual([["11 battleground states", 11, "exact", "states", "count"]]);
    expect(quantityBrief(quantitiesOf("The six states sued the agency on Monday."))).toEqual([["six states", 6, "exact", "states", "count"]]);
  });
});
