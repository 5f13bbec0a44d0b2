import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("a verb of saying with a noun phrase tells of an act, not of words", () => {
  it("gives no statement of 'announced a new package'", () => {
    expect(spoken("The harbour board announced a new ferry package on Monday, estimated to be worth $5 million.")).toEqual([]);
    expect(spoken("The town also announced matching sanctions alongside the county.")).toEqual([]);
  });

  it("still reads a clause, also one with a phrase set off by commas", () => {
    expect(spoken("The harbour board announced the ferries would run again.")).toEqual(["the harbour board: the ferries would run again"]);
    expect(spoken("Okafor says between 100 and 120 crates, mostly from the north pier, have been lost.")).toEqual(["Okafor: between 100 and 120 crates, mostly from the north pier, have been lost"]);
    // A participle of saying after the noun phrase brings words.
    expect(spoken("The harbour board announced fines against two shippers, claiming that they had dumped oil.")).toHaveLength(1);
  });

  it("lends the act's date to the same speaker's words", () => {
    const rows = statementsOf('On Monday, Mayor Maren Okafor announced a new ferry package. "Today I proudly announce new ferries for the islands," Okafor said.', "2024-06-26");
    expect(rows.map((r) => [r.speaker, r.date])).toEqual([["Maren Okafor", "2024-06-24"]]);
  });
});
