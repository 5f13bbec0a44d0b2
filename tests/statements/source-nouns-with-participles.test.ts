import { describe, expect, it } from "vitest";
import { expectSpokenBy, spoken } from "./read.ts";

// A noun of saying whose clause a participle opens in place of "that": "reports from X suggesting that …",
// "claims by X saying …", for nouns of source and of stance, with modifiers before the noun and a coordinated author.
const READ: [frame: string, text: string, speaker: string, words: string][] = [
  ["reports from X suggesting that", "This comes after reports from Chilean intelligence suggesting that Peru had sent 10,000 soldiers.", "Chilean intelligence", "Peru had sent 10,000 soldiers"],
  ["earlier claims by X and Y suggesting that", "This follows earlier claims by Chile and its allies suggesting that Peru had sent troops to Bolivia.", "Chile and its allies", "Peru had sent troops"],
  ["statements by X saying", "The move came despite statements by the Chilean navy saying the frigates would stay in port.", "Chilean navy", "the frigates would stay in port"],
  ["accusations by X alleging that", "The talks stalled over accusations by Ana Ruiz alleging that Peru had armed the rebels.", "Ana Ruiz", "Peru had armed the rebels"],
];

describe("a noun of saying with a participle for its clause", () => {
  it.each(READ)("%s", (_frame, text, speaker, words) => expectSpokenBy(text, speaker, words));

  it("no author named, no row", () => {
    expect(spoken("This comes after reports suggesting that Peru had sent 10,000 soldiers.")).toEqual([]);
  });
});
