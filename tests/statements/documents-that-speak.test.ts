import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a verb in -s before 'that' after a singular noun, which the tagger may call a noun", () => {
  it.each([
    ["The treaty stipulates that either side will help the other if attacked.", "the treaty: either side will help the other if attacked"],
    ["The preamble to the treaty states that it serves both peoples.", "the treaty: it serves both peoples"],
    ["The ministry claims that the ferry was never inspected.", "the ministry: the ferry was never inspected"],
    ["The council insists that the quay is sound.", "the council: the quay is sound"],
    ["The mayor notes that the bridge was built in 1902.", "the mayor: the bridge was built in 1902"],
  ])("reads it as the verb: %s", (sentence, row) => {
    expect(spoken(sentence)).toEqual([row]);
  });

  it("leaves a plural noun before 'that' alone ('the meeting notes that were leaked')", () => {
    expect(spoken("The meeting notes that were leaked ran to forty pages.")).toEqual([]);
    expect(spoken("The field notes that survived the fire were burned later.")).toEqual([]);
  });
});

describe("a document speaks for the one who issued it ('X published a report … The report notes that …')", () => {
  it.each([
    ["The Harbour Watch group published a report on Monday. The report notes that the flights coincided with a surge of rifles.", "Harbour Watch group: the flights coincided with a surge of rifles"],
    ["The Harbour Watch group published a report on Monday. The report states that tankers made 40 trips to the port.", "Harbour Watch group: tankers made 40 trips to the port"],
    ["The Nordic Fisheries Council has issued its first annual report. The report said that cod stocks fell by a third.", "Nordic Fisheries Council: cod stocks fell by a third"],
    ["On Tuesday, Harbour Watch released a new study of port traffic. The study found that 40 tankers had called at the port.", "Harbour Watch: 40 tankers had called at the port"],
    ["The Leith Port Trust sent a letter to the council. The letter said that the quay was unsafe.", "Leith Port Trust: the quay was unsafe"],
  ])("names the subject of the verb of issuing: %s", (text, row) => {
    expect(spoken(text)).toEqual([row]);
  });

  it("takes no name from a pronoun, nor from a noun after a preposition in a longer subject", () => {
    expect(spoken("It published a report on Monday. The report said that cod stocks fell by a third.")).toEqual(["the report: cod stocks fell by a third"]);
    expect(spoken("A team monitoring sanctions on Norland has issued its first report. The report said that cod stocks fell by a third.")).toEqual(["the report: cod stocks fell by a third"]);
  });

  it("prefers the agent the article names after the document ('a report by …')", () => {
    expect(spoken("Harbour Watch published a summary of a report by the Baltic Shipping Panel. The report said that 40 tankers called at the port.")).toEqual(["Baltic Shipping Panel: 40 tankers called at the port"]);
  });
});
