import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

/** The rows the coder makes of one sentence, sorted: type, actor, target. */
const rows = (sentence: string) => codedEvents([sentence]).sort();

describe("what a verb of giving moves says which act it tells (sent-objects.ts)", () => {
  it("people and goods joined as its objects tell a deployment and a transfer", () => {
    expect(rows("Chad has sent 2,000 soldiers and armoured vehicles to Niger.")).toEqual([["AID", "TCD", "NER"], ["MOBILIZE", "TCD", "NER"]]);
    expect(rows("Iran shipped drones as well as technicians to Venezuela.")).toEqual([["AID", "IRN", "VEN"], ["MOBILIZE", "IRN", "VEN"]]);
    expect(rows("Chad has sent soldiers and heavy weapons to support the Nigerien army.")).toEqual([["AID", "TCD", "NER"], ["MOBILIZE", "TCD", "NER"]]);
    expect(rows("Japan accused Iran of supplying Peru with rifles and military instructors.")).toEqual([
      ["ACCUSE", "JPN", "IRN"],
      ["AID", "IRN", "PER"],
      ["MOBILIZE", "IRN", "PER"],
    ]);
  });

  it("people alone supplied or sent are a deployment, not a transfer", () => {
    expect(rows("Kenya sent police officers to Haiti last year.")).toEqual([["MOBILIZE", "KEN", "HTI"]]);
    expect(rows("Egypt will contribute troops to the force in Somalia.")).toEqual([["MOBILIZE", "EGY", "SOM"]]);
    expect(rows("Belarus has supplied Russia with engineers.")).toEqual([["MOBILIZE", "BLR", "RUS"]]);
  });

  it("a force's own equipment, or goods alone, tell no second act", () => {
    // Sent "into" a place or "to the border": the vehicles are the force's, not given to anyone.
    expect(rows("Turkey sent soldiers and armoured vehicles into northern Syria.")).toEqual([["MOBILIZE", "TUR", "SYR"]]);
    expect(rows("Russia sent troops and tanks to the border with Ukraine.")).toEqual([["MOBILIZE", "RUS", "UKR"]]);
    expect(rows("Chile sent anti-tank missiles to Peru.")).toEqual([["AID", "CHL", "PER"]]);
    // "Forces" here names the side that receives: the goods after "with" are the transfer.
    expect(rows("The United States will provide the Lebanese Armed Forces with equipment and fuel.")).toEqual([["AID", "USA", "LBN"]]);
  });
});
