/** A pledge to no one whose pledged act is an event of its own makes no AGREE (loaders/events/pledges.ts); invented sentences. */
import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { codedEvents, makeEventDoc } from "./helpers.ts";

describe("pledges of an act told as its own event", () => {
  it("a pledge to ban makes the ban's row (a threat of it: pledgedThreat), not an AGREE beside it", () => {
    expect(codedEvents(["The Chilean government has pledged to ban all foreign fishing boats."])).toEqual([["THREATEN", "CHL", ""]]);
  });

  it("a pledge whose act the dictionary does not know, naming a side, or made to someone, stays an AGREE", () => {
    // A pledge that names no side ("promised to reform the pension system") is a programme (tests/events/pledges.test.ts).
    expect(codedEvents(["Chile's president promised to reform Chile's pension system."]).map((r) => r[0])).toContain("AGREE");
    expect(codedEvents(["Norway has promised to continue economic aid to Mali."])).toContainEqual(["AGREE", "NOR", "MLI"]);
  });
});

describe("a coercive act pledged is a threat of it (pledgedThreat, threatened_types)", () => {
  it("a pledge to ban is a THREATEN made when pledged; a plan to ban stays a planned SANCTION", () => {
    const rows = (s: string) => extractEvents(makeEventDoc([s]), eventResources()).map((e) => [e.event_type, e.actor, e.target, e.status]);
    expect(rows("Chile's president has repeatedly pledged to ban all Peruvians from entering Chile.")).toContainEqual(["THREATEN", "CHL", "PER", "occurred"]);
    expect(rows("Chile's president has repeatedly pledged to ban all Peruvians from entering Chile.").map((r) => r[0])).not.toContain("SANCTION");
    expect(rows("Chile's president plans to ban all Peruvians from entering Chile.")).toEqual([["SANCTION", "CHL", "PER", "planned"]]);
  });
});
