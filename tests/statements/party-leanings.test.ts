import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | country" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.speaker_country}`);

describe("a party's adjective before someone holding no office gives a leaning, not a state (speakers/leanings.ts)", () => {
  it("leaves a pollster described by his party without a state", () => {
    expect(rows("Tom Vale, a longtime Democratic pollster, said the race was tightening.")).toEqual(["Tom Vale | "]);
  });

  it("leaves an unnamed party source and party voters without one, in other tenses", () => {
    expect(rows("A Republican source has said the vote will be delayed.")).toEqual(["a Republican source | "]);
    expect(rows("Democratic voters told the paper that the debate had changed their minds.")).toEqual(["Democratic voters | "]);
  });

  it("still places a party's officers and a state's own analysts", () => {
    expect(rows("Tom Vale, a Democratic senator, said the race was tightening.")).toEqual(["Tom Vale | USA"]);
    expect(rows("A Russian analyst said the vote would be delayed.")).toEqual(["a Russian analyst | RUS"]);
  });
});
