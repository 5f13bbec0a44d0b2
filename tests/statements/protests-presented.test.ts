import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => [r.speaker, r.quote, r.stance]);

describe("a protest, complaint or objection presented, filed or submitted", () => {
  it("reads 'has presented a strongly-worded protest to …' as a condemnation", () => {
    expect(rows("The Chilean government has presented a strongly-worded protest to the Peruvian ambassador over the seizure of a fishing boat.")).toEqual([
      ["the Chilean government", "presented a strongly-worded protest to the Peruvian ambassador over the seizure of a fishing boat", "condemn"],
    ]);
  });

  it("reads 'filed a formal complaint with …'", () => {
    expect(rows("Chile filed a formal complaint with the council over the seizure.").map((r) => [r[0], r[1]])).toEqual([["Chile", "filed a formal complaint with the council over the seizure"]]);
  });

  it("reads 'submitted its objections to …'", () => {
    expect(rows("Peru submitted its objections to the tribunal on Monday.").map((r) => r[1])).toEqual(["submitted its objections to the tribunal on Monday"]);
  });

  it("leaves such a verb with another object alone", () => {
    expect(rows("The ministry presented the new budget to parliament.")).toEqual([]);
    expect(rows("The commission presented a proposal to impose tariffs on Peruvian grain.")).toEqual([]);
  });
});
