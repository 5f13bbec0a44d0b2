import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("a second verb with a tense of its own is a clause of its own (loaders/events/finite-conjunct.ts)", () => {
  it("what the first verb asked for or cancelled does not reach a finite second verb", () => {
    expect(coded(["Chile demanded the departure of the Peruvian ambassador and expelled the Peruvian ambassador at the end of August."])).toContainEqual(["SANCTION", "CHL", "PER"]);
    expect(coded(["Peru has cancelled its order of rifles from Chile and expelled two Chilean diplomats."])).toContainEqual(["SANCTION", "PER", "CHL"]);
    expect(coded(["Chile called for talks with Peru and sent troops to the border."])).toContainEqual(["MOBILIZE", "CHL", ""]);
  });

  it("a noun the second verb takes as object keeps the first verb's subject", () => {
    expect(coded(["Chile demanded the departure of the Peruvian ambassador and ordered the expulsion of the Peruvian ambassador in August."])).toContainEqual(["SANCTION", "CHL", "PER"]);
  });

  it("an infinitive or a bare verb joined stays under the first verb", () => {
    expect(types("Chile urged Peru to withdraw its troops and disband the militia.")).toEqual(["REQUEST"]);
    expect(types("Chile hoped Peru would withdraw its troops and send observers.")).toEqual([]);
  });

  it("a side's advice to its own people, freed from the first verb, asks no other side", () => {
    expect(coded(["Peru has refused to deploy peacekeepers in Chile and has urged its citizens to avoid coming here."])).toEqual([["REJECT", "PER", "CHL"]]);
    expect(types("Peru urged its citizens to leave Chile.")).toEqual([]);
  });
});
