/** Pressure from or on a side to do something is a call (data/event-verbs.yaml pressure-to, pressure-on-to); invented sentences. */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

const requests = (sentence: string) => codedEvents([sentence]).filter((r) => r[0] === "REQUEST");

describe("pressure from a side to do something is its REQUEST of the side pressed", () => {
  it("the side after 'from' asks the subject, whatever the verb that takes the pressure", () => {
    expect(requests("Peru faced growing pressure from Chile to withdraw its troops.")).toEqual([["REQUEST", "CHL", "PER"]]);
    expect(requests("Bolivia came under pressure from Washington to extradite the banker.")).toEqual([["REQUEST", "USA", "BOL"]]);
  });

  it("pressure put on a side to act is the subject's or possessor's request", () => {
    expect(requests("Chile put pressure on Peru to withdraw its troops.")).toEqual([["REQUEST", "CHL", "PER"]]);
    expect(requests("Chile stepped up its pressure on Peru to reopen the border.")).toEqual([["REQUEST", "CHL", "PER"]]);
  });

  it("pressure with no act asked is no call", () => {
    expect(requests("Peru was reeling under pressure from Chile.")).toEqual([]);
    expect(requests("Chile kept up the pressure on Peru's economy.")).toEqual([]);
    expect(requests("Peru faced pressure from Chile to the north and Bolivia to the east.")).toEqual([]);
  });
});
