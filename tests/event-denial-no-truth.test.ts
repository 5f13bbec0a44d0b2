import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("a claim said to hold no truth, or to be untrue, is denied (baseless-claims)", () => {
  it("the speaker denies the side whose allegation follows", () => {
    expect(coded(["Peru's government spokesperson released a statement saying there was no truth in the Chilean president's allegation."])).toContainEqual(["REJECT", "PER", "CHL"]);
    expect(coded(['Peru said there was "no truth whatsoever" in Chile\'s allegations.'])).toContainEqual(["REJECT", "PER", "CHL"]);
    expect(coded(["Chile accused Peru of arming the rebels.", "Peru said the allegations were untrue."])).toContainEqual(["REJECT", "PER", "CHL"]);
  });
});
