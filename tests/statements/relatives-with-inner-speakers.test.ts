import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a relative clause whose speaker stands inside it", () => {
  it("gives the whole clause to the speaker between the relative word and its predicate", () => {
    expect(spoken("Parents protested the state funding system, which advocates say disadvantages poor schools.")).toEqual([
      "advocates: which advocates say disadvantages poor schools",
    ]);
  });

  it("ends the words at the comma closing the aside, not at the sentence's end", () => {
    expect(spoken("The fishermen, who the police say started the fire, were held overnight.")).toEqual(["the police: who the police say started the fire"]);
  });

  it("leaves a passive of saying alone", () => {
    expect(spoken("The plan, which was said to be costly, failed.")).toEqual([]);
  });
});
