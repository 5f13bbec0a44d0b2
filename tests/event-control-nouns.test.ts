import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("the owner of a noun of intent does the act of its infinitive (control_nouns)", () => {
  it("a possessive or a demonym before decision, plan or move is the act's doer, not the sentence's subject", () => {
    expect(coded(["Chile criticised Peru's decision to send troops to Bolivia."])).toContainEqual(["MOBILIZE", "PER", "BOL"]);
    expect(coded(["Chile criticised the Peruvian decision to send troops to Bolivia."])).toContainEqual(["MOBILIZE", "PER", "BOL"]);
    expect(coded(["Chile has expressed disappointment at Peru's decision to close its borders with Chile."])).toContainEqual(["SANCTION", "PER", "CHL"]);
    expect(coded(["Chile regretted Peru's decision to close its border with Chile."])).toContainEqual(["SANCTION", "PER", "CHL"]);
  });

  it("without an owner the subject stays the doer", () => {
    expect(coded(["Chile announced its decision to send troops to Bolivia."])).toContainEqual(["MOBILIZE", "CHL", "BOL"]);
  });
});
