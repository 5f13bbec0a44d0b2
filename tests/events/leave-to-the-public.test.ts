import { describe, expect, it } from "vitest";
import { codedEvents } from "../helpers.ts";

/** The rows of one type the coder makes of the sentences, as [actor, target]. */
function ofType(type: string, ...paragraphs: string[]): string[][] {
  return codedEvents(paragraphs, "2016-09-20").filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);
}

describe("leave given by a verb of allowing (allow-to in data/event-verbs.yaml)", () => {
  it("given to the public at large is a policy, no concession", () => {
    expect(ofType("CONCEDE", "The senator proposes allowing parents to deduct the cost of child care from their taxes.")).toEqual([]);
    expect(ofType("CONCEDE", "Peru's new budget would allow small businesses to sell their grain abroad.")).toEqual([]);
    expect(ofType("CONCEDE", "The Chilean plan allows students to refinance their loans.")).toEqual([]);
  });

  it("given to another side or a named person is still a concession", () => {
    expect(ofType("CONCEDE", "Peru's electoral court decided to allow Chilean observers to monitor the vote.")).toEqual([["PER", "CHL"]]);
    expect(ofType("CONCEDE", "Chile permitted the Bolivian delegation to visit the port.")).toEqual([["CHL", "BOL"]]);
  });
});
