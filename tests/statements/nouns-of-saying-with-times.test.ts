import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a possessor's noun of saying with the time of the saying before its clause", () => {
  it("gives the clause to the possessor, as without the time", () => {
    expect(spoken("Ruiz's remarks follow Peru's announcement on Monday that Chilean forces had suffered heavy losses near the border.")).toEqual([
      "Peru: Chilean forces had suffered heavy losses near the border",
    ]);
    expect(spoken("The remarks follow Peru's announcement on 4 May that the border would reopen.")).toEqual(["Peru: the border would reopen"]);
  });
});
