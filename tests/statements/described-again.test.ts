import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a person described again by another head with the same modifiers", () => {
  it("takes up the earlier description when the article names no one for it", () => {
    expect(spoken("“We condemn the launch,” a Chilean envoy to the United Nations told the council. “It is alarming,” the Chilean diplomat added.")).toEqual([
      "a Chilean envoy to the United Nations: We condemn the launch",
      "a Chilean envoy to the United Nations: It is alarming",
    ]);
    expect(spoken("A member of a local resistance group said the village was shelled. The resistance fighter added that the families had fled.")).toEqual([
      "a member of a local resistance group: the village was shelled",
      "a member of a local resistance group: the families had fled",
    ]);
  });

  it("leaves a description whose modifiers the earlier one lacks, or one that is a title", () => {
    expect(spoken("A member of a local militia said the school was hit. The militia commander said the road was mined.")).toEqual(["a member of a local militia: the school was hit", "the militia commander: the road was mined"]);
    expect(spoken("A Chilean envoy said the launch was alarming. The Peruvian diplomat said it was not.")).toEqual(["a Chilean envoy: the launch was alarming", "the Peruvian diplomat: it was not"]);
  });
});

describe("'the article' after an outlet's report", () => {
  it("speaks for the outlet, as 'the report' does", () => {
    expect(spoken("“Peru has released the frozen funds,” The Washington Post wrote in a report on Tuesday. The article also revealed that a front company opened an account at a Chilean bank.")).toEqual([
      "Washington Post: Peru has released the frozen funds",
      "Washington Post: a front company opened an account at a Chilean bank",
    ]);
  });
});
