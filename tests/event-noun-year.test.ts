import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events/index.ts";
import { makeEventDoc } from "./helpers.ts";

/** Type, target and date of each row the event coder makes of one sentence. */
function dated(sentence: string): string[][] {
  return extractEvents(makeEventDoc([sentence], "2016-09-20"), eventResources()).map((r) => [r.event_type, r.target, r.date, r.date_precision]);
}

describe("a year inside an act's noun phrase dates the act (noun-year)", () => {
  it("a year after the determiner or the possessor, before the noun, beats the sentence's other dates", () => {
    expect(dated("Survivors of the 2004 Madrid bombings gathered on Sunday.")).toEqual([["ASSAULT", "ESP", "2004-01-01", "year"]]);
    expect(dated("Chile's 2015 attack on Peru was condemned on Monday.")).toEqual([["ASSAULT", "PER", "2015-01-01", "year"]]);
    expect(dated("The Peruvian president's landmark 2019 visit to Chile was a success, officials said in March.")).toEqual([["CONSULT", "CHL", "2019-01-01", "year"]]);
  });

  it("a year that modifies another noun of the sentence dates no act", () => {
    expect(dated("After the 2016 election, Chile attacked Peru on Monday.")).toEqual([["ASSAULT", "PER", "2016-09-19", "day"]]);
  });
});
