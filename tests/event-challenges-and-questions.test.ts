/** Challenged or dared to act is a call (data/event-verbs.yaml challenge-to); a moderator's question is none (press-to); invented sentences. */
import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

const coded = (sentence: string) => codedEvents([sentence]);
const types = (sentence: string) => coded(sentence).map(([t]) => t);

describe("challenged or dared to do something is a REQUEST of the side named", () => {
  it("with an object and an infinitive, in any tense, with a longer subject", () => {
    expect(coded("Chile challenged Peru to publish the full report.")).toEqual([["REQUEST", "CHL", "PER"]]);
    expect(coded("Bolivia's president dared Chile to take the dispute to the regional court.")).toEqual([["REQUEST", "BOL", "CHL"]]);
    expect(coded("The Peruvian foreign ministry is challenging Chile to open its archives.")).toEqual([["REQUEST", "PER", "CHL"]]);
  });

  it("the act challenged or dared is not done", () => {
    expect(types("Peru dared Chile to attack its ships.")).toEqual(["REQUEST"]);
  });

  it("a legal challenge, a charge with 'for' and a dare with no object are no call", () => {
    expect(types("Peru challenged the ruling in the regional court.")).not.toContain("REQUEST");
    expect(types("Peru challenged Chile for its remarks on the border.")).not.toContain("REQUEST");
    expect(types("Peru said Chile would face countermeasures if it dared to meddle.")).not.toContain("REQUEST");
  });
});

describe("a question put by a moderator or a reporter asks no side to act", () => {
  it("a moderator, a reporter or an interviewer asking is no REQUEST; a state asking is", () => {
    expect(types("The debate moderator asked Peru's president to explain his plan for Chile.")).not.toContain("REQUEST");
    expect(types("A reporter asked the Chilean minister to comment on Peru's claims.")).not.toContain("REQUEST");
    expect(coded("Peru asked Chile to return the boats.")).toEqual([["REQUEST", "PER", "CHL"]]);
  });
});

describe("an act only wanted, or told as time for or owed by a side, is not done (data/event-words.yaml suppress)", () => {
  it("wants X to, it is time for X to, X has to or ought to: no row of the act", () => {
    expect(types("Peru wants Chile to withdraw its troops from the border.")).not.toContain("RETREAT");
    expect(types("Peru said it is time for Chile to withdraw its troops from the border.")).not.toContain("RETREAT");
    expect(types("Peru said Chile has to withdraw its troops from the border.")).not.toContain("RETREAT");
  });

  it("the act told as done stays a row", () => {
    expect(types("Chile withdrew its troops from the border.")).toContain("RETREAT");
  });
});
