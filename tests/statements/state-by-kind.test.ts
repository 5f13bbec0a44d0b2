import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const who = (body: string) => statementsOf(body).map((r) => [r.speaker, r.speaker_country]);

describe("a state a speaker's description names by its kind", () => {
  it("names the state the article named last: 'officials in the country', 'the country's ministry'", () => {
    expect(who("Several factories in Norway have altered their lines to make shells, officials in the country told the radio station.")).toEqual([["officials in Norway", "NOR"]]);
    expect(who("Norway held drills on Monday. The country's defence ministry said the drills would go on.")).toEqual([["Norway's defence ministry", "NOR"]]);
    expect(who("Japan protested on Monday. Sources in the country said the envoy was summoned.")).toEqual([["Sources in Japan", "JPN"]]);
    expect(who("North Korea fired a missile on Monday. Residents of the country said they heard blasts.")).toEqual([["Residents of North Korea", "PRK"]]);
  });

  it("leaves the kind when two states were named just before, or none", () => {
    expect(who("Norway held talks with Sweden on Monday. The country's defence ministry said the drills would go on.").map(([s]) => s)).toEqual(["the country's defence ministry"]);
    expect(who("Officials in the country said the harbour was closed.").map(([s]) => s)).toEqual(["Officials in the country"]);
  });
});
