import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a demonstrative before a noun of a person as the judged subject (data/negative-valence.yaml person_nouns)", () => {
  it("points at a third party", () => {
    expect(stances("“This man is a danger to the harbour,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Those people are crooks,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“That woman squandered the pension fund,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("not before a thing, nor where the judgement is negated", () => {
    expect(stances("“This plan is a disaster for the farms,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“This man is not a crook,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“That storm was a catastrophe for the farms,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });
});
