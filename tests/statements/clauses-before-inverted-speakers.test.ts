import { describe, expect, it } from "vitest";
import { analysePhrase } from "../../loaders/speakers.ts";
import { sharedStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { spoken } from "./read.ts";

describe("a clause joined by a conjunction before an inverted speaker", () => {
  it("reads ', and <clause>, said X' as two clauses said, not as an apposition of a subject", () => {
    expect(spoken("The ferry plan did not go over well with the dockers, and the hearing went downhill from there, said one union source in the hall.")).toEqual([
      "one union source: The ferry plan did not go over well with the dockers, and the hearing went downhill from there",
    ]);
  });

  it("still reads a conjoined noun phrase between commas as part of the subject", () => {
    expect(spoken("Okafor, and later her deputy, said the quay would reopen.")).toEqual(["Okafor: the quay would reopen"]);
  });
});

describe("a quantifier opening a speaker phrase", () => {
  const lex = sharedStatementLexicon();
  const read = (text: string) => analysePhrase({ text, start: 0, end: text.length }, lex);

  it("makes a description, not a person named 'One Republican'", () => {
    expect(read("One Republican").kind).toBe("description");
    expect(read("Another Liberal").kind).toBe("description");
    expect(read("Maren Okafor").kind).toBe("person");
  });
});
