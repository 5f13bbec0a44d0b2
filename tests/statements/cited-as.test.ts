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

  it("is a statement without 'as' when a subject cites: what backs the speaker's view is told in words", () => {
    expect(spoken("Tom Hale cited a survey of the harbour towns.")).toEqual(["Tom Hale: cited a survey of the harbour towns"]);
    expect(spoken("Both mayors cited the figure at last week's town forum.")).toEqual(["Both mayors: cited the figure at last week's town forum"]);
    expect(spoken("The ferry union cites rising fuel costs in every letter to the board.")).toEqual(["the ferry union: cites rising fuel costs in every letter to the board"]);
    expect(spoken("Anna Berg has cited her own list of endorsements from retired judges.")).toEqual(["Anna Berg: cited her own list of endorsements from retired judges"]);
  });

  it("is none for a bare participle: a reason given for another act", () => {
    expect(spoken("The court blocked the sale, citing a threat to public health.")).toEqual([]);
  });

  it("keeps a relative clause on the object, with the speaker as its pronoun, one act with the citing", () => {
    expect(spoken("Hale cited problems in the port that he blamed on Mayor Vale.")).toEqual(["Hale: cited problems in the port that he blamed on Mayor Vale"]);
    expect(spoken("Anna Berg cited delays at the docks, the market and elsewhere that she blamed on the new harbour master.")).toEqual(["Anna Berg: cited delays at the docks, the market and elsewhere that she blamed on the new harbour master"]);
    expect(spoken("The ferry union cited fare rises which it blamed on the ministry.")).toEqual(["the ferry union: cited fare rises which it blamed on the ministry"]);
  });

  it("leaves 'cited … as saying' to the one cited", () => {
    expect(spoken("The Harbour Agency cited Minister Tom Hale as saying that the port was closed.")).toEqual(["Tom Hale: the port was closed"]);
    expect(spoken("The Harbour Agency cites Minister Tom Hale as saying the port will stay closed.")).toEqual(["Tom Hale: the port will stay closed"]);
  });

  it("leaves another's words cited with their author to the author; a verb of stance keeps its own row", () => {
    expect(spoken("The union cited a recent report by the port authority that two ferries were unsafe.")).toEqual(["the port authority: two ferries were unsafe"]);
    expect(spoken("Tom Hale highlighted an admission from the operator that the quay was cracked.")).toEqual(["the operator: the quay was cracked"]);
    expect(spoken("Tom Hale denied claims by the union that the quay was cracked.").some((r) => r.startsWith("Tom Hale:"))).toBe(true);
    expect(spoken("Tom Hale echoed statements by the union last week that the quay was cracked.").some((r) => r.startsWith("Tom Hale:"))).toBe(true);
  });

  it("is none in the passive, with no speaker before the verb", () => {
    expect(spoken("The figures cited by the campaign were out of date.")).toEqual([]);
    expect(spoken("Tom Hale was cited for speeding last year.")).toEqual([]);
    expect(spoken("The study, cited in the audit, was never published.")).toEqual([]);
  });
});
