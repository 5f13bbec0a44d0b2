import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("a reported clause with a participle aside set off by commas", () => {
  it("keeps the clause whole: the aside does not make it a noun phrase", () => {
    const cases: Array<[string, string]> = [
      ["Sources said the ferries, built in Norway, are due in 2027.", "Sources: the ferries, built in Norway, are due in 2027"],
      ["The harbour board said five ferries, including two tugs, entered the port on Monday.", "the harbour board: five ferries, including two tugs, entered the port on Monday"],
      ["The mayor said the new cranes, bought from a Dutch firm, would arrive in May.", "the mayor: the new cranes, bought from a Dutch firm, would arrive in May"],
      ["The union said its members, angered by the cuts, will strike next week.", "the union: its members, angered by the cuts, will strike next week"],
      ["Officials said the bridge, closed since March, will reopen in June.", "Officials: the bridge, closed since March, will reopen in June"],
      ["The ministry said the tanker, carrying diesel, ran aground off the cape.", "the ministry: the tanker, carrying diesel, ran aground off the cape"],
      ["The coast guard said two fishermen, missing since Tuesday, were found alive.", "the coast guard: two fishermen, missing since Tuesday, were found alive"],
      ["The operator said the new line, costing $40 million, opens in the autumn.", "the operator: the new line, costing $40 million, opens in the autumn"],
    ];
    for (const [sentence, row] of cases) expect(spoken(sentence)).toEqual([row]);
  });

  it("still reads an announced thing with only participles after it as no statement", () => {
    expect(spoken("The council announced a new ferry package for the islands on Monday, estimated to cost $3 million.")).toEqual([]);
  });
});

describe("a time told relative to the story after a speech verb", () => {
  const tails = ["last week", "this month", "last month", "earlier this year", "late last year", "two weeks ago", "a few days ago", "this past weekend", "last spring", "three years ago"];

  it("closes a quotation's attribution", () => {
    for (const tail of tails) expect(spoken(`The fee was raised. "It makes the port smarter," Ana Lee said ${tail}.`)).toEqual(["Ana Lee: It makes the port smarter"]);
  });

  it("closes a reported clause's attribution", () => {
    for (const tail of tails) expect(spoken(`The fee makes the port smarter, Ana Lee said ${tail}.`)).toEqual(["Ana Lee: The fee makes the port smarter"]);
  });

  it("stands between the verb and the clause it opens, outside the words", () => {
    for (const tail of tails) expect(spoken(`Ana Lee said ${tail} the fee makes the port smarter.`)).toEqual(["Ana Lee: the fee makes the port smarter"]);
  });

  it("leaves a possessive time, which opens the words, in them", () => {
    expect(spoken("Ana Lee said last year's fee made the port smarter.")).toEqual(["Ana Lee: last year's fee made the port smarter"]);
  });
});

describe("two apostrophes written for a double quotation mark", () => {
  it("open a sentence and a quotation, as some archives print them", () => {
    expect(spoken("The plan drew criticism. ''It is a misguided approach,'' said Mr. Burman.")).toEqual(["Burman: It is a misguided approach"]);
    expect(spoken("The fee rose twice. ''We cannot pay. Nobody can,'' said Ana Lee.")).toEqual(["Ana Lee: We cannot pay. Nobody can"]);
  });
});

describe("a short parenthesis after a speaker's name", () => {
  it("is left out of the name, before or after the verb", () => {
    expect(spoken('"It was a long night," said Ana Ruiz (D-N.M.).')).toEqual(["Ana Ruiz: It was a long night"]);
    expect(spoken('"It was a long night," said Sen. Ana Ruiz (R-Texas), who chairs the committee.')).toEqual(["Ana Ruiz: It was a long night"]);
    expect(spoken('"The quay is safe," said Ole Brandt (pictured), a harbour pilot.')).toEqual(["Ole Brandt: The quay is safe"]);
    expect(spoken("Ana Ruiz (D-N.M.) said the quay would close.")).toEqual(["Ana Ruiz: the quay would close"]);
  });
});

describe("a pronoun that speaks in a free relative", () => {
  it("stands for the sentence's subject: 'carried out what it says is …'", () => {
    expect(spoken("The navy carried out what it says is its biggest exercise in a decade.")).toEqual(["the navy: is its biggest exercise in a decade"]);
    expect(spoken("The crane collapsed in what officials say was an accident.")).toEqual(["officials: was an accident"]);
    expect(spoken("The union staged what it said was the largest strike in years.")).toEqual(["the union: was the largest strike in years"]);
  });
});
