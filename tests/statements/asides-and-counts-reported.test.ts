import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verbless aside inside the reported clause (opening.ts findCut)", () => {
  it("reads on past ', while costly,' to the clause's verb", () => {
    expect(spoken("But analysts say such a bridge, while costly, would not be unwise given the floods.")).toEqual([
      "analysts: such a bridge, while costly, would not be unwise given the floods",
    ]);
    expect(spoken("The mayor said the repairs, while overdue, would begin in May.")).toEqual(["the mayor: the repairs, while overdue, would begin in May"]);
  });

  it("still ends the words where 'while' opens a clause of its own", () => {
    expect(spoken("The mayor said the repairs would begin in May, while the union said they would take years.")).toEqual([
      "the mayor: the repairs would begin in May",
      "the union: they would take years",
    ]);
    expect(spoken("The minister said the port would reopen, while the navy stayed in the bay.")).toEqual(["the minister: the port would reopen"]);
  });
});

describe("a count reported with a hedge before it (opening.ts namesAFact)", () => {
  it("reads 'reported around 600 deaths' as a fact reported", () => {
    expect(spoken("The toll rose in April, when the agency reported around 600 deaths.")).toEqual(["the agency: around 600 deaths"]);
    expect(spoken("Officials reported nearly 40 injuries after the storm.")).toEqual(["Officials: nearly 40 injuries after the storm"]);
    expect(spoken("The ministry reported over 1,000 arrests last year.")).toEqual(["the ministry: over 1,000 arrests last year"]);
  });

  it("leaves a preposition with no count after 'reported' no statement", () => {
    expect(spoken("The agency reported around the clock on the storm.")).toEqual([]);
  });
});
