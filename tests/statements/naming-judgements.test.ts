import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** "speaker | stance" of each row. */
const rows = (text: string) => statementsOf(text).map((r) => `${r.speaker} | ${r.stance}`);

describe("a party named with a word of judgement (data/naming-verbs.yaml, loaders/statements/naming-judgements.ts)", () => {
  it("accuses the party named with a word of negative valence, in any verb of naming", () => {
    expect(rows("Senator Ola Berg called Tom Vale a loser on Tuesday.")).toEqual(["Ola Berg | accuse"]);
    expect(rows("Ola Berg has branded her rival “reckless” in a campaign video.")).toEqual(["Ola Berg | accuse"]);
    expect(rows("Ola Berg described the governor as “dangerous and unfit.”")).toEqual(["Ola Berg | accuse"]);
    expect(rows("Ola Berg referred to Vale as “a pathetic little man.”")).toEqual(["Ola Berg | accuse"]);
  });

  it("reads the naming inside reported words", () => {
    expect(rows("Ann Cole said Ola Berg had called Tom Vale a liar.")).toEqual(["Ann Cole | accuse"]);
  });

  it("supports the party named with a word of praise", () => {
    expect(rows("The mayor called Tom Vale “a loyal and brilliant partner.”")).toEqual(["the mayor | support"]);
  });

  it("judges a thing only where a party owns it", () => {
    expect(rows("Ola Berg called Vale's plan “a disaster.”")).toEqual(["Ola Berg | accuse"]);
    expect(rows("Ola Berg called the plan “a disaster.”")).toEqual(["Ola Berg | other"]);
  });

  it("reads no naming negated or supposed", () => {
    expect(rows("Ann Cole said Ola Berg never called Tom Vale a loser.")).toEqual(["Ann Cole | other"]);
    expect(rows("Ann Cole said Ola Berg did not describe the governor as a failure.")).toEqual(["Ann Cole | other"]);
    expect(rows("Ann Cole said Ola Berg had described the governor as a failure.")).toEqual(["Ann Cole | accuse"]);
  });

  it("reads no naming asked, or one the speaker makes of himself", () => {
    expect(rows("Did Ola Berg call Tom Vale “a liar”?")).toEqual([]);
    expect(rows("Ola Berg called himself “a humble servant.”")).toEqual(["Ola Berg | other"]);
  });
});
