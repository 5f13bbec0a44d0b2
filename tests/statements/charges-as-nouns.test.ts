import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

// A charge told as a noun with its author ("the senator's allegation that …"): the author accuses.
describe("an allegation owned by its author", () => {
  it("is the author's accusation", () => {
    const rows = statementsOf("The senator's allegation that the harbour board took bribes drew a sharp reply.");
    expect(rows.map((r) => [r.speaker, r.stance])).toEqual([["the senator", "accuse"]]);
    const named = statementsOf("Senator Ana Ruiz's allegation that the port director lied was rejected.");
    expect(named.map((r) => [r.speaker, r.stance])).toEqual([["Ana Ruiz", "accuse"]]);
  });

  it("is none with no author", () => {
    expect(statementsOf("The allegation was first made in 2015.")).toEqual([]);
  });
});
