import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon).map((r) => [r.speaker, r.quote]);

describe("a verb whose subject is 'neither X nor Y'", () => {
  it("gives neither party the words", () => {
    expect(rows("While neither Lima nor Quito has acknowledged the deployment, Chilean officials allege Peru has sent rifles.")).toEqual([["Chilean officials", "Peru has sent rifles"]]);
  });

  it("gives none in a sentence of its own", () => {
    expect(rows("Neither Peru nor Bolivia has confirmed the report.")).toEqual([]);
  });
});

describe("'with' and a party before a participle of accusing", () => {
  it("reads the party as the accused, not a speaker", () => {
    expect(rows("The talks stalled, with Peru accused of sending hundreds of troops to Bolivia.")).toEqual([]);
  });

  it("still reads a speaker after 'with' and a comma", () => {
    expect(rows("Colombia signed a deal with Saab, President Ana Ruiz said.").map((r) => r[0])).toEqual(["Ana Ruiz"]);
  });
});

describe("a source tied to a body by an adjective", () => {
  it("keeps the description: the body is not the speaker", () => {
    expect(rows("A source close to the African Union said the talks had failed.")).toEqual([["a source close to the African Union", "the talks had failed"]]);
  });

  it("reads it past an aside with a participle", () => {
    expect(rows("A source close to the rebels, also requesting anonymity, said one of the men was a fighter.")).toEqual([["a source close to the rebels", "one of the men was a fighter"]]);
  });
});

describe("a participle of saying after 'not' with no auxiliary", () => {
  it("is a reduced relative inside the words, not a verb that ends them", () => {
    expect(rows("The ministry stressed that all the systems listed, as well as many others not explicitly mentioned, are to come from industry.").map((r) => r[1])).toEqual([
      "all the systems listed, as well as many others not explicitly mentioned, are to come from industry",
    ]);
  });

  it("leaves a verb negated with its auxiliary a verb", () => {
    expect(rows("The ministry has not explicitly denied that Chile sent rifles.").map((r) => r[1])).toEqual(["Chile sent rifles"]);
  });
});
