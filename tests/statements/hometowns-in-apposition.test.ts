import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a hometown in apposition between a speaker's name and the verb", () => {
  it("skips 'of <town>, <region>' back to the name (the place never speaks)", () => {
    expect(spoken("Ida Brenn, of Dunmore, Pa., said the ferry fares had doubled.")).toEqual(["Ida Brenn: the ferry fares had doubled"]);
    expect(spoken("Ida Brenn, 61, from Dunmore, said the ferry fares had doubled.")).toEqual(["Ida Brenn: the ferry fares had doubled"]);
  });

  it("reads an age, a hometown with its abbreviated region and a relative clause, four appositions in all", () => {
    expect(spoken("Ida Marie Brenn, 61, of Dunmore, Pa., who watched the launch from the pier, said the ferry fares had doubled.")).toEqual([
      "Ida Marie Brenn: the ferry fares had doubled",
    ]);
  });
});
