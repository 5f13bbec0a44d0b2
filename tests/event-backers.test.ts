import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

/** Every code a sentence's rows give as actor or target. */
const sides = (sentence: string) => coded([sentence]).flatMap(([, actor, target]) => [...actor.split(";"), ...target.split(";")].filter(Boolean));

describe("a side that backs or helps the doers is no party of their acts (data/event-words.yaml backer_suffixes, help_nouns)", () => {
  it("'X-backed', 'X-sponsored', 'X-funded' name the backer, never the actor or the target", () => {
    expect(sides("Iranian-backed militias attacked a base in Syria on Sunday.")).not.toContain("IRN");
    expect(sides("Russian-backed separatists shelled Ukrainian positions near Donetsk.")).not.toContain("RUS");
    expect(sides("The Turkish-backed rebels captured the village from Kurdish forces.")).not.toContain("TUR");
    expect(sides("Kenya accused the Somali-sponsored gunmen of raiding a border post.")).not.toContain("SOM");
    expect(sides("Qatari-funded militants fired rockets into Israel on Monday.")).not.toContain("QAT");
  });

  it("a side after 'with the support of', 'with the help of' helps the doers and is not their target", () => {
    expect(sides("Rebels attacked the town with the support of the Rwandan army.")).not.toContain("RWA");
    expect(sides("Sudanese paramilitaries seized the city with the help of Chadian fighters.")).not.toContain("TCD");
    expect(sides("Militants stormed the prison with the military assistance of Libya.")).not.toContain("LBY");
  });

  it("the doers named outright, and a side that leads them, are still the actors", () => {
    expect(coded(["Sudanese paramilitaries seized the city with the help of Chadian fighters."])).toContainEqual(["ASSAULT", "SDN", ""]);
    expect(coded(["The Saudi-led coalition bombed positions in Yemen."])).toContainEqual(["ASSAULT", "SAU", "YEM"]);
    expect(coded(["Kenya deployed troops to Somalia with the backing of the United States."])).toEqual([["MOBILIZE", "KEN", "SOM"]]);
    expect(coded(["Ethiopian troops, backed by Eritrean units, attacked positions in Sudan."])).toContainEqual(["ASSAULT", "ETH", "SDN"]);
  });
});
