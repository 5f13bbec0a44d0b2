import { describe, expect, it } from "vitest";
import { spoken } from "./read.ts";

describe("citing something as something", () => {
  it("is a statement with what was cited as its content", () => {
    expect(spoken("Tom Hale cited the audit as the reason for the delay.")).toEqual(["Tom Hale: cited the audit as the reason for the delay"]);
    expect(spoken("Tom Hale has often cited road safety as a top priority.")).toEqual(["Tom Hale: cited road safety as a top priority"]);
    expect(spoken("The council cited rising rents as evidence that the plan had failed.")).toEqual(["the council: cited rising rents as evidence that the plan had failed"]);
    expect(spoken("Tom Hale cited rising rents in the city as evidence of failure.")).toEqual(["Tom Hale: cited rising rents in the city as evidence of failure"]);
    expect(spoken("The harbour board cites the storm damage as the cause of the closure.")).toEqual(["the harbour board: cites the storm damage as the cause of the closure"]);
    expect(spoken("Anna Berg cited the minister's remarks as an example of contempt for farmers.")).toEqual(["Anna Berg: cited the minister's remarks as an example of contempt for farmers"]);
  });

  it("reads a noun phrase after 'as' that a clause or an infinitive goes on", () => {
    expect(spoken("Tom Hale has repeatedly cited the audit as the reason he's not releasing his accounts.")).toEqual(["Tom Hale: cited the audit as the reason he's not releasing his accounts"]);
    expect(spoken("Several judges have cited the coming vote as a reason to speed the release of records.")).toEqual(["Several judges: cited the coming vote as a reason to speed the release of records"]);
    expect(spoken("Tom Hale cited the flood as evidence that the dam had failed.")).toEqual(["Tom Hale: cited the flood as evidence that the dam had failed"]);
    expect(spoken('Anna Berg cited his remarks about the mayor as "cruel" and "petty" as examples of contempt.')).toEqual(['Anna Berg: cited his remarks about the mayor as "cruel" and "petty" as examples of contempt']);
  });

  it("is none without 'as': a source named, not words", () => {
    expect(spoken("Tom Hale cited a survey of the harbour towns.")).toEqual([]);
    expect(spoken("The court blocked the sale, citing a threat to public health.")).toEqual([]);
  });

  it("leaves 'cited … as saying' to the one cited", () => {
    expect(spoken("The Harbour Agency cited Minister Tom Hale as saying that the port was closed.")).toEqual(["Tom Hale: the port was closed"]);
  });

  it("is none in the passive, with no speaker before the verb", () => {
    expect(spoken("The figures cited by the campaign were out of date.")).toEqual([]);
    expect(spoken("Tom Hale was cited for speeding last year.")).toEqual([]);
    expect(spoken("The study, cited in the audit, was never published.")).toEqual([]);
  });
});
