import { describe, expect, it } from "vitest";
import { quantitiesOf } from "../helpers.ts";

const claimants = (body: string) => quantitiesOf(body).map((r) => [r.text, r.attributed_to]);

/** Sentences invented for the construction: a surname alone opens the sentence before a verb of saying. */
describe("a surname that opens its sentence before a verb of saying", () => {
  it("claims the amount, by the full name the article gave it before", () => {
    expect(claimants("Sen. Jane Doe spoke in Iowa on Monday. Doe argued that 20 million Americans would lose coverage.")).toEqual([["20 million Americans", "Jane Doe"]]);
    expect(claimants("Rep. Mark Lindqvist held a town hall.\n\nLindqvist says the plan will cost $1.2 trillion over a decade.")).toEqual([["$1.2 trillion", "Mark Lindqvist"]]);
    expect(claimants("Ana Ruiz, the campaign's treasurer, filed the report. Ruiz told reporters the campaign had raised $40 million.")).toEqual([["$40 million", "Ana Ruiz"]]);
  });

  it("looks no further back than the article's start", () => {
    expect(claimants("Doe said the campaign raised $40 million.")).toEqual([["$40 million", ""]]);
    expect(claimants("Doe met donors. Doe said the campaign raised $40 million.")).toEqual([["$40 million", ""]]);
  });

  it("leaves a common noun that opens the sentence, which no first name went before", () => {
    expect(claimants("Polls show a close race in the state, where 18 electoral votes are at stake.")).toEqual([["18 electoral votes", ""]]);
    expect(claimants("Critics say the wall would cost $25 billion.")).toEqual([["$25 billion", ""]]);
  });
});
