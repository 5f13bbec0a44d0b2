import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("speaker phrases tied to someone by an adjective", () => {
  it("reads an object pronoun after the tie ('people close to him')", () => {
    expect(spoken("Maren Okafor left the board. People close to her said the harbour plan had stalled.")).toEqual([
      "People close to her: the harbour plan had stalled",
    ]);
  });

  it("reads a pronoun heading the phrase ('those close to …', 'others familiar with …') as the whole speaker", () => {
    expect(spoken("Those close to the mayor say the ferry tender will be cancelled.")).toEqual(["Those close to the mayor: the ferry tender will be cancelled"]);
    expect(spoken("Others familiar with the tender said the bids were late.")).toEqual(["Others familiar with the tender: the bids were late"]);
  });
});

describe("a people named by its plural demonym", () => {
  it("speaks as a group", () => {
    expect(spoken("Many Americans say the ferry fares are too high.")).toEqual(["Many Americans: the ferry fares are too high"]);
    expect(spoken("Mexicans said the border crossing had become slower.")).toEqual(["Mexicans: the border crossing had become slower"]);
  });
});
