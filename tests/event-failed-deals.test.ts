/** Senses of a verb that are no act between sides: a failure to reach a person, not a deal (failed-agreement); reporters sent, not goods (send-verb); invented sentences. */
import { describe, expect, it } from "vitest";
import { codedEvents as coded, eventTypes as types } from "./helpers.ts";

describe("failing to reach a deal, not a person or a place (failed-agreement)", () => {
  it("'failed to reach agreement', 'failed to reach a lasting compromise', 'failed to agree' are failed talks", () => {
    expect(coded(["Chile and Peru failed to reach agreement on Sunday."])).toEqual([["REJECT", "CHL;PER", ""]]);
    expect(coded(["Chile and Peru failed to reach a lasting compromise on fishing."])).toEqual([["REJECT", "CHL;PER", ""]]);
    expect(coded(["Chile and Peru have failed to agree on the border."])).toEqual([["REJECT", "CHL;PER", ""]]);
  });

  it("failing to reach someone on a phone line, or a place, is no act between sides", () => {
    expect(types("A Peruvian veteran gave up after failing to reach anyone at the hotline.")).toEqual([]);
    expect(types("The Chilean convoy failed to reach the border town before dark.")).toEqual([]);
  });
});

describe("reporters a newsroom sends are no transfer (send-verb)", () => {
  it("'sent its chief reporter to', 'sent two journalists to' move no goods; missiles sent still do", () => {
    expect(types("The Lima daily sent its chief reporter to Chile to cover the vote.")).toEqual([]);
    expect(types("Peru sent two journalists and a photographer to Chile.")).toEqual([]);
    expect(coded(["Chile sent anti-tank missiles to Peru in 2021."])).toEqual([["AID", "CHL", "PER"]]);
  });
});
