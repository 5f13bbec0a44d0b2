import { describe, expect, it } from "vitest";
import { extractArticle, loadDictionaries } from "../../loaders/tables.ts";
import { makeArticle } from "../helpers.ts";

/** Each amount with its claimant, through the whole extraction: the statements say who speaks. */
const claimants = (body: string) =>
  extractArticle(makeArticle(`---\npublished: 2024-06-24\n---\n${body}`), loadDictionaries()).quantities.map((r) => [r.text, r.attributed_to]);

/** Sentences invented for the construction: a surname alone opens the sentence before a verb of saying. */
describe("a surname that opens its sentence before a verb of saying", () => {
  it("claims the amount, by the full name the article gave it before (the statements' speaker)", () => {
    expect(claimants("Sen. Jane Doe spoke in Iowa on Monday. Doe argued that 20 million Americans would lose coverage.")).toEqual([["20 million Americans", "Jane Doe"]]);
    expect(claimants("Rep. Mark Lindqvist held a town hall.\n\nLindqvist says the plan will cost $1.2 trillion over a decade.")).toEqual([["$1.2 trillion", "Mark Lindqvist"]]);
    expect(claimants("Ana Ruiz, the campaign's treasurer, filed the report. Ruiz told reporters the campaign had raised $40 million.")).toEqual([["$40 million", "Ana Ruiz"]]);
  });

  it("keeps the surname as written when the article never gave a first name", () => {
    expect(claimants("Doe met donors. Doe said the campaign raised $40 million.")).toEqual([["$40 million", "Doe"]]);
  });

  it("a description that opens the sentence claims as written; a sentence with no verb of saying has no claimant", () => {
    expect(claimants("Critics say the wall would cost $25 billion.")).toEqual([["$25 billion", "Critics"]]);
    expect(claimants("Polls show a close race in the state, where 18 electoral votes are at stake.")).toEqual([["18 electoral votes", ""]]);
  });
});
