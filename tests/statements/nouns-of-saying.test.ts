import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const rows = (text: string) => statementsOf(text).map((r) => [r.speaker, r.stance]);

describe("nouns of saying and asserting with their author and a that-clause", () => {
  it("read the author after 'by' or 'from' as the speaker", () => {
    expect(rows("Testimony by the captain that the radar failed was heard in court.")).toEqual([["the captain", "other"]]);
    expect(rows("An announcement from the port authority that the quay would close surprised the crews.")).toEqual([["the port authority", "other"]]);
    expect(rows("The crews doubted assurances from the harbour board that no jobs would go.")).toEqual([["the harbour board", "other"]]);
    expect(rows("Predictions by economists that fares would double proved wrong.")).toEqual([["economists", "other"]]);
    expect(rows("The union cited an admission by the operator that two ferries were unsafe.")).toHaveLength(1);
  });

  it("give a noun of stance the stance it names", () => {
    expect(rows("The ferry line has long faced accusations by the unions that it underpays its crews.")).toEqual([["the unions", "accuse"]]);
    expect(rows("The port ignored warnings from inspectors that the crane was failing.")).toEqual([["inspectors", "warn"]]);
  });

  it("read no statement when what follows 'by' is no speaker", () => {
    expect(rows("The promise that wages would rise was broken.")).toEqual([]);
    expect(rows("Claims by the dozen that the quay was haunted filled the local paper.")).toEqual([]);
  });
});

describe("a noun of saying inside a fronted clause", () => {
  it("ends its clause where the sentence's own speaker begins", () => {
    const got = statementsOf("Asked about testimony by the captain that the radar failed, the mayor said the inquiry would decide.").map((r) => [r.speaker, r.quote]);
    expect(got).toEqual([["the captain", "the radar failed"], ["the mayor", "the inquiry would decide"]]);
  });
});

describe("a fronted participle clause before a quotation's attribution", () => {
  it("is no part of the words", () => {
    for (const text of ['Asked about the board\'s claim that the quay was unsafe, Lena Voss said, "We must know the facts first."', 'Pressed on the fees, Lena Voss said: "We must know the facts first."']) {
      expect(statementsOf(text).map((r) => [r.speaker, r.quote])).toEqual([["Lena Voss", "We must know the facts first."]]);
    }
  });
});
