/**
 * "they" after a sentence opened by a plural noun phrase that no speaker took up since: the
 * pronoun stands for that subject, not for a plural speaker heard further back
 * (loaders/statements/plural-subjects.ts). Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

describe("they after a plural subject", () => {
  it("takes up the subject of the sentence before, through its reduced relative", () => {
    const body = "Twenty-seven towns led by coal-producer Leith and fishing groups are challenging the board in court.\n\nThey argue that the board overstepped its powers.";
    expect(statementsOf(body).map((r) => [r.speaker, r.quote])).toEqual([["Twenty-seven towns led by coal-producer Leith and fishing groups", "the board overstepped its powers"]]);
  });

  it("keeps the plural speaker heard since the subject", () => {
    const body = "Harbour unions went on strike on Monday. Dock officials said the cranes were idle.\n\nThey added that talks would resume.";
    expect(statementsOf(body).map((r) => r.speaker)).toEqual(["Dock officials", "Dock officials"]);
  });
});
