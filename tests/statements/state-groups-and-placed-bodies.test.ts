import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => [r.speaker, r.quote]);

describe("states described together as the subject of a verb with an object", () => {
  it("reads 'Western nations accuse X of …'", () => {
    expect(rows("Western nations accuse Lima of supplying shells to Bolivia.")).toEqual([["Western nations", "accuse Lima of supplying shells to Bolivia"]]);
  });

  it("keeps their own verb over a trailing 'according to' that sources a figure", () => {
    expect(rows("Several nations accused Lima of sending shells to Bolivia, along with 1,000 soldiers, according to a Chilean estimate.").map((r) => r[0])).toEqual(["Several nations"]);
  });

  it("reads a plural in -s before an auxiliary as the subject's noun, not a verb of saying", () => {
    expect(rows("Several Gulf states have accused Lima of supplying shells to Bolivia.")).toEqual([["Several Gulf states", "accused Lima of supplying shells to Bolivia"]]);
  });
});

describe("a body placed by 'in the' and a name, before a closing verb", () => {
  it("keeps the place with the body", () => {
    expect(rows("At least 19 people were killed in Arica on Saturday, the health ministry in the Andean enclave said, after rebels fired rockets into the city.")).toEqual([["the health ministry in the Andean enclave", "At least 19 people were killed in Arica on Saturday"]]);
  });

  it("keeps it before an opening verb", () => {
    expect(rows("The embassy in the United States said the visas would be issued.")).toEqual([["the embassy in the United States", "the visas would be issued"]]);
  });
});
