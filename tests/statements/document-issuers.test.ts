import { describe, expect, it } from "vitest";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

const lexicon = loadStatementLexicon();
const rows = (text: string) => extractStatements(makeDoc(text), lexicon);

describe("a document speaks for its issuer (data/speakers.yaml document_heads)", () => {
  it("takes the agent named for the report before: 'a report by X … The report says'", () => {
    const found = rows("A new report by a UN panel of experts on Varnia was leaked this week. The report says the rifles were flown in from the coast.");
    const report = found.find((r) => r.quote.includes("rifles were flown"));
    expect(report?.speaker).toBe("UN panel of experts on Varnia");
  });

  it("takes the body a modifier names: 'a Norland Foreign Office statement'", () => {
    const found = rows("A Norland Foreign Office statement said sanctions had been imposed on three drone makers.");
    expect(found.map((r) => r.speaker)).toEqual(["Norland Foreign Office"]);
  });

  it("takes the body that spoke last for a bare 'the report' or 'the statement'", () => {
    const found = rows(
      "The Harbour Monitoring Team said on Thursday that the tankers had made 40 trips. The report said that at least two ships had switched off their transponders.",
    );
    const report = found.find((r) => r.quote.includes("transponders"));
    expect(report?.speaker).toBe("the Harbour Monitoring Team");
    const statement = rows('The Coastal Command said two drones were shot down. "There were no injuries," the statement continued.');
    expect(statement.map((r) => r.speaker)).toEqual(["the Coastal Command", "the Coastal Command"]);
  });

  it("keeps 'the report' unresolved when no body spoke before it", () => {
    const found = rows("The report said the ships had switched off their transponders.");
    expect(found.map((r) => r.speaker)).toEqual(["the report"]);
  });
});

describe("a speaker named by an acronym the article defines", () => {
  it("takes the full name written before the acronym in parentheses, and keeps the acronym", () => {
    const found = rows('The Harbour Defense Agency (HDA) was founded in 1990. "The shells were old," the HDA said.');
    expect(found.map((r) => r.speaker)).toEqual(["Harbour Defense Agency (HDA)"]);
  });

  it("keeps the acronym when no name spells it", () => {
    const found = rows('The agency (HDA) was founded in 1990. "The shells were old," the HDA said.');
    expect(found.map((r) => r.speaker)).toEqual(["HDA"]);
  });
});

describe("a surname after a demonym and a title", () => {
  it("takes the full name that follows the last title word", () => {
    const found = rows("Shells for food\nNorland has sent shells to Ostmark, South Korean Defense Minister Lee Jun-ho said this week.\nThe supplies were paid with food, Lee added.");
    expect(found.map((r) => r.speaker)).toEqual(["Lee Jun-ho", "Lee Jun-ho"]);
  });
});
