import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

// A party's own quality put in doubt ("questioned the mayor's honesty") is a charge against the party;
// a claim or a count put in doubt is not.
const stances = (text: string) => statementsOf(text).map((r) => [r.speaker, r.stance]);

describe("a party's quality put in doubt", () => {
  it("accuses", () => {
    expect(stances("Ana Ruiz questioned the harbour master's honesty.")).toEqual([["Ana Ruiz", "accuse"]]);
    expect(stances("The ferry union has questioned the director's fitness for office.")).toEqual([["the ferry union", "accuse"]]);
    expect(stances("Councillor Tom Reed challenged his rival's eligibility to run.")).toEqual([["Tom Reed", "accuse"]]);
  });

  it("does not accuse with a claim put in doubt, and says nothing negated or of a person", () => {
    expect(stances("Ana Ruiz questioned the accuracy of the count.")).toEqual([["Ana Ruiz", "other"]]);
    expect(stances("Ana Ruiz never questioned the harbour master's honesty.")).toEqual([]);
    expect(stances("Police questioned the harbour master for six hours.")).toEqual([]);
  });
});
