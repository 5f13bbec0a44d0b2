import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("backing told in the plural present or the progressive (support-plain-verb, support-progressive)", () => {
  it("a plural present after coordinated names, which the tagger may read as a noun, is support", () => {
    expect(coded(["Brazil and Argentina support the government of Bolivia."])).toEqual([["SUPPORT", "BRA;ARG", "BOL"]]);
    expect(coded(["The United States, Britain and France support some opposition groups in Syria."])).toEqual([["SUPPORT", "USA;GBR;FRA", "SYR"]]);
    expect(coded(["Norway and Sweden support Finland in the dispute."])).toEqual([["SUPPORT", "NOR;SWE", "FIN"]]);
  });

  it("the progressive and an absolute clause with a gerund tell support going on", () => {
    expect(coded(["Chad has been backing the rebels in Sudan for a year."])).toEqual([["SUPPORT", "TCD", "SDN"]]);
    expect(coded(["Egypt is supporting Libya's eastern government."])).toEqual([["SUPPORT", "EGY", "LBY"]]);
    expect(coded(["The war in Yemen drags on, with Iran backing the Houthis."]).map(([type, actor]) => [type, actor])).toContainEqual(["SUPPORT", "IRN"]);
  });

  it("an infinitive, a modal's verb, a gerund's aim or an owner's noun tells no support", () => {
    expect(coded(["Germany wants to back Mali."])).toEqual([]);
    expect(coded(["Germany has an interest in supporting Mali and Niger."])).toEqual([]);
    expect(coded(["Peace matters to anyone with an interest in supporting the people of Ukraine."])).toEqual([]);
    expect(coded(["Kenya is trying to get support for its plan from Uganda."]).map(([type]) => type)).not.toContain("SUPPORT");
    expect(coded(["Chile and Peru reiterated Bolivia's support for the treaty."]).filter(([, actor]) => actor === "CHL;PER")).toEqual([]);
  });

  it("backing a measure is a view of it, no side backed", () => {
    expect(coded(["Mexico and Chile back the bill."])).toEqual([]);
    expect(coded(["Iran and Syria say they support some of the changes."])).toEqual([]);
    expect(coded(["Argentina is supporting the plan."])).toEqual([]);
  });
});
