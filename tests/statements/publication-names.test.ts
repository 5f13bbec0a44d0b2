import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";
import { spoken } from "./read.ts";

describe("a publication's capitalised name the gazetteer lacks", () => {
  it("speaks before its verb, by a name that ends in a word of publications", () => {
    expect(spoken("The Riverside Gazette said the mayor skipped the hearing.")).toEqual(["the Riverside Gazette: the mayor skipped the hearing"]);
    expect(spoken("The Harbour Times reported that the ferry would stop in May.")).toEqual(["the Harbour Times: the ferry would stop in May"]);
    expect(spoken("The Valley Courier reports that two quays will close.")).toEqual(["the Valley Courier: two quays will close"]);
    expect(spoken("The Norland Herald claimed the tender had been rigged.")).toEqual(["the Norland Herald: the tender had been rigged"]);
    expect(spoken("The Eastport Globe wrote that the budget was short by a third.")).toEqual(["the Eastport Globe: the budget was short by a third"]);
    expect(spoken("The Ostburg Tribune noted that no minister attended.")).toEqual(["the Ostburg Tribune: no minister attended"]);
    expect(spoken("The Coast Chronicle says the strike will go on.")).toEqual(["the Coast Chronicle: the strike will go on"]);
    expect(spoken("The Gazette said the council had no quorum.")).toEqual(["the Gazette: the council had no quorum"]);
  });

  it("keeps the offsets of the reported clause", () => {
    const body = "The Lakeside Post reported that the bridge will reopen in June.";
    const doc = makeDoc(body, "2024-06-24");
    const [row] = extractStatements(doc);
    const at = doc.article.raw.indexOf("the bridge");
    expect([row.char_start, row.char_end]).toEqual([at, at + "the bridge will reopen in June".length]);
  });

  it("leaves lower-case heads that name no outlet", () => {
    expect(spoken("The old post said nothing.")).toEqual([]);
    expect(spoken("The morning news was brief.")).toEqual([]);
  });
});
