import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("aid taken back or arms held back is a sanction (aid-withdrawn, delivery-held-up)", () => {
  it("aid withdrawn from a side sanctions it; troops withdrawn stay a retreat", () => {
    expect(coded(["Chile has withdrawn its financial aid from Peru."])).toEqual([["SANCTION", "CHL", "PER"]]);
    expect(coded(["Chile withdrew military assistance from Peru on Monday."])).toEqual([["SANCTION", "CHL", "PER"]]);
    expect(coded(["Chile withdrew its troops from Peru."])).toEqual([["RETREAT", "CHL", "PER"]]);
  });

  it("a delivery of arms held up, paused or halted, alone or as a second verb", () => {
    expect(coded(["Chile held up the delivery of large bombs to Peru last week."])).toContainEqual(["SANCTION", "CHL", "PER"]);
    expect(coded(["As Peru prepared to attack the town, Chile held up the delivery of large bombs."])).toContainEqual(["SANCTION", "CHL", "PER"]);
    // "pressure" in the first conjunct asks for nothing the second verb does.
    expect(coded(["Chile used a pressure tactic and held up the delivery of large bombs to Peru."])).toContainEqual(["SANCTION", "CHL", "PER"]);
    expect(types("Chile did not hold up the delivery of bombs to Peru.")).not.toContain("SANCTION");
  });
});

describe("an attack claimed is the claimant's (claimed-attack)", () => {
  it("the side that claims responsibility attacks the side after on", () => {
    expect(coded(["The Peruvian rebels claimed responsibility for the attack on Chilean troops."])).toContainEqual(["ASSAULT", "PER", "CHL"]);
    expect(coded(["Chilean rebels have claimed responsibility for numerous attacks on Peruvian forces in Bolivia."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
    expect(coded(["The group claimed responsibility for attacks on Chilean forces."])).toContainEqual(["ASSAULT", "", "CHL"]);
  });
});

describe("an invasion or offensive said to have begun is news (invasion-begun)", () => {
  it("its owner attacks the side named after it", () => {
    expect(coded(["Chile's offensive against Peru began on Monday."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
    expect(coded(["Chile's invasion of the Peruvian town of Tacna has begun."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
    expect(coded(["Chile said its offensive against Peru had begun."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
  });

  it("the war's setting ('since … began') is none", () => {
    expect(types("Since Chile's invasion of Peru began in 2022, trade has collapsed.")).toEqual([]);
  });
});

describe("pushing or advocating for an act asks for it (push-for)", () => {
  it("a request to the side named, and the act asked for is none told", () => {
    expect(coded(["Peru has pushed for the Chilean troops to leave the country."])).toEqual([["REQUEST", "PER", "CHL"]]);
    expect(coded(["Peru and Bolivia advocated for a review of the agreement with Chile."])).toContainEqual(["REQUEST", "PER;BOL", "CHL"]);
    expect(types("Peru pressed for talks with Chile.")).toEqual(["REQUEST"]);
  });
});
