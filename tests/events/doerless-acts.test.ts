import { describe, expect, it } from "vitest";
import { codedEvents } from "../helpers.ts";

/** The rows of one type the coder makes of the sentences, as [actor, target]. */
function ofType(type: string, ...paragraphs: string[]): string[][] {
  return codedEvents(paragraphs, "2016-09-20").filter(([t]) => t === type).map(([, actor, target]) => [actor, target]);
}

describe("a protest told by its noun, no one named as its doer (unnamed-doer.ts)", () => {
  it("stands as a protest by unnamed people, as an attack told so does", () => {
    expect(ofType("PROTEST", "The verdict sparked two nights of violent protests in the port city.")).toEqual([["", ""]]);
    expect(ofType("PROTEST", "A reporter was at the square on Friday for a protest of the mayor's arrest.")).toEqual([["", ""]]);
    expect(ofType("PROTEST", "The governor condemned the riots and promised an inquiry.")).toEqual([["", ""]]);
  });

  it("is none where the noun modifies another noun or names a kind of act", () => {
    expect(ofType("PROTEST", "Riot police waited behind the barricades all night.")).toEqual([]);
    expect(ofType("PROTEST", "Many young voters may cast a protest vote for the third-party nominee.")).toEqual([]);
    expect(ofType("PROTEST", "The judge said protests are a right in any democracy.")).toEqual([]);
  });

  it("is none as the manner or the time of another act", () => {
    expect(ofType("PROTEST", "Two nurses chained themselves to the gates of the clinic in protest.")).toEqual([]);
    expect(ofType("PROTEST", "The governor deployed the National Guard after violent demonstrations in the capital.")).toEqual([]);
  });

  it("keeps a protest on a day named right after its noun", () => {
    expect(ofType("PROTEST", "Protests Saturday drew thousands to the square.")).toEqual([["", ""]]);
  });
});
