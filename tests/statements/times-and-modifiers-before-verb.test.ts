import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => [r.speaker, r.quote, r.stance]);

describe("a time governed by a preposition between the subject and its verb of saying", () => {
  it("steps over 'over the weekend' to the subject", () => {
    expect(rows("Chile over the weekend accused Peru of holding up the return of the prisoners.")).toEqual([["Chile", "accused Peru of holding up the return of the prisoners", "accuse"]]);
  });

  it("steps over 'during the night' before 'said that'", () => {
    expect(rows("The ministry during the night said that the convoy had reached Arica.")).toEqual([["the ministry", "the convoy had reached Arica", "other"]]);
  });

  it("steps over 'in the past two days' after the verb", () => {
    expect(rows("Chile has warned in the past two days that Peru is massing troops at the border.").map((r) => r[0])).toEqual(["Chile"]);
  });
});

describe("a verb the tagger reads as a noun after the perfect's auxiliary and a modifier", () => {
  it("reads 'has long accused' as the verb", () => {
    expect(rows("Chile has long accused Peru of supplying rifles to the rebels.")).toEqual([["Chile", "accused Peru of supplying rifles to the rebels", "accuse"]]);
  });

  it("reads 'had long accused' with a coordinated subject", () => {
    expect(rows("Quito and Santiago had long accused Lima of arming the rebels.").map((r) => r[1])).toEqual(["accused Lima of arming the rebels"]);
  });
});

describe("a closing attribution followed by a noun phrase whose complement is a gerund's clause", () => {
  it("keeps the words before ', officials said, the latest example of X V-ing …'", () => {
    expect(rows("Chile has sent 500 trucks of grain to Peru, officials said, the latest example of Santiago courting its neighbour.").map((r) => [r[0], r[1]])).toEqual([["officials", "Chile has sent 500 trucks of grain to Peru"]]);
  });

  it("keeps them with a time after the verb and an infinitive in the gerund's clause", () => {
    expect(rows("Peru closed two crossings, the ministry said on Monday, a sign of Lima trying to stop the smuggling of arms.").map((r) => [r[0], r[1]])).toEqual([["the ministry", "Peru closed two crossings"]]);
  });
});
