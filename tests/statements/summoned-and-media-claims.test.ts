import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("an envoy summoned for the summoner's words", () => {
  it("reads the one who summons as the speaker of the infinitive of saying", () => {
    expect(spoken("Lima summoned Chilean envoy Luis Cano to express concern over the fence on the border.")).toEqual([
      "Lima: express concern over the fence on the border",
    ]);
    expect(spoken("Bolivia's foreign ministry summoned the Peruvian ambassador on Monday to voice its objections to the new toll.")).toEqual([
      "Bolivia's foreign ministry: voice its objections to the new toll",
    ]);
  });

  it("reads a ministry that convenes reporters as the speaker", () => {
    expect(spoken("The ministry convened reporters to announce that the border would close.")).toEqual(["the ministry: the border would close"]);
  });
});

describe("claims carried in the media", () => {
  it("are the media's words, as claims by them are", () => {
    expect(spoken("The envoy was summoned following allegations in the Peruvian media that Chile was building a fence on the border.")).toEqual([
      "the Peruvian media: Chile was building a fence on the border",
    ]);
  });

  it("leave claims in a place unattributed", () => {
    expect(spoken("There were claims in Lima that Chile was building a fence.")).toEqual([]);
  });
});

describe("a verb of naming after a comma", () => {
  it("names the noun before it and opens no statement", () => {
    expect(spoken("The Panama-flagged ship, called Estrella, was seized by Chilean authorities.")).toEqual([]);
    expect(spoken("The tanker, dubbed Estrella, was seized on Monday.")).toEqual([]);
  });

  it("leaves the words of the verb of saying that holds it whole", () => {
    expect(spoken("The company said the plant, called Andes Works, is designed to produce shells.")).toEqual([
      "the company: the plant, called Andes Works, is designed to produce shells",
    ]);
  });
});

describe("an absolute construction after a comma with a person told as someone's", () => {
  it("reads the person as the participle's speaker", () => {
    expect(spoken("The Andean Community also stepped into the row, its foreign policy chief Ana Ruiz condemning the remarks.")).toEqual([
      "Ana Ruiz: condemning the remarks",
    ]);
    expect(spoken("Peru lodged a protest on Monday, its trade minister Luis Cano criticising the new toll as unfair.")).toContain(
      "Luis Cano: criticising the new toll as unfair",
    );
  });

  it("leaves a state after a bare comma alone", () => {
    expect(spoken("Peru closed the border, Chile saying the move was illegal.")).toEqual([]);
  });
});
