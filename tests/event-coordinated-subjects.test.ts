import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("names the gazetteer does not know, coordinated as one subject, do the act (generic-subject.ts)", () => {
  it("two names joined by 'and' or 'or' are the act's uncoded actor", () => {
    expect(coded(["Ana Ruiz and Juan Soto withdrew all of their forces from Iraq."])).toEqual([["RETREAT", "", "IRQ"]]);
    expect(coded(["Last week, Mayor Ana Ruiz and Governor Juan Soto urged Peru to reopen the border."])).toEqual([["REQUEST", "", "PER"]]);
    expect(coded(["Ruiz or Soto has threatened Chile with a lawsuit."])).toEqual([["THREATEN", "", "CHL"]]);
  });

  it("a clause opened by 'and' still has the phrase after it as its subject", () => {
    expect(coded(["The talks failed, and Ruiz and Soto urged Peru to reopen the border."])).toEqual([["REQUEST", "", "PER"]]);
  });

  it("a coordinated subject that names a coded side is no uncoded doer", () => {
    expect(coded(["Ana Ruiz and Peru urged Chile to reopen the border."])).toEqual([["REQUEST", "PER", "CHL"]]);
  });
});
