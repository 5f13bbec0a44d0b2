import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a speaker opened by a quantifier", () => {
  it("reads 'another', 'one', 'each' and 'every' as the determiner of a description", () => {
    expect(spoken("The quay will be rebuilt within a year, another source said.")).toEqual(["another source: The quay will be rebuilt within a year"]);
    expect(spoken("“We will dredge the canal next spring,” said one Liberal source on the council.")).toEqual(["one Liberal source: We will dredge the canal next spring"]);
    expect(spoken("The talks broke down after midnight, said one GOP source in the room.")).toEqual(["one GOP source: The talks broke down after midnight"]);
    expect(spoken("Each of the envoys said the ceasefire would hold.")).toEqual(["Each of the envoys: the ceasefire would hold"]);
    expect(spoken("The ferry fares would rise in June, one official said.")).toEqual(["one official: The ferry fares would rise in June"]);
  });
});

describe("an inverted speaker with a modifier after its head", () => {
  it("reads the head, and the modifier as part of the attribution", () => {
    expect(spoken("“The sale is done,” said a person briefed on the talks.")).toEqual(["a person: The sale is done"]);
    expect(spoken("“The mill will close,” said one source familiar with the plans.")).toEqual(["one source: The mill will close"]);
    expect(spoken("“We saw no boats,” said an official speaking on condition of anonymity.")).toEqual(["an official: We saw no boats"]);
  });

  it("keeps a role's link to whom it serves", () => {
    expect(spoken("“The budget is sound,” said a senior aide to the governor.")).toEqual(["a senior aide to the governor: The budget is sound"]);
    expect(spoken("“The polls are wrong,” said an adviser to the campaign.")).toEqual(["an adviser to the campaign: The polls are wrong"]);
  });
});

describe("people described, not named", () => {
  // The guide gives an anonymous speaker's whole description, its adjective's phrase too.
  it("reads 'a person' and 'people' as speakers", () => {
    expect(spoken("The deal will close in May, a person familiar with the matter said.")).toEqual(["a person familiar with the matter: The deal will close in May"]);
    expect(spoken("The vote was delayed, people familiar with the talks said.")).toEqual(["people familiar with the talks: The vote was delayed"]);
    expect(spoken("“The roads are closed,” said one person in the room.")).toEqual(["one person: The roads are closed"]);
  });

  it("does not give a singular pronoun to plural people", () => {
    const rows = spoken("“The quay is safe,” Mayor Tom Reed said.\n\nFew people described the plan as bold. “The tide is turning,” he said.");
    expect(rows.filter((r) => r.includes("tide"))).toEqual(["Tom Reed: The tide is turning"]);
  });
});

describe("a document after an inverted verb", () => {
  it("reads the ruling, the report or the memo as the speaker", () => {
    expect(spoken("“A county cannot strike voters for not voting,” said the ruling.")).toEqual(["the ruling: A county cannot strike voters for not voting"]);
    expect(spoken("“Prices will rise before the harvest,” said the report.")).toEqual(["the report: Prices will rise before the harvest"]);
    expect(spoken("“The depot must be closed by Friday,” read the memo.")).toHaveLength(0);
  });
});
