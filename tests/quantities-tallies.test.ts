import { describe, expect, it } from "vitest";
import { quantitiesOf as quantities, quantityBrief as brief } from "./helpers.ts";

describe("a tally of votes", () => {
  it("reads each side of a tally by a word of voting as an amount of votes", () => {
    const cases: [string, number, number][] = [
      ["The bill cleared the chamber on a 240-190 vote.", 240, 190],
      ["The assembly voted 98-3 to extend the mission.", 98, 3],
      ["The council adopted the text by a vote of 13 to 2.", 13, 2],
      ["The Senate approved the package 70-29 on Tuesday.", 70, 29],
      ["The motion was rejected by 310 to 250.", 310, 250],
      ["Lawmakers ratified the treaty 401–12 after a long debate.", 401, 12],
      ["The board passed the budget by 9-4.", 9, 4],
      ["The committee endorsed the nominee 15-7.", 15, 7],
    ];
    for (const [sentence, yes, no] of cases) {
      expect(brief(quantities(sentence)), sentence).toEqual([
        [String(yes), yes, "exact", "votes", "count"],
        [String(no), no, "exact", "votes", "count"],
      ]);
    }
  });

  it("reads a tally hyphened as one modifier, and a court's split decision or ruling", () => {
    expect(brief(quantities("By a 3-to-2 vote, the panel returned the case to the lower court."))).toEqual([
      ["3", 3, "exact", "votes", "count"],
      ["2", 2, "exact", "votes", "count"],
    ]);
    expect(quantities("The tribunal issued a narrow 6-3 ruling on the appeal.").map((r) => [r.text, r.value, r.unit])).toEqual([
      ["6", 6, "votes"],
      ["3", 3, "votes"],
    ]);
    expect(quantities("The court made a 7-2 decision to lift the ban.").map((r) => r.value)).toEqual([7, 2]);
    // A supposed outcome is no vote cast.
    expect(quantities("A 3-3 ruling would keep the ban in force.")).toEqual([]);
    expect(quantities("A 6-6 vote by the full bench could keep the ban in force.")).toEqual([]);
    expect(quantities("The court made a 5-4 ruling that could reshape the law.").map((r) => r.value)).toEqual([5, 4]);
  });

  it("counts a single vote against", () => {
    expect(quantities("The council adopted the text by a vote of 14 to 1.").map((r) => r.value)).toEqual([14, 1]);
  });

  it("leaves scores and ranges without a word of voting as they were", () => {
    expect(quantities("The home side won 3-1 on Sunday.")).toEqual([]);
    expect(quantities("The final score was 24-17.")).toEqual([]);
    expect(brief(quantities("Between 10-12 people were hurt."))).toEqual([["10-12 people", 10, "exact", "people", "personnel"]]);
    expect(quantities("The party won from 40 to 60 votes in each district.").map((r) => [r.value, r.value_max])).toEqual([[40, 60]]);
  });
});
