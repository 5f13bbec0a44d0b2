import { describe, expect, it } from "vitest";
import { codedEvents } from "./helpers.ts";

/** The rows the coder makes of one sentence, sorted: type, actor, target. */
const rows = (sentence: string) => codedEvents([sentence]).sort();
const transfers = (sentence: string) => rows(sentence).filter(([type]) => type === "AID");

describe("a weapon named as another side's, beside the attack that used it, was supplied by that side (weapon-origin.ts)", () => {
  it("a side that uses, fires or launches a weapon another side's demonym qualifies got it from that side", () => {
    expect(transfers("Chile used a Peruvian missile to strike Tacna overnight.")).toEqual([["AID", "PER", "CHL"]]);
    expect(transfers("Ukraine fired British Storm Shadow missiles at Crimea on Monday.")).toEqual([["AID", "GBR", "UKR"]]);
    expect(transfers("The Houthis launched Iranian drones at ships in the Red Sea.")).toEqual([["AID", "IRN", "YEM"]]);
  });

  it("so does a side that attacks with them, the maker told before the weapon or after 'made in'", () => {
    expect(rows("Israel struck Hamas positions with American bombs.")).toEqual([["AID", "USA", "ISR"], ["ASSAULT", "ISR", ""]]);
    expect(transfers("Chilean forces struck Tacna with drones made in Peru.")).toEqual([["AID", "PER", "CHL"]]);
    expect(transfers("Sudan's army bombed the town with dozens of drones and two missiles, including some made in Turkey.")).toEqual([["AID", "TUR", "SDN"]]);
  });

  it("a side's own weapons, a target's weapons and a target's demonym tell no transfer", () => {
    expect(rows("Russia struck Kyiv with Russian missiles.")).toEqual([["ASSAULT", "RUS", "UKR"]]);
    expect(rows("Russian troops attacked Ukrainian positions with tanks.")).toEqual([["ASSAULT", "RUS", "UKR"]]);
    expect(transfers("Ukraine shot down Iranian drones over Kyiv.")).toEqual([]);
    expect(transfers("Chile fired missiles at Peruvian cities.")).toEqual([]);
  });
});
