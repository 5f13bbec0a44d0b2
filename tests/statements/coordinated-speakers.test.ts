import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb of saying coordinated with another verb", () => {
  it("takes the clause's subject through a title's period and an adverb", () => {
    expect(spoken("Mr. Okafor generally supported the plan and said he would vote for it.")).toEqual(["Okafor: he would vote for it"]);
  });

  it("takes the subject before an apposition", () => {
    expect(spoken("Maren Okafor, the harbour master, closed the quay on Monday and said the storm would pass by Friday.")).toEqual(["Maren Okafor: the storm would pass by Friday"]);
  });

  it("steps over 'long' between the subject and the verb", () => {
    expect(spoken("Okafor has long said that the quay is too short.")).toEqual(["Okafor: the quay is too short"]);
  });
});
