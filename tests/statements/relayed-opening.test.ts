import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

describe("a statement relayed by an outlet that closes the sentence", () => {
  it("gives the words to the speaker inside and the outlet as the channel", () => {
    const rows = statementsOf("Vladimir Putin said Moscow would keep the harbour open all winter, Russian media reported.");
    expect(rows.map((r) => [r.speaker, r.quote, r.via])).toEqual([["Vladimir Putin", "Moscow would keep the harbour open all winter", "Russian media"]]);
  });

  it("reads a body with a date between it and its verb", () => {
    const rows = statementsOf("The defence ministry also on Tuesday said that some 300 crates had reached the islands, Yonhap reported.");
    expect(rows.map((r) => [r.speaker, r.quote, r.via])).toEqual([["the defence ministry", "some 300 crates had reached the islands", "Yonhap"]]);
  });

  it("keeps the outer speaker when the inner subject is a thing, not a speaker", () => {
    const rows = statementsOf("The new measures added the freezing of nine accounts, the ministry said.");
    expect(rows.map((r) => r.speaker)).toEqual(["the ministry"]);
  });
});

describe("a speech act relayed by an opening attribution", () => {
  it("gives the inner act to its speaker, with the outer speaker as the channel", () => {
    const rows = statementsOf("The palace said Orin Vale thanked the ferrymen for carrying grain to the island.");
    expect(rows.map((r) => [r.speaker, r.quote, r.stance, r.via])).toEqual([["Orin Vale", "thanked the ferrymen for carrying grain to the island", "support", "palace"]]);
  });

  it("takes a relaying pronoun's channel from the speaker before", () => {
    const rows = statementsOf("\"The bridge is closed,\" Mayor Ida Brandt said. She added that Governor Tomas Lind has warned that any boat crossing the line will be seized.");
    expect(rows.map((r) => [r.speaker, r.stance, r.via])).toEqual([["Ida Brandt", "other", ""], ["Tomas Lind", "warn", "Ida Brandt"]]);
  });

  it("leaves a claim with the outer speaker when the inner verb only confirms or tells", () => {
    expect(statementsOf("A councillor said Wednesday that the auditors confirmed the depot is hiring forty drivers.").map((r) => r.speaker)).toEqual(["a councillor"]);
    expect(statementsOf("The head of the rowing club said that the two cadets wrote the letter in May.").map((r) => r.speaker)).toEqual(["the head of the rowing club"]);
  });

  it("does not take a closing verb inside the content for an inner speaker", () => {
    const rows = statementsOf("During talks with the envoy, Mara Holt said the treaty \"will anchor our ties for decades\", said the report.");
    expect(rows.map((r) => r.speaker)).toEqual(["Mara Holt"]);
  });
});

describe("a closing attribution that cites who spoke", () => {
  it("gives the words to the one cited, the outlet carrying them", () => {
    expect(statementsOf("The bloc agreed to fund the border guards, Harbour Daily reports citing the Nordic Council's website.").map((r) => [r.speaker, r.via])).toEqual([["Nordic Council", "Harbour Daily"]]);
    expect(statementsOf("Oslo has promised to shield its firms, the Harbour Times reported, citing ministry spokeswoman Ada Quist.").map((r) => [r.speaker, r.via])).toEqual([["Ada Quist", "Harbour Times"]]);
  });

  it("keeps quoted words with their speaker, and a cited thing as no speaker", () => {
    const quoted = statementsOf("Mayor Olav Dahl spoke on Monday. \"The count has passed 300,\" Dahl said, citing a report from Admiral Per Lund.");
    expect(quoted.map((r) => r.speaker)).toEqual(["Olav Dahl"]);
    expect(statementsOf("The port was shelled overnight, the coast guard said, citing radar tracks.").map((r) => r.speaker)).toEqual(["the coast guard"]);
    // An unnamed source leaves the outlet the one who tells it.
    expect(statementsOf("The crews will move next month, Harbour Radio reported, citing a government official.").map((r) => r.speaker)).toEqual(["Harbour Radio"]);
  });
});
