import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("a question or a request's content tells no act (loaders/events/status.ts)", () => {
  it("an act asked about in a question is none; told, it is a row", () => {
    expect(types("Will Chile send troops to Peru?")).toEqual([]);
    expect(types("Could Chile sanction Peru before the vote?")).toEqual([]);
    expect(coded(["Chile sent troops to Peru on Monday."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded(["Chile sanctioned Peru before the vote."])).toContainEqual(["SANCTION", "CHL", "PER"]);
  });

  it("the act of a that-clause after a verb or noun of requesting is what is asked for (requesting_words)", () => {
    expect(coded(["Peru renewed its demand on Friday that Chile ease restrictions on Peruvian workers."])).toEqual([["REQUEST", "PER", "CHL"]]);
    expect(coded(["Bolivia demanded that Chile withdraw its troops from Peru."])).toEqual([["REQUEST", "BOL", "CHL"]]);
    // A verb that asserts keeps the act ("insisted that" is a claim).
    expect(coded(["Bolivia insisted that Chile had withdrawn its troops from Peru."])).toContainEqual(["RETREAT", "CHL", "PER"]);
  });

  it("a phrase of calling keeps its sense with a day between its words ('called Thursday on')", () => {
    expect(types("A Chilean newspaper called Thursday on Andean states to unite and mobilize against Peru.")).not.toContain("MOBILIZE");
  });
});

describe("forces made ready for an attack, or lifting their blockade (data/event-verbs.yaml)", () => {
  it("preparing to attack is a mobilisation aimed at the side to be hit, not the attack (readiness_phrases)", () => {
    expect(coded(["The Chilean army prepared to resume shelling Peruvian border posts on Monday."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded(["Chile prepared to launch an offensive against Peru."])).toEqual([["MOBILIZE", "CHL", "PER"]]);
    expect(coded(["Chile shelled Peruvian border posts on Monday."])).toContainEqual(["ASSAULT", "CHL", "PER"]);
  });

  it("forces lifting a blockade retreat; a state easing one of aid concedes", () => {
    expect(coded(["Chile's navy lifted its blockade of the Peruvian port of Ilo on Tuesday."])).toEqual([["RETREAT", "CHL", "PER"]]);
    expect(types("Aid trucks crossed after Chile temporarily eased a three-month blockade of Peru.")).toEqual(["CONCEDE"]);
  });
});
