/** A state's institutions as the parties of an act (data/state-institutions.yaml); invented sentences. */
import { describe, expect, it } from "vitest";
import { codedEvents as coded } from "./helpers.ts";

describe("an institution whose name says its state acts for it (actors.ts, state-institutions.ts)", () => {
  it("reads a legislature, a ministry, an armed service and a chamber named alone, on either side of an act", () => {
    expect(coded(["The State Duma accused Ukraine of shelling the border town."])).toContainEqual(["ACCUSE", "RUS", "UKR"]);
    expect(coded(["The Knesset voted to sanction Iran's oil exports."])).toEqual([["SANCTION", "ISR", "IRN"]]);
    expect(coded(["The People's Liberation Army held drills near Taiwan on Monday."])).toEqual([["MOBILIZE", "CHN", "TWN"]]);
    expect(coded(["The U.S. Congress imposed sanctions on Venezuela last year."])).toEqual([["SANCTION", "USA", "VEN"]]);
  });

  it("reads a legislature or ministry of a kind every state has by the state named before it", () => {
    expect(coded(["South Korea's National Assembly condemned the North Korean missile launch."])).toContainEqual(["ACCUSE", "KOR", "PRK"]);
    expect(coded(["Russia's Defence Ministry accused Ukraine of attacking the dam."])).toContainEqual(["ACCUSE", "RUS", "UKR"]);
  });
});

describe("members of a legislature named by their kind act for the article's state (public-offices.ts)", () => {
  it("reads deputies and MPs of the dateline's state", () => {
    expect(coded(["SEOUL (Reuters) - Deputies imposed sanctions on North Korea on Monday."])).toEqual([["SANCTION", "KOR", "PRK"]]);
    expect(coded(["LONDON (Reuters) - MPs imposed sanctions on Belarus on Monday."])).toEqual([["SANCTION", "GBR", "BLR"]]);
  });
});

describe("a definite singular body as subject acts for its state (generic-subject.ts, bound-bodies.ts)", () => {
  const SEOUL = "SEOUL, May 4 (Reuters) - ";

  it("a body named by its kind alone acts for the dateline's state, whatever the verb", () => {
    expect(coded([`${SEOUL}The parliament accused Japan of hiding the funds.`])).toEqual([["ACCUSE", "KOR", "JPN"]]);
    expect(coded([`${SEOUL}The senate has sanctioned two Japanese banks.`])).toEqual([["SANCTION", "KOR", "JPN"]]);
    expect(coded([`${SEOUL}The supreme court rejected Japan's appeal.`])).toEqual([["REJECT", "KOR", "JPN"]]);
    expect(coded([`${SEOUL}The army agreed with Japan on a ceasefire.`])).toEqual([["AGREE", "KOR", "JPN"]]);
    expect(coded([`${SEOUL}The defence ministry accused Japan of hiding the funds.`])).toEqual([["ACCUSE", "KOR", "JPN"]]);
  });

  it("a body named with its state acts for that state, and a later 'the court' refers back to it", () => {
    expect(coded(["Peru's congress accused Chile of hiding the funds."])).toEqual([["ACCUSE", "PER", "CHL"]]);
    expect(coded([`${SEOUL}Japan's supreme court upheld the ruling on Monday. The court ordered China to pay damages.`])).toEqual([["REQUEST", "JPN", "CHN"]]);
  });

  it("a phrase headed by another noun, or a body's people named as 'the judge', names no body", () => {
    expect(coded([`${SEOUL}The court of public opinion condemned Japan.`])).toEqual([]);
    expect(coded([`${SEOUL}The judge agreed with Japan on a ceasefire.`])).toEqual([]);
    expect(coded([`${SEOUL}The parties agreed with Japan on a ceasefire.`])).toEqual([]);
  });
});
