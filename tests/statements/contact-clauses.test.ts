import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a relative clause with no relative word between the speaker and the verb", () => {
  it("keeps the head and its clause as the speaker ('the pilots we interviewed said')", () => {
    expect(spoken("The pilots we interviewed said the runway lights had failed.")).toEqual(["the pilots we interviewed: the runway lights had failed"]);
  });

  it("reads a pronoun head and a clause ending in a preposition ('everyone I spoke to')", () => {
    expect(spoken("Everyone I spoke to said the ferry fares were too high.")).toEqual(["Everyone I spoke to: the ferry fares were too high"]);
  });

  it("leaves a clause whose head is no speaker ('everything I read')", () => {
    expect(spoken("Everything I read said the ferry fares were too high.")).toEqual([]);
  });
});
