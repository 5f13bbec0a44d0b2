import { describe, expect, it } from "vitest";
import { negativeWords } from "../../loaders/statements/valence-lexicons.ts";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("words of negative valence from a second general lexicon (data/negative-valence.yaml vader_threshold)", () => {
  it("adds VADER's words at or below its threshold that AFINN lacks, and only where switched on", () => {
    const none = new Set<string>();
    expect(negativeWords({ afinn: -2, vader: null }, none).has("arrogance")).toBe(false);
    expect(negativeWords({ afinn: -2, vader: -2 }, none).has("arrogance")).toBe(true);
    expect(negativeWords({ afinn: -2, vader: -2 }, none).has("brutalized")).toBe(true);
    // Single words only: VADER's phrases ("fed up") and emoticons are not words.
    expect(negativeWords({ afinn: -2, vader: -2 }, none).has("fed up")).toBe(false);
    expect(negativeWords({ afinn: -2, vader: -2 }, new Set(["arrogance"])).has("arrogance")).toBe(false);
  });

  it("accuses a third party judged by one of them in the construction the AFINN words need", () => {
    expect(stances("“Her arrogance cost the harbour its pension fund,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the port police brutalized the dockers.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“The board has been hateful toward the nurses,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("not where the word is negated, asked, the speaker's own, or what befell the subject", () => {
    expect(stances("“The board has never been hateful toward the nurses,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Did the port police brutalize the dockers?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Our arrogance cost the harbour its pension fund,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("Senator Ola Berg said the dockers were brutalized in 1990.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("words of judgement neither lexicon rates (data/negative-valence.yaml added_words)", () => {
  it("judge a third party they are predicated of or owned by", () => {
    expect(stances("“Tove Lind is a crook,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("Senator Ola Berg said the mayor's rhetoric was divisive and xenophobic.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Their shady deals cost the harbour millions,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
    expect(stances("“Tove Lind is a joke,” Senator Ola Berg said.")).toEqual([["Ola Berg", "accuse"]]);
  });

  it("not negated, asked, of the speaker's side, or of no party", () => {
    expect(stances("“Tove Lind is not a crook,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Is the mayor's rhetoric divisive?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Our campaign was divisive at times,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“The debate over the harbour is divisive,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });
});
