import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a yes-or-no question asks and asserts nothing (told-as-done.ts supposedOrAsked)", () => {
  it("does not accuse in a question opened by an auxiliary", () => {
    expect(stances("“Did Tove Lind lie to the voters?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Is the harbour board corrupt?” Senator Ola Berg asked.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Has the mayor been hiding the audit from the council?” Senator Ola Berg asked.")).toEqual([["Ola Berg", "other"]]);
  });

  it("still accuses in a question that takes the act as given, or a statement after the question", () => {
    expect(stances("“Why did Tove Lind lie to the voters?” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Where is the money? The board is corrupt,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });
});

describe("a speaker who judges himself by name admits, and accuses no one", () => {
  it("reads the speaker's own name as subject as it reads 'I'", () => {
    expect(stances("“Ola Berg made a terrible mistake,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Berg was wrong about the harbour,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Ola Berg was careless with the budget,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });

  it("still accuses another named party", () => {
    expect(stances("“Tove Lind made a terrible mistake,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Lind was wrong about the harbour,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });
});

describe("an evaluation that governs an act ('wrong to vote for') accuses, whatever the act's words would say", () => {
  it("accuses the one whose act is judged", () => {
    expect(stances("Senator Ola Berg said Tove Lind was wrong to vote for the bill.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The council was reckless to back the harbour tax,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“It was irresponsible of the board to endorse the levy,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("keeps the act's stance where no evaluation governs it", () => {
    expect(stances("Senator Ola Berg said she will vote for the bill.")).toEqual([["Ola Berg", "support"]]);
  });
});

describe("a concessive 'yet' asserts; only 'yet to' tells an act not done", () => {
  it("accuses a refusal after a concessive 'yet'", () => {
    expect(stances("“Tove Lind preaches openness yet refuses to release her records,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The board promised answers, yet it refused to disclose the contracts,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("does not accuse an act that is yet to happen", () => {
    expect(stances("“The board has yet to release the records,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("lies a party tells or builds on accuse it; only a charge called lies denies", () => {
  it("accuses the teller", () => {
    expect(stances("“The mayor's campaign is built on lies about the farmers,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The board won the vote with lies about the harbour,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“They spread lies about the farmers,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("denies a charge called lies", () => {
    expect(stances("Senator Ola Berg said the charges against him were lies.")).toEqual([["Ola Berg", "deny"]]);
    expect(stances("“These are lies,” Senator Ola Berg said.")).toEqual([["Ola Berg", "deny"]]);
  });
});
