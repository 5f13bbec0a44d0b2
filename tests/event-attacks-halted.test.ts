import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("attacks stopped or no longer to be made are a concession (attacks-halted)", () => {
  it("the side that stops its attacks concedes to the side it attacked, in every frame", () => {
    expect(coded(["The Peruvian army said last week it would no longer target Chilean troops."])).toEqual([["CONCEDE", "PER", "CHL"]]);
    expect(coded(["Peru halted its strikes on Chilean bases on Monday."])).toEqual([["CONCEDE", "PER", "CHL"]]);
    expect(coded(["Peru stopped attacking Chilean positions."])).toEqual([["CONCEDE", "PER", "CHL"]]);
    expect(coded(["Peru said it would no longer target Chilean troops, just before Chilean warplanes hit sites in Peru."])).toContainEqual(["CONCEDE", "PER", "CHL"]);
  });

  it("a halt asked for, required or negated is none", () => {
    expect(types("Chile urged Peru to stop attacking Chilean positions.")).toEqual(["REQUEST"]);
    expect(types("Peru must stop attacking Chile.")).toEqual([]);
    expect(types("Peru did not stop its attacks on Chile.")).toEqual([]);
  });
});
