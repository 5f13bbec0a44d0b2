import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a relative introduced by a possessive pronoun ('his wife said')", () => {
  it("speaks, named by the person the pronoun takes up", () => {
    expect(spoken("Mayor Tom Lind retired in May. His wife said the port had been his life.")).toEqual([
      "Tom Lind's wife: the port had been his life",
    ]);
    expect(spoken("Ida Brenn said the ferry would sail. Her daughter said it never did.")).toEqual([
      "Ida Brenn: the ferry would sail",
      "Ida Brenn's daughter: it never did",
    ]);
  });

  it("stays a description when the pronoun takes up no one", () => {
    expect(spoken("Their son said the ferry never sailed.")).toEqual(["their son: the ferry never sailed"]);
  });
});
