import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const speakerAndWords = (body: string) => statementsOf(body).map((r) => [r.speaker, r.quote]);

describe("a person who closes the sentence tells what a body or a place said", () => {
  it("gives a place's words to the named person who told them", () => {
    expect(speakerAndWords("Oslo voiced its deep concern over the seizure of the trawler, Deputy Foreign Minister Lena Holm told the Danish envoy.")).toEqual([["Lena Holm", "voiced its deep concern over the seizure of the trawler"]]);
    expect(speakerAndWords("Copenhagen rejected the charges as baseless, Prime Minister Mette Lund said on Tuesday.")).toEqual([["Mette Lund", "rejected the charges as baseless"]]);
    expect(speakerAndWords("Berlin accused the consortium of hiding the losses, Finance Minister Karl Weiss told parliament.")).toEqual([["Karl Weiss", "accused the consortium of hiding the losses"]]);
  });

  it("gives a body's words to the named person or the official who told them", () => {
    expect(speakerAndWords("The ministry said that the convoy had reached the border town, Defence Minister Arvid Stang told reporters.")).toEqual([["Arvid Stang", "the convoy had reached the border town"]]);
    expect(speakerAndWords("The embassy said the two sailors were safe and in good health, Ambassador Jonas Berg told the newspaper.")).toEqual([["Jonas Berg", "the two sailors were safe and in good health"]]);
    expect(speakerAndWords("The harbour authority warned that the quays would stay closed, a ministry spokesman said.")).toEqual([["a ministry spokesman", "the quays would stay closed"]]);
  });

  it("leaves the words with the one inside when an outlet or a group relays them", () => {
    expect(speakerAndWords("The coast guard said three boats had been stopped near the reef, Harbour Daily reported.")).toEqual([["the coast guard", "three boats had been stopped near the reef"]]);
    expect(speakerAndWords("Vladimir Putin said Moscow would keep the harbour open all winter, Russian media reported.")).toEqual([["Vladimir Putin", "Moscow would keep the harbour open all winter"]]);
    expect(speakerAndWords("The agency said that prices would rise by four percent, analysts said.")).toEqual([["the agency", "prices would rise by four percent"]]);
  });
});

describe("a person named by a closing 'according to' tells what a body said", () => {
  it("gives the body's words to the person", () => {
    expect(speakerAndWords("The intelligence service said that the northern factories had doubled their output, according to lawmaker Ivo Dane.")).toEqual([["Ivo Dane", "the northern factories had doubled their output"]]);
    expect(speakerAndWords("The ministry said the bridge would reopen in May, according to Mayor Clara Voss.")).toEqual([["Clara Voss", "the bridge would reopen in May"]]);
  });

  it("keeps the speaker when an outlet, a document or a body carries the words, or a person spoke", () => {
    expect(statementsOf("The army said the patrol had crossed the river, according to Reuters.").map((r) => [r.speaker, r.via])).toEqual([["the army", "Reuters"]]);
    expect(speakerAndWords("The council said the funds were frozen, according to a statement.")).toEqual([["the council", "the funds were frozen"]]);
    expect(speakerAndWords("Ruiz said the talks had failed, according to the council's spokesman.")).toEqual([["Ruiz", "the talks had failed"]]);
  });
});

describe("a speaker inside an outlet's report, after a fronted adverbial", () => {
  it("gives the words to the speaker after the adverbial, the outlet as the channel", () => {
    const rows = statementsOf("Prior to the minister's trip, ministry spokeswoman Ada Quist said the two envoys will meet in Bergen, local media reported on Friday.");
    expect(rows.map((r) => [r.speaker, r.quote, r.via])).toEqual([["Ada Quist", "the two envoys will meet in Bergen", "local media"]]);
    expect(speakerAndWords("Earlier this week, Karl Weiss said the budget was balanced, the newspaper reported.")).toEqual([["Karl Weiss", "the budget was balanced"]]);
    expect(speakerAndWords("In a speech to cadets, President Ana Moreno said the navy would double its fleet, state media reported.")).toEqual([["Ana Moreno", "the navy would double its fleet"]]);
    expect(speakerAndWords("After the meeting, the Norland foreign ministry said the talks had been useful, Yonhap reported.")).toEqual([["the Norland foreign ministry", "the talks had been useful"]]);
  });

  it("keeps the outlet when what comes first is a clause, not an adverbial", () => {
    const rows = statementsOf("As the storm passed, the dam held and Mayor Ida Brandt said the town was safe, the radio station reported.");
    expect(rows.map((r) => r.speaker)).not.toContain("Ida Brandt");
  });
});
