import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a third party a copula says is an ill of the world (data/judgement-exceptions.yaml predicate_nominal_kinds)", () => {
  it("accuses the party, or the owner of the thing, the noun is predicated of", () => {
    expect(stances("“Tove Lind is a disaster for the city,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The mayor's budget is a catastrophe,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Her tariff plan would be a total disaster for the farms,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the harbour board had become the problem.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("not where the subject is no party, the speaker's side, negated, asked, or the noun is another clause's", () => {
    expect(stances("“The flood was a disaster for the farms,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Our plan is a disaster for the board,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Tove Lind is not a disaster for the city,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Is Tove Lind a disaster for the city?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the storm was a tragedy for Mayor Tove Lind.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Tove Lind said the flood was a catastrophe,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Tove Lind faces a crisis in the harbour,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });
});
