import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("reported questions (loaders/statements/reported-questions.ts)", () => {
  it("reads the one asked between a verb of asking and its question word", () => {
    expect(spoken("The reporter asked the minister whether the port would reopen.")).toEqual(["the reporter: whether the port would reopen"]);
    expect(spoken("Lawmakers asked the navy chief why the ferries had been laid up.")).toEqual(["Lawmakers: why the ferries had been laid up"]);
    expect(spoken("The captain asked the crew if anyone had seen the lights.")).toEqual(["the captain: if anyone had seen the lights"]);
    expect(spoken("On Friday, host Ana Ruiz asked harbour spokesman Maj. Ivo Saar how the port was paying for the repairs.")).toEqual([
      "Ana Ruiz: how the port was paying for the repairs",
    ]);
  });

  it("lets a verb of asking open its question with how, what or when", () => {
    expect(spoken("Journalists asked the governor what the new curfew would mean for fishermen.")).toEqual(["Journalists: what the new curfew would mean for fishermen"]);
    expect(spoken("The mayor wondered how the new quay would be paid for.")).toEqual(["the mayor: how the new quay would be paid for"]);
    expect(spoken("The council queried when the ferries would sail again.")).toEqual(["the council: when the ferries would sail again"]);
  });

  it("leaves a request that asks for something, or asks someone to act, no question", () => {
    // A request of someone to act is its asker's statement, not a question.
    expect(spoken("The minister asked the council to approve the budget.")).toEqual(["the minister: the council to approve the budget"]);
    expect(spoken("The union asked for a meeting with the board.")).toEqual([]);
    // Only a verb of asking opens a question with "how": a finding's "signals how" does not.
    expect(spoken("The new timetable signals how busy the port has become.")).toEqual([]);
  });
});
