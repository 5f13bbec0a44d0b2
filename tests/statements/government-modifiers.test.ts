import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_country}`);

describe("an adjective of government before any head (data/speakers.yaml government_modifiers)", () => {
  it("puts unnamed or many holders, and what they issue, in the report's state", () => {
    expect(rows("Peru's navy searched the coast on Monday. Federal investigators said the port's accounts had been forged.")).toEqual(["Federal investigators | PER"]);
    expect(rows("Peru's navy searched the coast on Monday. Federal prosecutors have charged two captains with smuggling, and federal and state officials said the two had hidden the cargo.")).toContain(
      "federal and state officials | PER",
    );
    expect(rows("Peru's navy searched the coast on Monday. According to federal data, 40 percent of the boats are unlicensed.")).toEqual(["federal data | PER"]);
  });

  it("leaves the word inside a body's name, and other adjectives, as they were", () => {
    expect(rows("Peru's navy searched the coast on Monday. The Committee for a Responsible Federal Budget said the plan would cost $150 million.").map((r) => r.split(" | ")[0])).toEqual([
      "the Committee for a Responsible Federal Budget",
    ]);
    expect(rows("Peru's navy searched the coast on Monday. Independent investigators said the accounts had been forged.")).toEqual(["Independent investigators | "]);
  });
});
