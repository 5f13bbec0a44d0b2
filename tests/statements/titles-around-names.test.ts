import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

const whoFor = (body: string) => statementsOf(body).map((r) => [r.speaker, r.speaker_role, r.speaker_country]);

describe("the title the article gives a name, where a bracket or a comma stands in it (article-people.ts, phrase.ts)", () => {
  it("reads through an acronym in brackets inside the title", () => {
    expect(whoFor("The claim was made by US Southern Command (SOUTHCOM) commander Admiral Ana Ruiz on Monday. Ruiz said Chilean troops had been deployed.")).toEqual([
      ["Ana Ruiz", "US Southern Command (SOUTHCOM) commander Admiral", "USA"],
    ]);
  });

  it("takes a title that opens the sentence before the name's comma, not the predicate after it", () => {
    expect(whoFor("Chief of the Peruvian General Staff, Pedro Castillo, has visited the border. Castillo said the troops fought with resilience.")).toEqual([
      ["Pedro Castillo", "Chief of the Peruvian General Staff", "PER"],
    ]);
  });

  it("a predicate after the name's comma is no role", () => {
    expect(whoFor("Pedro Castillo, has visited the border of Chile. Castillo said the troops fought with resilience.")).toEqual([["Pedro Castillo", "", ""]]);
  });
});

describe("'the Foreign Ministry' takes up the office the article named with its state before (resolve.ts)", () => {
  it("wherever the fuller name stood, a speaker or not", () => {
    expect(whoFor("The sanctions announced by Peru's Foreign Ministry on Wednesday cover two ships. The Foreign Ministry said the ships carried arms between Chile and Bolivia.")).toEqual([
      ["Peru's Foreign Ministry", "", "PER"],
    ]);
  });

  it("no fuller name before: the description stays", () => {
    expect(whoFor("The Foreign Ministry said the ships carried arms between Chile and Bolivia.")).toEqual([["the Foreign Ministry", "", ""]]);
  });
});
