import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

describe("an outlet named right after its description", () => {
  it("speaks by its name after 'according to' its description", () => {
    expect(spoken("The port reopened, according to Norland's state news agency NTA.")).toEqual(["NTA: The port reopened"]);
    expect(spoken("The port reopened, according to Norland's intelligence agency NIA.")).toEqual(["NIA: The port reopened"]);
    expect(spoken("The port reopened, according to the public broadcaster NRK.")).toEqual(["NRK: The port reopened"]);
    expect(spoken("Instead, the leader visited the embassy, according to North Korea's state news agency KCNA.")).toEqual(["KCNA: Instead, the leader visited the embassy"]);
  });

  it("keeps a description with no name after it, or a place after a preposition", () => {
    expect(spoken("The port reopened, according to the state news agency.")).toEqual(["the state news agency: The port reopened"]);
    expect(spoken("The port reopened, according to Japan's defence ministry on Monday.")).toEqual(["Japan's defence ministry: The port reopened"]);
    expect(spoken("The port reopened, according to the army.")).toEqual(["the army: The port reopened"]);
  });

  it("names the channel by the outlet when someone else speaks", () => {
    const rows = statementsOf("Kim Jong Un has called for more shells, according to the state agency KCNA.");
    expect(rows.map((r) => [r.speaker, r.via])).toEqual([["Kim Jong Un", "KCNA"]]);
  });
});

describe("'the media' taking up the outlet quoted last", () => {
  it("gives the words to that outlet", () => {
    expect(spoken("KCNA reported that output of shells had grown fourfold. These figures, according to the media, pleased the leader.")).toEqual(["KCNA: output of shells had grown fourfold", "KCNA: These figures"]);
    expect(spoken("KCNA said the drills would continue. The state media also said the leader attended.")).toEqual(["KCNA: the drills would continue", "KCNA: the leader attended"]);
  });

  it("keeps media of a place named, and media after a person", () => {
    expect(spoken("KCNA said the drills would continue. The Russian media also said the leader attended.")).toEqual(["KCNA: the drills would continue", "the Russian media: the leader attended"]);
    expect(spoken("Mayor Ida Brandt said the dam held. The media said the town was flooded.")).toEqual(["Ida Brandt: the dam held", "the media: the town was flooded"]);
  });
});
