import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a relative 'which' after a named body or state", () => {
  it("speaks for the body or state it follows", () => {
    expect(spoken("The sale drew protests from Peru, which repeatedly condemned all attempts to arm the island.")).toEqual(["Peru: condemned all attempts to arm the island"]);
  });

  it("leaves a 'which' after a thing alone", () => {
    expect(spoken("The pact includes a new clause, which stipulates that either side will help the other.")).toEqual([]);
  });
});
