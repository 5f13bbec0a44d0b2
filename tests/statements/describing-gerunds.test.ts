import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => [r.speaker, r.quote]);

describe("the gerunds of describing after 'with' and a speaker", () => {
  it("reads 'with one official describing it as …'", () => {
    expect(rows('Many Peruvians stayed away from the vote, with one official describing it as a "trap" to delay the elections.')).toEqual([["one official", 'describing it as a "trap" to delay the elections']]);
  });

  it("reads 'with the mayor portraying …' and 'characterizing …'", () => {
    expect(rows("The camp is full, with the mayor portraying it as a prison.").map((r) => r[0])).toEqual(["the mayor"]);
    expect(rows("The vote was held, with Chile characterizing it as a sham.").map((r) => r[0])).toEqual(["Chile"]);
  });
});
