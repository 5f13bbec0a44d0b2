import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("a strike of labour is a protest, not an attack (labour-strike)", () => {
  it("a stoppage named by its kind, called, or made by workers is PROTEST alone", () => {
    expect(coded(["Thousands of Kenyan nurses began an open-ended strike on Monday."])).toEqual([["PROTEST", "KEN", ""]]);
    expect(coded(["The Nigerian union called a strike on Monday."])).toEqual([["PROTEST", "NGA", ""]]);
    expect(coded(["Kenyan teachers went on strike on Monday."])).toEqual([["PROTEST", "KEN", ""]]);
    expect(coded(["Ghanaian dockers struck for a third day on Tuesday."])).toEqual([["PROTEST", "GHA", ""]]);
  });

  it("a strike of arms stays an attack, whoever it hits", () => {
    expect(coded(["Israel launched a strike on Gaza."])).toEqual([["ASSAULT", "ISR", "PSE"]]);
    expect(coded(["Russian jets struck Ukrainian workers in Kharkiv."])).toEqual([["ASSAULT", "RUS", "UKR"]]);
    expect(coded(["The Russian army called an air strike on the town."])).toEqual([["ASSAULT", "RUS", ""]]);
    // Naming strikes ("called the strikes a provocation") calls no stoppage.
    expect(coded(["Kenya called the Ugandan strikes a provocation."]).map(([type]) => type)).not.toContain("PROTEST");
  });
});
