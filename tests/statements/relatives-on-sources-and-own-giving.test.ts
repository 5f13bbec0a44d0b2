import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => [r.speaker, r.quote, r.stance]);

describe("a relative clause on a source named with its agent", () => {
  it("ends 'according to a joint statement by X that … issued …' before the relative", () => {
    const text = "Chile plans funding of more than $11 billion for Peru, according to a joint statement by Peru and Chile that the presidents Ana Ruiz and Jorge Vidal issued together during a visit to Santiago on 14 May 2023.";
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([["Peru and Chile", "Chile plans funding of more than $11 billion for Peru"]]);
  });

  it("reads no content in a passive relative of issuing ('a report by X that was published …')", () => {
    expect(rows("Chile sent grain to Peru, according to a report by the agency that was published on Monday.").map((r) => [r[0], r[1]])).toEqual([["the agency", "Chile sent grain to Peru"]]);
  });
});

describe("the speaker's own state giving, told as an export", () => {
  it("reads an arms export deal signed by the speaker's state as support", () => {
    expect(rows("Chile on Friday signed a major arms export deal with Peru worth around $6.5 billion, Chile's Defence Ministry said.").map((r) => r[2])).toEqual(["support"]);
  });

  it("still reads a denied transfer as a denial", () => {
    expect(rows("The Chilean Defence Ministry said it had not sent helicopters to Peru.").map((r) => r[2])).toEqual(["deny"]);
  });
});
