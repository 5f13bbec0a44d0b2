import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

/** The accusations the coder makes of one sentence: actor, target. */
const accusations = (sentence: string) => codedEvents([sentence]).filter(([type]) => type === "ACCUSE").map(([, actor, target]) => [actor, target]);

describe("a channel that cites a side relays its words: the side cited speaks (relayed-speakers.ts)", () => {
  it("after 'according to' a report that cites a side", () => {
    expect(accusations("Chile has delivered thousands of rifles to Peru, according to a report by local media citing Bolivian military intelligence.")).toEqual([["BOL", "CHL;PER"]]);
    expect(accusations("Sudanese troops shelled the camp on Friday, according to the broadcaster, quoting the Chadian government.")).toEqual([["TCD", "SDN"]]);
    expect(accusations("According to newspaper reports citing Japanese officials, Iran shipped drones to Venezuela.")).toEqual([["JPN", "IRN;VEN"]]);
  });

  it("no side is cited, an outlet reports with its own verb, or the speaker speaks for a side of its own: no relay", () => {
    // The outlet that reports is the speaker (the annotation guide), and it speaks for no side.
    expect(accusations("Chile sent rifles to Peru last month, the agency reported, citing Bolivia's defence ministry.")).toEqual([]);
    expect(accusations("Chile sent rifles to Peru last month, the newspaper reported, citing unnamed officials.")).toEqual([]);
    expect(accusations("Chile sent rifles to Peru, according to a report by the think tank.")).toEqual([]);
    // A state's own speaker who cites another keeps the word: Bolivia accuses.
    expect(accusations("Bolivia said, citing intelligence from Argentina, that Chile had sent rifles to Peru.")).toEqual([["BOL", "CHL;PER"]]);
  });
});

describe("an inverted speaker described after its verb ('…, said a spokesman for the Chilean president')", () => {
  it("the party inside the description speaks: a side announcing its own withdrawal promises it", () => {
    expect(codedEvents(["Chile will withdraw its troops from Bolivia in May, said a spokesman for the Chilean president."]).sort()).toEqual([["AGREE", "CHL", "BOL"], ["RETREAT", "CHL", "BOL"]]);
  });

  it("another side's speaker described after the verb makes no promise of it", () => {
    expect(codedEvents(["Chile will withdraw its troops from Bolivia in May, said a spokesman for the Peruvian president."]).map(([t]) => t)).not.toContain("AGREE");
  });
});

describe("a withdrawal from a place that is no state aims at the state that holds it (place_target_types)", () => {
  it("'will evacuate the settlements in the Gaza Strip': the territory's code is the target", () => {
    expect(codedEvents(["Israel will evacuate two settlements in the West Bank next year."]).filter(([t]) => t === "RETREAT")).toEqual([["RETREAT", "ISR", "PSE"]]);
  });
});
