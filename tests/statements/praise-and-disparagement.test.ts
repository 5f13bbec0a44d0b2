import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | stance" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.stance}`);

describe("words of praise in reported words back whom they are said of (data/speech-verbs.yaml cues)", () => {
  it("reads an endorsement, a verdict of winning and praise as support", () => {
    expect(rows("“I am honored by her endorsement,” Tom Vale said. Ann Cole said the mayor was the clear winner of the forum.")).toEqual([
      "Tom Vale | support",
      "Ann Cole | support",
    ]);
  });
});

describe("words that disparage a person or what they did accuse them (data/speech-verbs.yaml cues)", () => {
  it("reads an insult or mockery told as done as an accusation", () => {
    expect(rows("“He is a liar and a bully,” Ann Cole said. Tom Vale said his rival had mocked his wife.")).toEqual([
      "Ann Cole | accuse",
      "Tom Vale | accuse",
    ]);
  });

  it("accuses no one of what the speaker says of itself", () => {
    expect(rows("Ann Cole said she had never lied to the voters.")).toEqual(["Ann Cole | other"]);
  });
});
