import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon);

describe("a closing attribution followed by a noun phrase in apposition", () => {
  it("keeps the words before ', X said on Saturday, the first claim of its kind …'", () => {
    const found = rows("Our forces have captured two Norland soldiers near the border, President Ana Ruiz said on Saturday, the first claim of its kind by Ostmark since the war began.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: "Ana Ruiz", quote: "Our forces have captured two Norland soldiers near the border" });
  });

  it("keeps the words before ', X announced Monday — a package …'", () => {
    const found = rows("Ostmark has approved its largest delivery of aid to Varnia, the Pentagon announced Monday — a $1 billion package of ammunition.");
    expect(found.map((r) => [r.speaker, r.quote])).toEqual([["the Pentagon", "Ostmark has approved its largest delivery of aid to Varnia"]]);
  });

  it("still reads a clause after the attribution as its content when it has a verb of its own", () => {
    const found = rows("The troops are tired, the ministry said, the soldiers were sent home.");
    expect(found.map((r) => [r.speaker, r.quote])).toEqual([["the ministry", "the soldiers were sent home"]]);
  });
});

describe("a fronted adverbial before 'X said, \"…\"'", () => {
  it("is no part of the statement when a quotation follows", () => {
    const found = rows('In a statement, the ministry said, "The convoy reached the border."');
    expect(found.map((r) => [r.speaker, r.quote, r.kind])).toEqual([["the ministry", "The convoy reached the border.", "direct"]]);
  });

  it("leaves a quotation split by its attribution whole", () => {
    const found = rows('"We are ready," the minister said, "and we will act."');
    expect(found.map((r) => r.quote)).toEqual(["We are ready … and we will act."]);
  });
});
