import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("an attack named by its place, its doer unnamed, is on the place's state (attack-in-place)", () => {
  it("a noun of attack followed by 'in' and a place codes the place's state as the target", () => {
    expect(coded(["The bombings in Madrid shocked the country."])).toEqual([["ASSAULT", "", "ESP"]]);
    expect(coded(["A mass shooting in Oslo left nine people dead on Friday."])).toEqual([["ASSAULT", "", "NOR"]]);
    expect(coded(["Officials have been briefed about the attacks in Lyon and Marseille."])).toEqual([["ASSAULT", "", "FRA"]]);
  });

  it("a doer that owns the attack stays its actor", () => {
    expect(coded(["A Russian attack in Kharkiv killed ten people."])).toEqual([["ASSAULT", "RUS", "UKR"]]);
  });

  it("a time after 'in', an ailment and a photo shoot name no attack on a state", () => {
    expect(coded(["Attacks in recent weeks have worried the officials."])).toEqual([]);
    expect(coded(["He suffered a heart attack in Paris."])).toEqual([]);
    expect(coded(["The photo shootings in Rome ran late."])).toEqual([]);
  });
});
