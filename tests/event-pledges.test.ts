/** A pledge to no one whose pledged act is an event of its own makes no AGREE (loaders/events/pledges.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

describe("pledges of an act told as its own event", () => {
  it("a pledge to ban makes the planned ban's row, not an AGREE beside it", () => {
    expect(codedEvents(["The Chilean government has pledged to ban all foreign fishing boats."])).toEqual([["SANCTION", "CHL", ""]]);
  });

  it("a pledge whose act the dictionary does not know, or made to someone, stays an AGREE", () => {
    expect(codedEvents(["Chile's president promised to reform the pension system."]).map((r) => r[0])).toContain("AGREE");
    expect(codedEvents(["Norway has promised to continue economic aid to Mali."])).toContainEqual(["AGREE", "NOR", "MLI"]);
  });
});
