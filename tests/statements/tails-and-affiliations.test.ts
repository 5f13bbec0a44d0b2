import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => [r.speaker, r.quote]);

describe("a closing attribution with a phrase of manner after its verb", () => {
  it("reads 'said without elaborating further'", () => {
    expect(rows('"We would send medical teams first," Ana Ruiz said without elaborating further.')).toEqual([["Ana Ruiz", "We would send medical teams first"]]);
  });

  it("reads 'said despite the storm'", () => {
    expect(rows('"The border stays open," the mayor said despite the storm.')).toEqual([["the mayor", "The border stays open"]]);
  });
});

describe("an inverted speaker with a trade, a name and where the person works", () => {
  it("ends the speaker before 'of' and the institution", () => {
    expect(rows('"Chile might send more tourists to Peru," said economy expert Ana Ruiz of Chile\'s Institute for Trade.')).toEqual([["Ana Ruiz", "Chile might send more tourists to Peru"]]);
  });

  it("ends it before 'at' and a university", () => {
    expect(rows('"The talks will fail," said political scientist Jorge Vidal at Andes University.')).toEqual([["Jorge Vidal", "The talks will fail"]]);
  });
});
