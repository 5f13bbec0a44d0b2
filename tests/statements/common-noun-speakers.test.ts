import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a common noun before a verb of saying is its speaker", () => {
  it("reads a body, a share of a poll and a group named by their noun", () => {
    expect(spoken("The bakery said that it had closed two of its shops in March.")).toEqual(["the bakery: it had closed two of its shops in March"]);
    expect(spoken("In the survey, 41 percent said the bridge should be rebuilt.")).toEqual(["41 percent: the bridge should be rebuilt"]);
    expect(spoken("Several choir members said the concert had been moved to the old hall.")).toEqual(["Several choir members: the concert had been moved to the old hall"]);
  });

  it("reads a closing attribution with such a speaker", () => {
    expect(spoken("The harbour will reopen on Friday, the port authority said.")).toEqual(["the port authority: The harbour will reopen on Friday"]);
  });

  it("does not read a passive participle or a modifier as a verb of saying", () => {
    // The passive's agent confirms (a frame of data/speech-verbs.yaml); the subject is what was confirmed.
    expect(spoken("The findings were confirmed by journalists of a local weekly.")).toEqual(["journalists of a local weekly: The findings"]);
    expect(spoken("The thefts reported to the police rose by a third over the summer.")).toEqual([]);
  });
});
