import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | stance" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.stance}`);

describe("a party stood by, told in reported words (data/backing-verbs.yaml, loaders/statements/backing-words.ts)", () => {
  it("reads defending or standing by a party as support", () => {
    expect(rows("Ann Cole said Ola Berg had defended Tom Vale.")).toEqual(["Ann Cole | support"]);
    expect(rows("“She stood by him when nobody else did,” Ann Cole said.")).toEqual(["Ann Cole | support"]);
    expect(rows("Ann Cole said the mayor came to the defense of the embattled governor.")).toEqual(["Ann Cole | support"]);
  });

  it("reads a party as naming does (party-objects.ts): a place before the head, a possessive before a person", () => {
    expect(rows("Ann Cole said Ola Berg had defended the Texas senator.")).toEqual(["Ann Cole | support"]);
    expect(rows("Ann Cole said Ola Berg stood by her former aide.")).toEqual(["Ann Cole | support"]);
    expect(rows("Ann Cole said Ola Berg stood by the Texas budget.")).toEqual(["Ann Cole | other"]);
  });

  it("reads no backing of a thing, nor one negated", () => {
    expect(rows("Ann Cole said Ola Berg defended the budget.")).toEqual(["Ann Cole | other"]);
    expect(rows("Ann Cole said Ola Berg stood by his remarks.")).toEqual(["Ann Cole | other"]);
    expect(rows("Ann Cole said Ola Berg never defended Tom Vale.")).toEqual(["Ann Cole | other"]);
  });

  it("makes no statement of the verb alone: it tells an act, not words", () => {
    expect(rows("Ola Berg defended Tom Vale on Sunday.")).toEqual([]);
  });
});
