import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a speaker after the verb, past a clause whose subject has an aside (closing.ts)", () => {
  it("reads the words between commas that open with a finite verb as the predicate, not an apposition", () => {
    expect(spoken("The port's actions, including its new curfew, undermine the trade of the region, said Ida Berg, acting head of the dockers' union.")).toEqual([
      "Ida Berg: The port's actions, including its new curfew, undermine the trade of the region",
    ]);
    expect(spoken("The new fees, like the curfew, hurt the crews, said Ida Berg.")).toEqual(["Ida Berg: The new fees, like the curfew, hurt the crews"]);
    expect(spoken("The ferries, built in Norway, are too slow for the route, said the port's director.")).toEqual(["the port's director: The ferries, built in Norway, are too slow for the route"]);
  });

  it("still reads a speaker's apposition before the verb", () => {
    expect(spoken("Pak Jong Chon, one of the founders, said the port would reopen.")).toEqual(["Pak Jong Chon: the port would reopen"]);
    expect(spoken('"We will rebuild," Pak Jong Chon, speaking to reporters, said.')).toEqual(["Pak Jong Chon: We will rebuild"]);
  });
});
