import { describe, expect, it } from "vitest";
import { spoken, statementsOf } from "./read.ts";

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
    expect(statementsOf('Pressed on the fees, Lena Voss said: "We must know the facts first."').map((r) => [r.speaker, r.quote])).toEqual([["Lena Voss", "We must know the facts first."]]);
    // The board's claim is its own statement (a described possessor), apart from her words.
    const got = statementsOf('Asked about the board\'s claim that the quay was unsafe, Lena Voss said, "We must know the facts first."').map((r) => [r.speaker, r.quote]);
    expect(got).toEqual([["the board", "the quay was unsafe"], ["Lena Voss", "We must know the facts first."]]);
  });
});

describe("a noun of saying owned by a described speaker, a pronoun or a modifying noun", () => {
  it("reads a described possessor as the speaker", () => {
    expect(spoken("The harbour board's claim that the quay was safe surprised no one.")[0]).toMatch(/^the harbour board: the quay was safe/);
    expect(spoken("Residents questioned the city council’s repeated promises that the bridge would reopen.")).toEqual(["the city council: the bridge would reopen"]);
    expect(spoken("The video contradicted the transport minister's earlier assertion that fares would fall.")).toEqual(["the transport minister: fares would fall"]);
  });

  it("reads a possessive pronoun as whom its subject form takes up", () => {
    expect(spoken("Mayor Lena Voss spoke on Monday. The crews doubted her promise that no jobs would go.")).toEqual(["Lena Voss: no jobs would go"]);
    expect(spoken("Tom Reed met the crews. Few believed his proclamation that the port would never close.")).toEqual(["Tom Reed: the port would never close"]);
  });

  it("leaves a possessive pronoun inside another's words alone", () => {
    expect(rows("Anna Berg said the mayor liked big gestures, such as his proclamation that the port would never close.")).toEqual([["Anna Berg", "other"]]);
  });

  it("reads a bare noun of speakers before the noun of saying as the speaker", () => {
    expect(spoken("Despite media pronouncements that the mayor had won, her poll numbers fell.")[0]).toMatch(/^media: the mayor had won/);
    expect(rows("Union warnings that the crane was failing went unheeded.")).toEqual([["Union", "warn"]]);
  });

  it("reads no second speaker where the noun phrase is the subject of a verb of saying", () => {
    expect(rows("The dockers' union claims that the crane was failing.")).toEqual([["the dockers' union", "other"]]);
  });
});
