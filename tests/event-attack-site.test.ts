import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("an attack named by the place before its noun, its doer unnamed, is on the place's state (attack-site)", () => {
  it("a city, a region or a capital before a noun of attack codes the place's state as the target", () => {
    expect(coded(["Investigators studied the horrific Lyon attack for months."])).toEqual([["ASSAULT", "", "FRA"]]);
    expect(coded(["The Madrid bombings shocked the country."])).toEqual([["ASSAULT", "", "ESP"]]);
    expect(coded(["The Orlando nightclub shooting left dozens of people dead."])).toEqual([["ASSAULT", "", "USA"]]);
    expect(coded(["Two Texas shootings in August shocked the nation."])).toEqual([["ASSAULT", "", "USA"]]);
  });

  it("a state's name or a demonym before the noun is no site", () => {
    expect(coded(["The US strikes hit the camp."])).toEqual([]);
    expect(coded(["A Russian attack in Kharkiv killed ten people."])).toEqual([["ASSAULT", "RUS", "UKR"]]);
  });

  it("an ailment and a campaign's advertising name no attack", () => {
    expect(coded(["He suffered a Paris heart attack."])).toEqual([]);
    expect(coded(["The campaign ran Ohio attack ads all week."])).toEqual([]);
  });
});
