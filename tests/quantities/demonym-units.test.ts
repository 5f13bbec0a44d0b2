import { describe, expect, it } from "vitest";
import { quantitiesOf, quantityBrief } from "../helpers.ts";

/** Sentences invented for the construction: people counted by faith, ethnicity or residence. */
describe("people named by faith, ethnicity or where they live (data/quantity-nouns.yaml demonym_nouns)", () => {
  it("are people, as a state's demonym is", () => {
    expect(quantityBrief(quantitiesOf("Nearly 3 million Catholics live in the diocese."))).toEqual([["Nearly 3 million Catholics", 3e6, "approx", "people", "personnel"]]);
    expect(quantityBrief(quantitiesOf("About 12 million Hispanics were eligible to vote in 2012."))).toEqual([["About 12 million Hispanics", 12e6, "approx", "people", "personnel"]]);
    expect(quantityBrief(quantitiesOf("Some 40,000 New Yorkers marched across the bridge."))).toEqual([["Some 40,000 New Yorkers", 40000, "approx", "people", "personnel"]]);
    expect(quantityBrief(quantitiesOf("The ban would bar more than a billion Muslims from entering."))).toEqual([["more than a billion Muslims", 1e9, "at_least", "people", "personnel"]]);
  });

  it("leaves a party's members and people named by their role with their own unit", () => {
    expect(quantityBrief(quantitiesOf("More than 500 Democrats attended the convention."))).toEqual([["More than 500 Democrats", 500, "at_least", "democrats", "personnel"]]);
    expect(quantityBrief(quantitiesOf("Two developers were charged with fraud."))).toEqual([["Two developers", 2, "exact", "developers", "personnel"]]);
  });
});
