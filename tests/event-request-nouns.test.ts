/** A request told as a noun with its maker (data/event-verbs.yaml request-noun); invented sentences. */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

const requests = (sentence: string) => codedEvents([sentence]).filter((r) => r[0] === "REQUEST");

describe("a request named as a noun is its maker's REQUEST, whatever the clause's verb does with it", () => {
  it("the maker after 'from' or 'by' asks; the subject that turns it down is the side asked", () => {
    expect(requests("A Peruvian court has turned down a request from Chile to hand over the banker.")).toEqual([["REQUEST", "CHL", "PER"]]);
    expect(requests("The Senate granted a request by Bolivia to delay the vote.").map((r) => r[1])).toEqual(["BOL"]);
  });

  it("a possessor makes the plea; a party's members named after 'from' ask for their state", () => {
    expect(requests("Lima rejected Bolivia's plea for more time.").map((r) => r[1])).toEqual(["BOL"]);
    const domestic = codedEvents(["WASHINGTON, May 4 (Reuters) - The appeals court on Monday rejected a request from Republicans in the state to restore early voting."]);
    expect(domestic.filter((r) => r[0] === "REQUEST").map((r) => r[1])).toEqual(["USA"]);
  });

  it("a request made or sent by the clause's subject is one REQUEST, the light verb's (event-nouns.yaml light-appeal)", () => {
    expect(requests("Chile made a request to Peru for more shells.")).toEqual([["REQUEST", "CHL", "PER"]]);
    expect(requests("Chile has sent a formal request to Peru.")).toEqual([["REQUEST", "CHL", "PER"]]);
  });

  it("a reporter's request for comment asks no side", () => {
    expect(requests("The reporter sent a request for comment to the Chilean embassy.")).toEqual([]);
  });
});
