import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATA_DIR } from "../../loaders/dictionaries.ts";
import { loadPraiseValence, POSITIVE_VALENCE_FILE } from "../../loaders/statements/praised-parties.ts";
import { positiveWords } from "../../loaders/statements/valence-lexicons.ts";
import { statementsOf } from "./read.ts";

const stances = (body: string) => statementsOf(body).map((r) => [r.speaker, r.stance]);

describe("a third party praised by a word of positive valence it is the subject or owner of (data/positive-valence.yaml)", () => {
  it("supports the subject of a clause whose predicate is a word of merit", () => {
    expect(stances("“She really does love this town,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("Senator Ola Berg said Mayor Tove Lind had been a loyal and devoted partner to the growers.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("“The harbour board has succeeded with the new ferry line,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("“They admired the nurses,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
  });

  it("supports a party named the right or best person, or a voice for others (data/praise-words.yaml fitness)", () => {
    expect(stances("Senator Ola Berg said Mayor Tove Lind is the right person to lead the harbour.")).toEqual([["Ola Berg", "support"]]);
    expect(stances("“Tove Lind has been a strong voice for the growers,” Senator Ola Berg said.")).toEqual([["Ola Berg", "support"]]);
  });

  it("supports the owner of a praised noun phrase", () => {
    expect(stances("Senator Ola Berg pointed to the mayor's magnificent handling of the flood.")).toEqual([["Ola Berg", "support"]]);
  });

  it("does not support when the praise is negated, supposed or asked", () => {
    expect(stances("“Mayor Tove Lind is not loyal to anyone,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“If the board succeeded, the auditors will say so,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Did the board succeed with the fund?” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });

  it("does not support the speaker's own side, a party's mood or luck, or a thing that is no party", () => {
    expect(stances("“We succeeded with the budget,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Tove Lind was happy about the vote,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“Tove Lind won the northern districts,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
    expect(stances("“The harvest was magnificent this year,” Senator Ola Berg said.")).toEqual([["Ola Berg", "other"]]);
  });
});

describe("the praise reading's words (data/positive-valence.yaml)", () => {
  it("takes AFINN's words at or above the threshold, less those excepted", () => {
    const none = new Set<string>();
    expect(positiveWords({ afinn: 3, vader: null }, none).has("loyal")).toBe(true);
    expect(positiveWords({ afinn: 3, vader: null }, none).has("support")).toBe(false);
    expect(positiveWords({ afinn: 3, vader: null }, new Set(["loyal"])).has("loyal")).toBe(false);
  });

  it("is off where the dictionary says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "praise-"));
    const text = readFileSync(join(DATA_DIR, POSITIVE_VALENCE_FILE), "utf8").replace(/^enabled: true$/m, "enabled: false");
    writeFileSync(join(dir, POSITIVE_VALENCE_FILE), text);
    expect(loadPraiseValence(dir)).toBeNull();
    expect(loadPraiseValence()?.words.has("loyal")).toBe(true);
  });
});
