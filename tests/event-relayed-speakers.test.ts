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
