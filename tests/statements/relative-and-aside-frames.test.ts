import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon);

describe("attribution in a relative clause or an aside (frames in data/speech-verbs.yaml)", () => {
  it("reads ', which X denies' as X's denial, and ends the claim before it", () => {
    const found = rows("Ostmark has claimed that Norland sent drones to the rebels, which the Varnian government denies.");
    const denial = found.find((r) => r.stance === "deny");
    expect(denial).toMatchObject({ speaker: "the Varnian government", quote: "denies" });
    const claim = found.find((r) => r.speaker === "Ostmark");
    expect(claim?.quote).toBe("Norland sent drones to the rebels");
  });

  it("reads ', as reported by X' as X's report of the words before", () => {
    const found = rows("The strike destroyed a grain silo near the port, as reported by the regional governor.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: "the regional governor", quote: "The strike destroyed a grain silo near the port" });
  });

  it("reads no frame where the relative clause holds no speech verb", () => {
    expect(rows("The drones hit a depot, which the army rebuilt in May.")).toEqual([]);
  });
});

describe("relayed quotations (frames in data/speech-verbs.yaml)", () => {
  it("takes the quotation before 'X was quoted by Y as saying' when only an adverbial follows", () => {
    const found = rows('"We value your steady support," Ruiz was quoted by the Norland Post as saying at the start of the talks.');
    expect(found.map((r) => [r.speaker, r.quote, r.kind])).toEqual([["Ruiz", "We value your steady support", "direct"]]);
  });

  it("reads '\"…,\" the White House quoted X.' as X's words", () => {
    const found = rows('"Help is on its way," the White House quoted President Ana Ruiz.');
    expect(found.map((r) => [r.speaker, r.quote])).toEqual([["Ana Ruiz", "Help is on its way"]]);
  });
});
