import { describe, expect, it } from "vitest";
import { codedEvents } from "../helpers.ts";

/** The rows of one type the coder makes of the sentences, as [actor, target]. */
function ofType(type: string, ...paragraphs: string[]): string[][] {
  return codedEvents(paragraphs, "2016-09-20").filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);
}

describe("an act's noun said to be possible tells none", () => {
  it("a possible or potential act in the noun's own phrase gives no row", () => {
    expect(ofType("ASSAULT", "The minister warned against a possible Russian invasion of Estonia.")).toEqual([]);
    expect(ofType("ASSAULT", "Kenya discussed potential strikes on Somalia with its allies.")).toEqual([]);
    expect(ofType("CONSULT", "A possible visit by the Chilean president to Peru is being discussed.")).toEqual([]);
  });

  it("an adjective of possibility before a preposition belongs to another phrase", () => {
    expect(ofType("CONSULT", "The deal was made possible by Chile's visit to Peru.")).toEqual([["CHL", "PER"]]);
  });
});
