import { describe, expect, it } from "vitest";
import { makeEventDoc } from "../helpers.ts";
import { eventResources, extractEvents } from "../../loaders/events/index.ts";

/** A campaign's parties, so that the names below are coded (USA) as in a domestic story. */
const CONTEXT = "Republican presidential nominee Donald Trump and Democratic presidential nominee Hillary Clinton spoke in Ohio, where Gov. John Kasich and Sen. Rob Portman watched.";

/** The rows of one type the coder makes of the paragraphs after the context, as [actor, target, date]. */
function ofType(type: string, paragraphs: string[]): string[][] {
  return extractEvents(makeEventDoc([CONTEXT, ...paragraphs], "2016-09-20"), eventResources())
    .filter((r) => r.event_type === type)
    .map((r) => [r.actor, r.target, r.date]);
}

describe("merging keeps apart the acts of two doers or two dates (loaders/events/merging.ts)", () => {
  it("two people's visits told in one sentence are two visits, though their codes agree", () => {
    expect(ofType("CONSULT", ["Donald Trump visited Mexico on Monday, and a day later Hillary Clinton visited Mexico."])).toEqual([
      ["USA", "MEX", "2016-09-19"],
      ["USA", "MEX", "2016-09-19"],
    ]);
    expect(ofType("CONSULT", ["Joe Biden traveled to Mexico in May, and Hillary Clinton traveled to Mexico in May too."])).toHaveLength(2);
  });

  it("one doer's attacks on two dates told in one sentence are two attacks", () => {
    expect(ofType("ASSAULT", ["Russian jets bombed Aleppo on Monday and bombed Aleppo again on Thursday."])).toEqual([
      ["RUS", "SYR", "2016-09-19"],
      ["RUS", "SYR", "2016-09-15"],
    ]);
    expect(ofType("ASSAULT", ["Russian warplanes struck Aleppo on Sept. 2 and struck Idlib on Sept. 9."]).map((r) => r[2])).toEqual(["2016-09-02", "2016-09-09"]);
  });

  it("a visit told again undated ('The visit …', 'During the trip, …') stays one row", () => {
    expect(ofType("CONSULT", ["Donald Trump visited Mexico on Monday.", "The visit lasted four hours.", "During the trip, Trump met Mexican President Enrique Pena Nieto."])).toEqual([["USA", "MEX", "2016-09-19"]]);
    expect(ofType("CONSULT", ["Hillary Clinton's visit to Mexico on Wednesday drew protests.", "Clinton visited Mexico at the invitation of its president."])).toEqual([["USA", "MEX", "2016-09-14"]]);
  });
});
