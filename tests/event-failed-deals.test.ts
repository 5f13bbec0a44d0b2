/** A failure to reach something is a failed deal only when a deal is what is not reached (failed-agreement, data/event-verbs.yaml); invented sentences. */
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
