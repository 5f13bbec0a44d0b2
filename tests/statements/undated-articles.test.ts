import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("an article with no publication date", () => {
  it("skips a named day between the speaker and the verb, as a dated article does", () => {
    expect(spoken("The Peruvian Treasury on Oct. 2 said the rules would hit the fleet of Chile.", "")).toEqual(["the Peruvian Treasury: the rules would hit the fleet of Chile"]);
    expect(spoken("The Lima port authority on Sept. 25 said the ferry would sail late.", "")).toEqual(["the Lima port authority: the ferry would sail late"]);
  });

  it("gives the row no date from a day it cannot place", () => {
    expect(statementsOf("The Lima port authority on Sept. 25 said the ferry would sail late.", "").map((r) => [r.date, r.date_precision])).toEqual([["", ""]]);
  });
});
