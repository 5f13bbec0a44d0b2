import { describe, expect, it } from "vitest";
import { statementsOf, spoken } from "./read.ts";

/** The speaker and stance of each row, "speaker/stance". */
const who = (text: string) => statementsOf(text).map((r) => `${r.speaker}/${r.stance}`);

describe("reporting verbs completed from general English (data/speech-verbs.yaml)", () => {
  it("reads findings and rulings told before 'that', and leaves the same verbs telling an act alone", () => {
    expect(spoken("The court ruled that the sale of the old lighthouse was void.")).toEqual(["the court: the sale of the old lighthouse was void"]);
    expect(spoken("The inspectors determined that the crane had failed.")).toEqual(["the inspectors: the crane had failed"]);
    expect(spoken("The agency projected that exports would fall by half.")).toEqual(["the agency: exports would fall by half"]);
    expect(spoken("Analysts reckon that the quay will close before winter.")).toEqual(["Analysts: the quay will close before winter"]);
    expect(spoken("The king ruled the islands for forty years.")).toEqual([]);
    expect(spoken("The harbour board established a new fund in May.")).toEqual([]);
    // A plural noun before a relative "that" is no verb: "rules that …", "projects that …".
    expect(spoken("The port follows safety rules that could close the quay in winter.")).toEqual([]);
  });

  it("reads scorn, making light of a charge and speaking up for a plan, each with its stance", () => {
    expect(who("The mayor blasted the decision to close the quay.")).toEqual(["the mayor/condemn"]);
    expect(who("The dockers' union took aim at the new harbour fees.")).toEqual(["the dockers' union/condemn"]);
    expect(who("The ministry brushed off reports that the ferries had been sold.")).toEqual(["the ministry/deny"]);
    expect(who("The minister played down the damage to the pier.")).toEqual(["the minister/deny"]);
    expect(who("The minister touted the deal as a breakthrough for the port.")).toEqual(["the minister/support"]);
  });

  it("reads referring to something by quoted words as naming it, and not a plain reference", () => {
    expect(spoken('The mayor referred to the ferry as "a floating ruin".')).toEqual(['the mayor: referred to the ferry as "a floating ruin"']);
    expect(spoken("The mayor referred to the ferry by its old name.")).toEqual([]);
  });
});
